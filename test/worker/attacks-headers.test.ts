import { exports } from 'cloudflare:workers';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { upstreamRequestHeaders } from '../../worker/relay/headers';

// Header abuse: what is ambiguous is refused in our error shape before anything is sent; what is
// merely not Coze's business (hop-by-hop, cookies, forwarding) never leaves the worker.
const upstream = inject('fakeUpstreamUrl');
const TOKEN = `pat_headers_${crypto.randomUUID().replaceAll('-', '')}`;

function call(path: string, headers: Record<string, string> | Headers = {}, init: RequestInit = {}) {
  const all = new Headers(headers);
  if (!all.has('authorization')) all.set('authorization', `Bearer ${TOKEN}`);
  return exports.default.fetch(new Request(`https://playground.test/api/relay${path}`, { ...init, headers: all }));
}

async function seen(): Promise<{ method: string; url: string; headers: Record<string, string> }[]> {
  return (await fetch(`${upstream}/__seen?auth=${TOKEN}`)).json();
}

async function expectRefused(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = (await res.json()) as { error: { status: number; code: string; message: string } };
  expect(body.error).toMatchObject({ status, code });
  expect(await seen()).toEqual([]);
  return body.error;
}

beforeEach(async () => {
  await fetch(`${upstream}/__seen?auth=${TOKEN}`, { method: 'DELETE' });
});

describe('CR and LF in header values', () => {
  it('cannot even be put into a request: the Fetch API throws before the worker is called', () => {
    expect(() => new Headers({ 'agw-js-conv': 'str\r\nx-injected: 1' })).toThrow(TypeError);
    expect(() => new Headers({ authorization: 'Bearer a\nHost: evil.example' })).toThrow(TypeError);
    expect(() => new Headers({ accept: 'text/event-stream\rx: 1' })).toThrow(TypeError);
  });

  it('would still be dropped by the allow-list if a runtime let one through', () => {
    // A stand-in for a Headers object from a runtime that did not check; the relay checks again.
    const values: Record<string, string> = {
      authorization: 'Bearer ok-token-123',
      'agw-js-conv': 'str\r\nx-injected: 1',
      accept: 'text/event-stream\u0000',
      'content-type': 'application/json',
    };
    const incoming = { get: (name: string) => values[name] ?? null } as unknown as Headers;
    const out = upstreamRequestHeaders(incoming, 'cn');
    expect(out.get('agw-js-conv')).toBeNull();
    expect(out.get('accept')).toBeNull();
    expect(out.get('authorization')).toBe('Bearer ok-token-123');
    expect(out.get('content-type')).toBe('application/json');
  });
});

describe('headers that are refused', () => {
  it('refuses a second Authorization, sent as a second header (400)', async () => {
    const headers = new Headers();
    headers.append('authorization', `Bearer ${TOKEN}`);
    headers.append('authorization', 'Bearer pat_someone_else_456');
    const error = await expectRefused(await call('/cn/v1/bots/7351', headers), 400, 'invalid_request');
    expect(error.message).toMatch(/one Authorization/);
  });

  it('refuses two credentials joined by a comma in one header (400)', async () => {
    await expectRefused(
      await call('/cn/v1/bots/7351', { authorization: `Bearer ${TOKEN}, Bearer pat_other_token_789` }),
      400,
      'invalid_request',
    );
  });

  it('refuses an Authorization over 4 KB (431) and accepts one just under', async () => {
    const long = `Bearer pat_${'a'.repeat(4100)}`;
    const error = await expectRefused(await call('/cn/v1/bots/7351', { authorization: long }), 431, 'invalid_request');
    expect(error.message).not.toContain('aaaa');
    const ok = await call('/cn/v1/bots/7351', { authorization: `Bearer pat_${'a'.repeat(4000)}` });
    expect(ok.status).toBe(200);
  });

  it('refuses any other forwarded header over 4 KB (431)', async () => {
    await expectRefused(
      await call('/cn/v1/bots/7351', { accept: `application/json;${'x'.repeat(4200)}` }),
      431,
      'invalid_request',
    );
  });

  it('refuses a protocol upgrade (400)', async () => {
    await expectRefused(await call('/cn/v1/bots/7351', { upgrade: 'h2c' }), 400, 'invalid_request');
  });

  it('refuses a credential that is not a bearer token (401)', async () => {
    await expectRefused(await call('/cn/v1/bots/7351', { authorization: 'Basic dXNlcjpwYXNz' }), 401, 'unauthorized');
  });
});

describe('headers that never leave the worker', () => {
  it('drops hop-by-hop, proxy, cookie and method-override headers and forwards the call without them', async () => {
    const sent: Record<string, string> = {
      connection: 'x-smuggled-marker',
      'keep-alive': 'timeout=999-marker',
      te: 'trailers',
      'proxy-authorization': 'Basic bWFya2VyOm1hcmtlcg==',
      'proxy-connection': 'keep-alive-marker',
      cookie: 'session=marker',
      'x-http-method-override': 'DELETE',
      'x-real-ip': '10.9.9.9',
      'cf-connecting-ip': '203.0.113.7',
    };
    const res = await call('/cn/v1/bots/7351', sent);
    expect(res.status).toBe(200);
    const [request] = await seen();
    expect(request).toMatchObject({ method: 'GET', url: '/v1/bots/7351' });
    const forwarded = JSON.stringify(request!.headers);
    for (const [name, value] of Object.entries(sent)) {
      if (name === 'connection') continue;
      expect(request!.headers[name], name).toBeUndefined();
      expect(forwarded).not.toContain(value);
    }
    // The runtime opens its own connection to the upstream; our Connection value is not it.
    expect(request!.headers.connection ?? '').not.toContain('marker');
  });

  it('drops a Transfer-Encoding sent with a body; the body arrives whole with its own framing', async () => {
    const body = JSON.stringify({ name: 'te' });
    const res = await call(
      '/cn/v1/conversations/7351',
      { 'content-type': 'application/json', 'transfer-encoding': 'chunked, identity' },
      { method: 'PUT', body },
    );
    expect(res.status).toBe(200);
    const [request] = await seen();
    expect(request!.headers['transfer-encoding'] ?? '').not.toContain('identity');
    expect((request as unknown as { body: string }).body).toBe(body);
  });

  it('returns only allow-listed response headers: no Set-Cookie from the upstream', async () => {
    const res = await call(
      '/cn/v3/chat',
      { 'content-type': 'application/json' },
      {
        method: 'POST',
        body: JSON.stringify({ bot_id: 'html', user_id: 'u', stream: true }),
      },
    );
    expect(res.headers.get('set-cookie')).toBeNull();
    await res.body?.cancel();
  });
});
