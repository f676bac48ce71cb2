import { exports } from 'cloudflare:workers';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { BODY_LIMITS } from '../../worker/relay/limits';

// Bodies the relay must refuse before anything is sent: malformed, mistyped, or too large, the last
// without reading more than the limit. What the catalog schema finds wrong is not refused: for cn and
// com Coze judges (the issues go back in x-playground-validation); the sandbox judges as Coze does.
const upstream = inject('fakeUpstreamUrl');
const TOKEN = `pat_bodies_${crypto.randomUUID().replaceAll('-', '')}`;

function call(path: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${TOKEN}`);
  return exports.default.fetch(new Request(`https://playground.test/api/relay${path}`, { ...init, headers }));
}

async function seen(): Promise<unknown[]> {
  return (await fetch(`${upstream}/__seen?auth=${TOKEN}`)).json();
}

interface ErrorBody {
  code: number;
  msg: string;
  error: {
    status: number;
    code: string;
    message: string;
    issues?: { location: string; path: string; message: string }[];
  };
}

async function expectRefused(res: Response, status: number, code: string): Promise<ErrorBody['error']> {
  expect(res.status).toBe(status);
  const body = (await res.json()) as ErrorBody;
  expect(body.error).toMatchObject({ status, code });
  expect(body.msg).toBe(body.error.message);
  expect(await seen()).toEqual([]);
  return body.error;
}

interface Validation {
  endpoint: string;
  issues: { location: string; path: string; message: string }[];
  omitted: number;
}

/** Sent upstream as it was, answered by the upstream, with the schema's issues in the header. */
async function expectForwardedWithIssues(res: Response): Promise<Validation> {
  expect(res.status).toBe(200);
  expect(await seen()).toHaveLength(1);
  const header = res.headers.get('x-playground-validation');
  expect(header).not.toBeNull();
  return JSON.parse(header!) as Validation;
}

/** What the sandbox answers a request it judges invalid: Coze's envelope, HTTP 200, code 4000. */
async function expectSandboxRefused(res: Response): Promise<{ code: number; msg: string }> {
  expect(res.status).toBe(200);
  expect(res.headers.get('x-playground-validation')).not.toBeNull();
  const body = (await res.json()) as { code: number; msg: string; detail: { logid: string } };
  expect(body.code).toBe(4000);
  expect(body.detail.logid).toBe(res.headers.get('x-tt-logid'));
  return body;
}

function form(parts: Record<string, string | File>): FormData {
  const out = new FormData();
  for (const [name, value] of Object.entries(parts)) out.append(name, value);
  return out;
}

const file = () => new File(['hello'], 'hello.txt', { type: 'text/plain' });

/** A body of `total` bytes made on demand, 64 KiB a pull, that counts what the reader took. */
function countedStream(total: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const counter = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (counter.pulled >= total) return controller.close();
        counter.pulled += chunk.byteLength;
        controller.enqueue(chunk.slice());
      },
      cancel() {
        counter.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, counter };
}

beforeEach(async () => {
  await fetch(`${upstream}/__seen?auth=${TOKEN}`, { method: 'DELETE' });
});

describe('JSON bodies', () => {
  it('refuses text that is not JSON (400)', async () => {
    const error = await expectRefused(
      await call('/cn/v3/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"bot_id":',
      }),
      400,
      'invalid_request',
    );
    expect(error.issues).toEqual([{ location: 'body', path: '', message: 'Invalid JSON' }]);
  });

  it('refuses JSON that is not an object (400)', async () => {
    await expectRefused(
      await call('/cn/v3/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[1,2]' }),
      400,
      'invalid_request',
    );
  });

  it('refuses a JSON body sent as another content type (415)', async () => {
    const body = JSON.stringify({ bot_id: '1', user_id: 'u' });
    await expectRefused(
      await call('/cn/v3/chat', { method: 'POST', headers: { 'content-type': 'text/plain' }, body }),
      415,
      'invalid_request',
    );
    await expectRefused(
      await call('/cn/v3/chat', { method: 'POST', body: form({ bot_id: '1', user_id: 'u' }) }),
      415,
      'invalid_request',
    );
  });

  it('sends a JSON object that does not match the schema to Coze, naming each field in a header', async () => {
    const body = JSON.stringify({ bot_id: '7', user_id: 8, stream: 'yes' });
    const res = await call('/cn/v3/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const validation = await expectForwardedWithIssues(res);
    expect(validation.endpoint).toBe('create-chat');
    expect(validation.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['user_id', 'stream']));
    expect(((await seen())[0] as { body: string }).body).toBe(body);
  });

  it('has the sandbox refuse that object as Coze does (HTTP 200, code 4000 naming each field)', async () => {
    const res = await call('/sandbox/v3/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ bot_id: 7, stream: 'yes' }),
    });
    const { msg } = await expectSandboxRefused(res);
    for (const field of ['bot_id', 'user_id', 'stream']) expect(msg).toContain(field);
  });

  it('forwards __proto__ as data without polluting anything', async () => {
    const body = '{"name":"x","__proto__":{"polluted":true}}';
    const res = await call('/cn/v1/conversations/7351', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(((await seen())[0] as { body: string }).body).toBe(body);
  });
});

describe('multipart bodies, checked against the catalog schema', () => {
  it('sends an upload without its required file part, naming it in the header; the sandbox refuses it', async () => {
    const noted = await expectForwardedWithIssues(
      await call('/cn/v1/files/upload', { method: 'POST', body: form({ note: 'x' }) }),
    );
    expect(noted.issues).toEqual(
      expect.arrayContaining([
        { location: 'body', path: 'note', message: 'Not a field of this endpoint' },
        expect.objectContaining({ location: 'body', path: 'file', message: 'file is required' }),
      ]),
    );
    const { msg } = await expectSandboxRefused(
      await call('/sandbox/v1/files/upload', { method: 'POST', body: new FormData() }),
    );
    expect(msg).toContain('file');
  });

  it('sends a file part sent as text, naming it; the sandbox refuses it', async () => {
    const validation = await expectForwardedWithIssues(
      await call('/cn/v1/files/upload', { method: 'POST', body: form({ file: 'not a file' }) }),
    );
    expect(validation.issues[0]).toMatchObject({ location: 'body', path: 'file' });
    await expectSandboxRefused(await call('/sandbox/v1/files/upload', { method: 'POST', body: form({ file: 'x' }) }));
  });

  it('names parts the endpoint does not declare, and parts sent twice, in the header', async () => {
    const extra = await expectForwardedWithIssues(
      await call('/cn/v1/files/upload', {
        method: 'POST',
        body: form({ file: file(), purpose: 'x', 'x-extra': file() }),
      }),
    );
    expect(extra.issues).toEqual([
      { location: 'body', path: 'purpose', message: 'Not a field of this endpoint' },
      { location: 'body', path: 'x-extra', message: 'Not a field of this endpoint' },
    ]);
    await fetch(`${upstream}/__seen?auth=${TOKEN}`, { method: 'DELETE' });
    const body = new FormData();
    body.append('file', file());
    body.append('file', new File(['other'], 'other.bin'));
    const twice = await expectForwardedWithIssues(await call('/cn/v1/files/upload', { method: 'POST', body }));
    expect(twice.issues).toEqual([{ location: 'body', path: 'file', message: 'Sent more than once' }]);
  });

  it('refuses a multipart body without boundary or with a broken one (400/415)', async () => {
    const broken = await call('/cn/v1/files/upload', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
      body: '--abc\r\nContent-Disposition: form-data; name="file"\r\n\r\nx\r\n--abc--',
    });
    await expectRefused(broken, 400, 'invalid_request');
    await expectRefused(
      await call('/cn/v1/files/upload', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }),
      415,
      'invalid_request',
    );
  });

  it('forwards a multipart body that matches exactly', async () => {
    const res = await call('/cn/v1/files/upload', { method: 'POST', body: form({ file: file() }) });
    expect(res.status).toBe(200);
    expect(await seen()).toHaveLength(1);
  });
});

describe('bodies over the limit', () => {
  it('refuses a declared length over the limit without reading the body (413)', async () => {
    const { stream, counter } = countedStream(BODY_LIMITS.json * 2);
    const res = await call('/cn/v3/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(BODY_LIMITS.json * 2) },
      body: stream,
      // @ts-expect-error: duplex is required by the Fetch standard for streamed bodies, not yet typed here
      duplex: 'half',
    });
    await expectRefused(res, 413, 'payload_too_large');
    expect(counter.pulled).toBeLessThan(BODY_LIMITS.json);
  });

  it.each([
    ['JSON', '/cn/v3/chat', 'application/json', BODY_LIMITS.json],
    ['multipart', '/cn/v1/files/upload', 'multipart/form-data; boundary=x', BODY_LIMITS.multipart],
  ])('stops reading a streamed %s body soon after its limit and refuses it (413)', async (_, path, type, limit) => {
    const total = limit * 4;
    const { stream, counter } = countedStream(total);
    const res = await call(path, {
      method: 'POST',
      headers: { 'content-type': type },
      body: stream,
      // @ts-expect-error: see above
      duplex: 'half',
    });
    const error = await expectRefused(res, 413, 'payload_too_large');
    expect(error.message).toContain(String(limit));
    // Read: the limit and what was in flight (a few chunks), never the other three quarters.
    expect(counter.pulled).toBeGreaterThan(limit);
    expect(counter.pulled).toBeLessThan(limit + 2 * 1024 * 1024);
    expect(counter.pulled).toBeLessThan(total);
  });
});
