import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../lib/run-record';
import { MASK, quotable, redactHeaders, redactRun, redactText } from '../../worker/history/redact';

const SECRET = 'sandbox-secret-0123456789abcdef';
const utf8 = (text: string) => new TextEncoder().encode(text);
const b64 = (text: string) => btoa(String.fromCharCode(...utf8(text)));
const hex = (text: string) => Array.from(utf8(text), (b) => b.toString(16).padStart(2, '0')).join('');

function run(events: string[], body?: string): RunRecord {
  return {
    id: 'create-chat.8200000000000.00000000000000000000000000000000',
    endpointId: 'create-chat',
    region: 'sandbox',
    startedAt: 1,
    durationMs: 1,
    ttfbMs: 1,
    request: { method: 'POST', url: 'https://x/api/relay/sandbox/v3/chat', headers: {} },
    response: {
      status: 200,
      headers: {},
      kind: 'sse',
      bytes: 1,
      truncated: false,
      ...(body !== undefined ? { body } : {}),
      events: events.map((content, i) => ({
        event: 'delta',
        data: JSON.stringify({ id: String(i), content }),
        offsetMs: i,
      })),
    },
  };
}

describe('redactText', () => {
  it.each([
    ['as it is', `x ${SECRET} y`],
    ['after Bearer', `Authorization: Bearer ${SECRET}`],
    ['URL-encoded', `q=${encodeURIComponent(`Bearer ${SECRET}`)}`],
    ['every byte percent-encoded', hex(SECRET).replace(/../g, '%$&')],
    ['as lower-case hex', hex(SECRET)],
    ['as upper-case hex', hex(SECRET).toUpperCase()],
    ['in base64', b64(SECRET)],
    ['in base64 of Bearer', b64(`Bearer ${SECRET}`)],
    ['in base64 shifted by one byte', b64(`a${SECRET}`)],
    ['in base64 shifted by two bytes', b64(`ab${SECRET}`)],
    ['in base64url', b64(`Bearer ${SECRET}??`).replaceAll('+', '-').replaceAll('/', '_')],
    [
      'with JSON \\u escapes',
      JSON.stringify({ t: SECRET }).replace(/[a-z]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`),
    ],
    ['JSON-escaped inside a JSON string', JSON.stringify(JSON.stringify({ t: SECRET.replace('-', '\n') }))],
    ['cut short with an ellipsis', `You said: "my token: ${SECRET.slice(0, 20)}…"`],
    ['cut at the end', `the token is ${SECRET.slice(0, 9)}`],
    ['in capitals', `TOKEN=${SECRET.toUpperCase()}`],
    [
      'as HTML character references',
      `<p>${[...SECRET].map((c, i) => (i % 2 ? `&#${c.charCodeAt(0)};` : `&#x${c.charCodeAt(0).toString(16)};`)).join('')}</p>`,
    ],
  ])('removes the secret %s', (_, text) => {
    const out = redactText(text, SECRET.replace('-', text.includes('\\n') ? '\n' : '-'));
    expect(out).toContain(MASK);
    for (let at = 0; at + 12 <= SECRET.length; at++) expect(out).not.toContain(SECRET.slice(at, at + 12));
    expect(out).not.toContain(b64(SECRET).slice(4, 16));
  });

  it('masks the OAuth token endpoint’s secrets by name, whatever their shape, in JSON and form bodies', () => {
    const answer = '{"access_token":"opaque-access-1","expires_in":1,"refresh_token": "rt_opaque\\"2"}';
    expect(redactText(answer, undefined)).toBe(`{"access_token":"${MASK}","expires_in":1,"refresh_token": "${MASK}"}`);
    const request = '{"grant_type":"authorization_code","code_verifier":"dBjftJeZ4CVP","client_secret":"s3"}';
    expect(redactText(request, undefined)).toBe(
      `{"grant_type":"authorization_code","code_verifier":"${MASK}","client_secret":"${MASK}"}`,
    );
    expect(redactText('grant_type=refresh_token&refresh_token=rt_1&client_id=7', undefined)).toBe(
      `grant_type=refresh_token&refresh_token=${MASK}&client_id=7`,
    );
  });

  it('leaves text without the secret as it is', () => {
    const text = '{"content":"hello sandbox-sec, 0123456789","base64":"aGVsbG8gd29ybGQ=","hex":"68656c6c6f"}';
    expect(redactText(text, SECRET)).toBe(text);
  });

  it('masks no short token by its value (too likely by chance), but still token-shaped text', () => {
    expect(redactText('the word abc is here', 'abc')).toBe('the word abc is here');
    expect(redactText('pat_abcdefghijkl', 'abc')).toBe(MASK);
  });
});

describe('redactRun', () => {
  it('removes a secret that a stream split across events, in every event holding a piece', () => {
    const text = `my token: ${SECRET} thanks`;
    const pieces = ['hello, ', ...text.match(/.{1,12}/g)!];
    const out = redactRun(run(pieces), SECRET);
    const joined = out.response
      .events!.map((event) => (JSON.parse(event.data) as { content: string }).content)
      .join('');
    expect(joined).toMatch(/^hello, my token: (\*\*\*)+ thanks$/);
    expect(JSON.stringify(out)).not.toContain(SECRET.slice(0, 6) + SECRET.slice(6, 12));
    // Events without a piece are left as they were.
    expect(out.response.events![0]).toEqual(run(pieces).response.events![0]);
  });

  it('removes base64 of the secret split across events', () => {
    const pieces = b64(`Bearer ${SECRET}`).match(/.{1,5}/g)!;
    const out = redactRun(run(pieces), SECRET);
    const joined = out.response
      .events!.map((event) => (JSON.parse(event.data) as { content: string }).content)
      .join('');
    expect(atob(joined.replaceAll('*', '').slice(0, 8))).not.toContain(SECRET);
    expect(joined).toContain(MASK);
  });

  it('drops credential headers, whatever their case, without a secret too', () => {
    expect(redactHeaders({ authorization: 'Bearer x', Cookie: 'c', accept: '*/*' })).toEqual({ accept: '*/*' });
  });

  it('removes credential headers and the secret from every other header', () => {
    expect(redactHeaders({ Authorization: 'x', 'x-echo': `v=${SECRET}`, ok: 'fine' }, SECRET)).toEqual({
      'x-echo': `v=${MASK}`,
      ok: 'fine',
    });
  });
});

describe('quotable', () => {
  it('quotes at most 200 characters and masks the token in any spelling', () => {
    expect(quotable(`/v1/x/${b64(SECRET)}`, SECRET)).not.toContain(b64(SECRET).slice(4, 16));
    expect(quotable('x'.repeat(500), undefined)).toHaveLength(200);
    expect(quotable(`Invalid type: Expected boolean but received "${SECRET}"`, SECRET)).toBe(
      `Invalid type: Expected boolean but received "${MASK}"`,
    );
  });
});
