import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const TOKEN = `pat_history_${crypto.randomUUID().replaceAll('-', '')}`;
const OTHER = `pat_other_${crypto.randomUUID().replaceAll('-', '')}`;

function api(path: string, token: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${token}`);
  return exports.default.fetch(new Request(`https://playground.test${path}`, { ...init, headers }));
}

async function eventually<T>(read: () => Promise<T | undefined>): Promise<T> {
  // History is written after the response, in waitUntil; poll briefly for it.
  for (let attempt = 0; attempt < 50; attempt++) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('history entry never appeared');
}

interface Run {
  id: string;
  request: { method: string; url: string; headers: Record<string, string>; body?: string };
  response: { status: number; kind: string; events?: { event: string; data: string; offsetMs: number }[] };
}

describe('relayed runs in history', () => {
  it('records a streamed sandbox chat with its events and offsets, under the caller only', async () => {
    const res = await api('/api/relay/sandbox/v3/chat', TOKEN, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sandbox-pace-ms': '2', cookie: 'secret-cookie=1' },
      body: JSON.stringify({
        bot_id: '7351000000000000001',
        user_id: 'u1',
        stream: true,
        additional_messages: [{ role: 'user', content: 'history please', content_type: 'text' }],
      }),
    });
    const runId = res.headers.get('x-playground-run-id')!;
    const streamed = await res.text();

    const summaries = await eventually(async () => {
      const list = (await (await api('/api/history?endpoint=create-chat', TOKEN)).json()) as { runs: { id: string }[] };
      return list.runs.some((r) => r.id === runId) ? list.runs : undefined;
    });
    expect(summaries[0]!.id).toBe(runId);

    const { run } = (await (await api(`/api/history/${runId}`, TOKEN)).json()) as { run: Run };
    expect(run.request.method).toBe('POST');
    expect(run.request.url).toBe('https://playground.test/api/relay/sandbox/v3/chat');
    expect(run.request.body).toContain('history please');
    expect(Object.keys(run.request.headers)).not.toContain('authorization');
    expect(Object.keys(run.request.headers)).not.toContain('cookie');
    expect(run.response.kind).toBe('sse');
    const events = run.response.events!;
    expect(events.map((e) => e.event)).toEqual(
      [...streamed.matchAll(/^event:\s?(.+)$/gm)].map((m) => m[1]),
    );
    const offsets = events.map((e) => e.offsetMs);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));

    expect(((await (await api('/api/history?endpoint=create-chat', OTHER)).json()) as { runs: unknown[] }).runs).toEqual([]);
    expect((await api(`/api/history/${runId}`, OTHER)).status).toBe(404);
  });

  it('records JSON runs and keeps no token anywhere in KV', async () => {
    const res = await api('/api/relay/sandbox/v1/conversation/create', TOKEN, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ meta_data: { note: 'kv scan' } }),
    });
    const runId = res.headers.get('x-playground-run-id')!;
    expect(((await res.json()) as { code: number }).code).toBe(0);
    await eventually(async () => ((await api(`/api/history/${runId}`, TOKEN)).status === 200 ? true : undefined));

    let cursor: string | undefined;
    let scanned = 0;
    do {
      const page = await env.HISTORY.list({ cursor });
      for (const key of page.keys) {
        scanned++;
        const { value, metadata } = await env.HISTORY.getWithMetadata(key.name);
        for (const text of [key.name, value ?? '', JSON.stringify(metadata)]) {
          expect(text).not.toContain(TOKEN);
          expect(text).not.toMatch(/Bearer\s/);
        }
      }
      cursor = page.list_complete ? undefined : page.cursor;
    } while (cursor);
    expect(scanned).toBeGreaterThan(0);
  });
});
