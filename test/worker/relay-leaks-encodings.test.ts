import { env } from 'cloudflare:workers';
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import worker from '../../worker/index';

// A token that comes back in pieces or in disguise: split across stream events (the sandbox and
// the fake upstream echo text in 12-character deltas), base64 (of the token, of `Bearer <token>`,
// at every alignment, url-safe), JSON `\u` escapes, percent-encoding of every byte, hex. Each run
// goes through the relay with that token; then everything in KV is decoded every way this file
// knows (independently of the worker's redaction code) and searched for the token.
const upstream = inject('fakeUpstreamUrl');
const id = () => crypto.randomUUID().replaceAll('-', '');
const TOKENS = {
  pat: `pat_${id()}${id()}`,
  jwt: `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIx${id()}In0.${id()}`,
  // What the sandbox takes: any text, no known prefix, so only masking by value can catch it.
  plain: `my-sandbox-secret-${id()}`,
};
const ALL = Object.values(TOKENS);

const utf8 = (text: string) => new TextEncoder().encode(text);
const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** The disguises a careless or hostile upstream (or the caller) may put a token in. */
function disguises(token: string): Record<string, string> {
  return {
    plain: `my token: ${token}`,
    bearer: `Authorization: Bearer ${token}`,
    base64: base64(utf8(token)),
    base64Bearer: base64(utf8(`Bearer ${token}`)),
    base64Shift1: base64(utf8(`a${token}`)),
    base64Shift2: base64(utf8(`ab${token}`)),
    base64Url: base64(utf8(`Bearer ${token}?`))
      .replaceAll('+', '-')
      .replaceAll('/', '_'),
    percent: hex(utf8(token)).replace(/../g, '%$&'),
    hex: hex(utf8(token)),
    hexUpper: hex(utf8(token)).toUpperCase(),
  };
}

async function send(request: Request) {
  const ctx = createExecutionContext();
  const res = await worker.fetch(request, env, ctx);
  const text = await res.text();
  await waitOnExecutionContext(ctx);
  return { res, text };
}

function chat(token: string, region: string, body: Record<string, unknown>) {
  return new Request(`https://playground.test/api/relay/${region}/v3/chat`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-sandbox-pace-ms': '0' },
    body: JSON.stringify({ user_id: 'u', ...body }),
  });
}

/** Every way this test can read stored text back: JSON strings, joined stream contents, decodings. */
function readings(stored: string): string[] {
  const out = [stored];
  const strings: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      strings.push(value);
      try {
        walk(JSON.parse(value));
      } catch {
        // Not JSON inside.
      }
    } else if (value && typeof value === 'object') for (const item of Object.values(value)) walk(item);
  };
  try {
    const record = JSON.parse(stored) as { response?: { events?: { data: string }[] } };
    walk(record);
    // Stream events joined, per field: what a reader of the transcript would assemble.
    const joined = new Map<string, string>();
    for (const event of record.response?.events ?? []) {
      try {
        for (const [key, value] of Object.entries(JSON.parse(event.data) as Record<string, unknown>)) {
          if (typeof value === 'string') joined.set(key, (joined.get(key) ?? '') + value);
        }
      } catch {
        joined.set('', (joined.get('') ?? '') + event.data);
      }
    }
    strings.push(...joined.values());
  } catch {
    // Keys and metadata are not records.
  }
  for (const text of [stored, ...strings]) {
    out.push(text);
    for (const run of text.match(/[A-Za-z0-9+/_-]{12,}/g) ?? []) {
      const standard = run.replaceAll('-', '+').replaceAll('_', '/');
      for (let skip = 0; skip < 4; skip++) {
        let part = standard.slice(skip);
        if (part.length % 4 === 1) part = part.slice(0, -1);
        part = part.padEnd(Math.ceil(part.length / 4) * 4, '=');
        try {
          out.push(atob(part));
        } catch {
          // Not base64 at this offset.
        }
      }
      if (/^[0-9a-f]+$/i.test(run) && run.length % 2 === 0) {
        out.push(String.fromCharCode(...(run.match(/../g) ?? []).map((pair) => parseInt(pair, 16))));
      }
    }
    for (const run of text.match(/(?:%[0-9A-Fa-f]{2})+/g) ?? []) {
      try {
        out.push(decodeURIComponent(run));
      } catch {
        // Not UTF-8.
      }
    }
  }
  return out;
}

async function everythingInKv(): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await env.HISTORY.list({ cursor });
    for (const key of page.keys) {
      const { value, metadata } = await env.HISTORY.getWithMetadata(key.name);
      out.push(key.name, value ?? '', JSON.stringify(metadata));
    }
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  return out;
}

beforeAll(async () => {
  for (const token of ALL) {
    for (const text of Object.values(disguises(token))) {
      // Echoed whole in JSON, in 12-character deltas, and with every character \u-escaped.
      await send(chat(token, 'cn', { bot_id: 'echo-text', meta_data: { text } }));
      await send(chat(token, 'cn', { bot_id: 'echo-text', stream: true, meta_data: { text } }));
      await send(chat(token, 'cn', { bot_id: 'echo-text', meta_data: { text, escape: 'unicode' } }));
    }
    // The sandbox echoes a user's message back in deltas.
    await send(
      chat(token, 'sandbox', {
        bot_id: '7351000000000000001',
        stream: true,
        additional_messages: [{ role: 'user', content: `my token: ${token}`, content_type: 'text' }],
      }),
    );
  }
}, 120_000);

describe('a token in pieces or in disguise', () => {
  it('can be read back by this test when nothing removes it (the oracle works)', () => {
    const record = JSON.stringify({
      response: {
        events: [
          { data: JSON.stringify({ content: 'my token: pat_' }) },
          { data: JSON.stringify({ content: 'abc1234567890' }) },
        ],
      },
    });
    expect(readings(record).some((text) => text.includes('pat_abc1234567890'))).toBe(true);
    for (const [name, text] of Object.entries(disguises(TOKENS.plain))) {
      const found = readings(JSON.stringify({ body: text })).some((reading) => reading.includes(TOKENS.plain));
      expect([name, found]).toEqual([name, true]);
    }
  });

  it('is kept nowhere in KV, however it is decoded or joined', async () => {
    const stored = await everythingInKv();
    expect(stored.length).toBeGreaterThan(ALL.length * 30);
    const leaks: string[] = [];
    for (const item of stored) {
      for (const reading of readings(item)) {
        for (const [name, token] of Object.entries(TOKENS)) {
          if (reading.includes(token))
            leaks.push(
              `${name}: ${reading.slice(Math.max(0, reading.indexOf(token) - 200), reading.indexOf(token) + 20)}`,
            );
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('keeps no long piece of a token split across stream events', async () => {
    const stored = (await everythingInKv()).join('\n');
    for (const token of ALL) {
      // 12 characters in a row is less than any delta the echoes send, and far less than a token.
      for (let at = 0; at + 12 <= token.length; at += 6) {
        const piece = token.slice(at, at + 12);
        const where = stored.indexOf(piece);
        expect(where < 0 ? '' : stored.slice(Math.max(0, where - 300), where + 40)).toBe('');
      }
    }
  });
});
