import { env, exports } from 'cloudflare:workers';
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, inject, it } from 'vitest';
import { BODY_LIMITS } from '../../worker/relay/limits';
import worker from '../../worker/index';

// Every answer the relay writes itself carries Coze's fields (`code`, `msg`, `detail.logid`, and
// `x-tt-logid`) beside ours, so the official SDKs raise it as they raise Coze's; a request that asks
// for a stream is refused with HTTP 200 JSON, the only failure an SDK can read the body of.
const upstream = inject('fakeUpstreamUrl');
const TOKEN = `pat_errors_${crypto.randomUUID().replaceAll('-', '')}`;
const LOGID = /^\d{14}[0-9A-F]{20}$/;

interface Answer {
  code: number;
  msg: string;
  detail: { logid: string };
  error?: { status: number; code: string; message: string; issues?: unknown[] };
}

function call(path: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
  const headers = new Headers({ authorization: `Bearer ${TOKEN}`, ...init.headers });
  return exports.default.fetch(new Request(`https://playground.test/api/relay${path}`, { ...init, headers }));
}

function json(path: string, body: string | Record<string, unknown>, headers: Record<string, string> = {}) {
  return call(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Calls the worker with some bindings replaced, and waits for its background work. */
async function withEnv(overrides: Partial<Record<keyof Env, unknown>>, request: Request) {
  const ctx = createExecutionContext();
  const res = await worker.fetch(request, { ...env, ...overrides } as Env, ctx);
  const text = await res.text();
  await waitOnExecutionContext(ctx);
  return { res, text };
}

async function seen(): Promise<unknown[]> {
  return (await fetch(`${upstream}/__seen?auth=${TOKEN}`)).json();
}

/** Checks one of our answers: HTTP status, Coze's code and fields, ours beside them, the same log id twice. */
async function expectAnswer(res: Response, status: number, cozeCode: number, ours: string): Promise<Answer> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/json');
  const body = (await res.json()) as Answer;
  expect(body.code).toBe(cozeCode);
  expect(body.msg.length).toBeGreaterThan(0);
  expect(body.detail.logid).toMatch(LOGID);
  expect(res.headers.get('x-tt-logid')).toBe(body.detail.logid);
  expect(body.error).toMatchObject({ code: ours, message: body.msg });
  return body;
}

describe('the shape of every refusal', () => {
  it('an unknown path: 404, code 4200', async () => {
    await expectAnswer(await call('/cn/v1/not-an-endpoint'), 404, 4200, 'not_found');
  });

  it('an unknown region: 404, code 4200', async () => {
    const body = await expectAnswer(await call('/mars/v1/bots/7351'), 404, 4200, 'not_found');
    expect(body.msg).toContain('"mars"');
  });

  it('no token: 401, code 4100, nothing sent', async () => {
    await expectAnswer(await call('/cn/v1/bots/7351', { headers: { authorization: '' } }), 401, 4100, 'unauthorized');
    expect(await seen()).toEqual([]);
  });

  it('another scheme than Bearer: 401, code 4100, the credential not echoed', async () => {
    const res = await call('/cn/v1/bots/7351', { headers: { authorization: 'Basic dXNlcjpzZWNyZXQtcGFzcw==' } });
    const body = await expectAnswer(res, 401, 4100, 'unauthorized');
    expect(JSON.stringify(body)).not.toContain('dXNlcjpzZWNyZXQtcGFzcw');
  });

  it('malformed JSON: 400, code 4000, nothing sent', async () => {
    await expectAnswer(await json('/cn/v3/chat', '{"bot_id":'), 400, 4000, 'invalid_request');
    expect(await seen()).toEqual([]);
  });

  it('a body over the limit: 413, code 4000 for JSON and 4302 for an upload', async () => {
    const big = String(BODY_LIMITS.json + 1);
    await expectAnswer(
      await call('/cn/v3/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': big },
      }),
      413,
      4000,
      'payload_too_large',
    );
    await expectAnswer(
      await call('/cn/v1/files/upload', {
        method: 'POST',
        headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': big },
      }),
      413,
      4302,
      'payload_too_large',
    );
  });

  it('a path or query over its limit: 414, code 4000', async () => {
    await expectAnswer(await call(`/cn/v1/bots/${'1'.repeat(2100)}`), 414, 4000, 'invalid_request');
  });

  it('another content type: 415, code 4000 for JSON and 4300 (not multipart) for an upload', async () => {
    await expectAnswer(await json('/cn/v3/chat', '{}', { 'content-type': 'text/plain' }), 415, 4000, 'invalid_request');
    await expectAnswer(await json('/cn/v1/files/upload', '{}'), 415, 4300, 'invalid_request');
  });

  it('past the rate limit: 429, code 4013, Retry-After', async () => {
    const refused = { limit: async () => ({ success: false }) };
    const { res, text } = await withEnv(
      { RELAY_CALLER_LIMIT: refused },
      new Request('https://playground.test/api/relay/cn/v1/bots/7351', {
        headers: { authorization: `Bearer ${TOKEN}` },
      }),
    );
    await expectAnswer(new Response(text, res), 429, 4013, 'rate_limited');
    expect(res.headers.get('retry-after')).toBe('60');
  });

  it('an upstream that cannot be reached: 502, code 5000, recorded with the same answer', async () => {
    const { port } = (await (await fetch(`${upstream}/__closed-port`)).json()) as { port: number };
    const { res, text } = await withEnv(
      { UPSTREAM_CN: `http://127.0.0.1:${port}` },
      new Request('https://playground.test/api/relay/cn/v1/bots/7351', {
        headers: { authorization: `Bearer ${TOKEN}` },
      }),
    );
    const body = await expectAnswer(new Response(text, res), 502, 5000, 'upstream_unreachable');
    expect(res.headers.get('x-playground-run-id')).toMatch(/^retrieve-bot\./);
    expect(body.msg).toMatch(/^Could not reach cn/);
  });

  it('an upstream that does not answer in time: 504, code 5000', async () => {
    const { res, text } = await withEnv(
      { UPSTREAM_TIMEOUT_MS: '200' },
      new Request('https://playground.test/api/relay/cn/v3/chat', {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ bot_id: 'slow-headers', user_id: 'u', stream: true, meta_data: { delay_ms: '3000' } }),
      }),
    );
    // A gateway failure keeps its status even for a stream: there is no Coze answer to stand for.
    await expectAnswer(new Response(text, res), 504, 5000, 'upstream_timeout');
  });

  it('a stream cut in the middle: an SSE error event with code 5000 and msg', async () => {
    const res = await json('/cn/v3/chat', { bot_id: 'broken', user_id: `u-${crypto.randomUUID()}`, stream: true });
    const text = await res.text();
    const data = JSON.parse(/event: error\ndata: (.*)\n\n$/.exec(text)![1]!) as Answer;
    expect(data).toMatchObject({ code: 5000, error: { code: 'stream_interrupted' } });
    expect(data.msg).toMatch(/broke off/);
    expect(data.detail.logid).toMatch(LOGID);
  });

  it('a refused stream request: HTTP 200 with the error as JSON, which an SDK raises with its code', async () => {
    const res = await json(
      '/sandbox/v3/chat',
      { bot_id: '7351000000000000001', user_id: 'u', stream: true },
      { authorization: '' },
    );
    await expectAnswer(res, 200, 4100, 'unauthorized');
  });
});

describe('what fails the schema is judged upstream', () => {
  it('cn and com: sent as it is, the issues in x-playground-validation', async () => {
    await fetch(`${upstream}/__seen?auth=${TOKEN}`, { method: 'DELETE' });
    const res = await json('/com/v3/chat', { user_id: 'u', stream: 'yes' });
    expect(res.status).toBe(200);
    expect(await seen()).toHaveLength(1);
    expect(JSON.parse(res.headers.get('x-playground-validation')!)).toEqual({
      endpoint: 'create-chat',
      issues: expect.arrayContaining([
        { location: 'body', path: 'bot_id', message: 'bot_id is required' },
        expect.objectContaining({ location: 'body', path: 'stream' }),
      ]),
      omitted: 0,
    });
    await res.body?.cancel();
  });

  it('keeps the issues with the run in history', async () => {
    const res = await json('/cn/v3/chat', { user_id: 'u', stream: 'yes' });
    await res.text();
    const runId = res.headers.get('x-playground-run-id')!;
    let run: { validation?: unknown[] } | undefined;
    for (let attempt = 0; attempt < 60 && !run; attempt++) {
      const stored = await exports.default.fetch(
        new Request(`https://playground.test/api/history/${runId}`, { headers: { authorization: `Bearer ${TOKEN}` } }),
      );
      if (stored.status === 200) run = ((await stored.json()) as { run: typeof run }).run;
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(run?.validation).toEqual(JSON.parse(res.headers.get('x-playground-validation')!).issues);
  });

  it('keeps the header within its limit, counting the issues left out', async () => {
    const messages = Array.from({ length: 200 }, () => ({ role: 'robot', content: 1, content_type: 'text' }));
    const res = await json('/cn/v3/chat', { bot_id: '1', user_id: 'u', additional_messages: messages });
    const header = res.headers.get('x-playground-validation')!;
    expect(header.length).toBeLessThanOrEqual(2048);
    const report = JSON.parse(header) as { issues: unknown[]; omitted: number };
    expect(report.issues.length).toBeGreaterThan(0);
    expect(report.omitted).toBeGreaterThan(0);
    await res.body?.cancel();
  });

  it('the sandbox: Coze’s answer to invalid parameters, HTTP 200 with code 4000 naming the field', async () => {
    const res = await json('/sandbox/v3/chat', { user_id: 'u', stream: true });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = (await res.json()) as Answer;
    expect(body).toMatchObject({ code: 4000, msg: expect.stringContaining('bot_id') });
    expect(res.headers.get('x-tt-logid')).toBe(body.detail.logid);
    expect(res.headers.get('x-playground-validation')).toContain('bot_id');
  });
});

/** The whole answer, headers and body, as one text to search. */
async function everything(res: Response): Promise<string> {
  const headers = [...res.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
  return `${headers}\n\n${await res.text()}`;
}

/** Each spelling of a token an answer must not carry. */
function spellings(token: string): string[] {
  const base64 = (text: string) => btoa(text).replace(/=+$/, '');
  return [token, encodeURIComponent(token), base64(token), base64(`Bearer ${token}`)];
}

describe.each([
  ['a token-shaped token', `pat_${'Ab3'.repeat(21)}x`],
  ['a token of no known shape', 'sandbox-secret-abcdef123'],
])('no answer echoes the caller’s token: %s', (_, token) => {
  const bearer = { authorization: `Bearer ${token}` };

  it.each([
    [
      'a field of the wrong type (sandbox)',
      true,
      () => json('/sandbox/v3/chat', { bot_id: '1', user_id: 'u', stream: token }, bearer),
    ],
    [
      'a field of the wrong type (cn, in the header)',
      true,
      () => json('/cn/v3/chat', { bot_id: '1', user_id: 'u', stream: token }, bearer),
    ],
    [
      'a value out of a list (sandbox)',
      true,
      () =>
        json(
          '/sandbox/v3/chat',
          { bot_id: '1', user_id: 'u', additional_messages: [{ role: token, content: 'x', content_type: 'text' }] },
          bearer,
        ),
    ],
    [
      'a field named by the token (cn)',
      true,
      () => json('/cn/v3/chat', { bot_id: '1', user_id: 'u', meta_data: { [token]: 1 } }, bearer),
    ],
    [
      'an undeclared multipart part (cn)',
      true,
      () => {
        const form = new FormData();
        form.append('file', new File(['x'], 'x.txt'));
        form.append(token, 'x');
        return call('/cn/v1/files/upload', { method: 'POST', body: form, headers: bearer });
      },
    ],
    ['malformed JSON that starts with it', false, () => json('/cn/v3/chat', `${token}{`, bearer)],
    ['malformed JSON that quotes it', false, () => json('/cn/v3/chat', `{"bot_id":"${token}"`, bearer)],
    ['an unknown region', true, () => call(`/${token}/v1/bots/1`, { headers: bearer })],
    ['an unknown path', true, () => call(`/cn/v1/nope/${token}`, { headers: bearer })],
    ['a query over its limit', false, () => call(`/cn/v1/bots/1?q=${token}${'a'.repeat(8200)}`, { headers: bearer })],
    [
      'a stream request without Bearer',
      false,
      () => json('/sandbox/v3/chat', { bot_id: '1', user_id: 'u', stream: true }, { authorization: `Token ${token}` }),
    ],
  ])('%s', async (_, quoted, send) => {
    const text = await everything(await send());
    for (const spelling of spellings(token)) expect(text).not.toContain(spelling);
    // Nor a piece of it: a cut excerpt (JSON.parse quotes the first ten characters) is a leak too.
    for (let start = 0; start + 10 <= token.length; start++) expect(text).not.toContain(token.slice(start, start + 10));
    // Where the answer quotes what was sent, the token's place shows it was masked, not dropped.
    if (quoted) expect(text).toContain('***');
  });
});
