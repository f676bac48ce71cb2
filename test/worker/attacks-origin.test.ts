import { exports } from 'cloudflare:workers';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { API_SECURITY_HEADERS } from '../../worker/security/api-headers';

// Requests from other sites are refused before anything runs; no answer lets another origin read
// it; and every API answer carries headers that keep it from ever running as a page.
const upstream = inject('fakeUpstreamUrl');
const OWN = 'https://playground.test';
const TOKEN = `pat_origin_${crypto.randomUUID().replaceAll('-', '')}`;

function call(path: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${TOKEN}`);
  return exports.default.fetch(new Request(`${OWN}${path}`, { ...init, headers }));
}

async function seen(): Promise<unknown[]> {
  return (await fetch(`${upstream}/__seen?auth=${TOKEN}`)).json();
}

function corsHeadersOf(res: Response): string[] {
  return [...res.headers.keys()].filter((name) => name.startsWith('access-control-'));
}

beforeEach(async () => {
  await fetch(`${upstream}/__seen?auth=${TOKEN}`, { method: 'DELETE' });
});

describe('requests from other sites', () => {
  it.each([
    ['another site', { origin: 'https://evil.example' }],
    ['a look-alike of ours', { origin: 'https://playground.test.evil.example' }],
    ['our host on another scheme', { origin: 'http://playground.test' }],
    ['our host on another port', { origin: 'https://playground.test:8443' }],
    ['an opaque origin (sandboxed frame, file:)', { origin: 'null' }],
    ['a browser saying cross-site without Origin', { 'sec-fetch-site': 'cross-site' }],
    [
      'a browser saying same-site (a sibling subdomain)',
      { 'sec-fetch-site': 'same-site', origin: 'https://other.playground.test' },
    ],
  ])('refuses %s with 403 in our shape, no CORS headers, nothing sent', async (_, headers) => {
    for (const [method, path] of [
      ['GET', '/api/relay/cn/v1/bots/7351'],
      ['GET', '/api/history?endpoint=create-chat'],
    ] as const) {
      const res = await call(path, { method, headers });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
      expect(corsHeadersOf(res)).toEqual([]);
    }
    expect(await seen()).toEqual([]);
  });

  it('refuses a preflight from another site and grants it nothing', async () => {
    const res = await exports.default.fetch(
      new Request(`${OWN}/api/relay/cn/v3/chat?trace=${TOKEN}`, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://evil.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      }),
    );
    expect(res.status).toBe(403);
    expect(corsHeadersOf(res)).toEqual([]);
    expect(await seen()).toEqual([]);
  });

  it('serves its own pages: same origin, as a browser sends it', async () => {
    const res = await call('/api/relay/cn/v1/bots/7351', { headers: { origin: OWN, 'sec-fetch-site': 'same-origin' } });
    expect(res.status).toBe(200);
    expect(corsHeadersOf(res)).toEqual([]);
  });

  it('serves servers and SDKs, which send no Origin (they hold their own token)', async () => {
    const res = await call('/api/relay/cn/v1/bots/7351');
    expect(res.status).toBe(200);
    expect(await seen()).toHaveLength(1);
  });
});

describe('headers on every API answer', () => {
  const expectSecurityHeaders = (res: Response) => {
    for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) expect(res.headers.get(name), name).toBe(value);
  };

  it('sets them on relayed JSON, relayed streams, refusals and history', async () => {
    const answers = [
      await call('/api/relay/cn/v1/bots/7351'),
      await call('/api/relay/cn/v3/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ bot_id: 'b', user_id: 'u', stream: true }),
      }),
      await call('/api/relay/cn/v1/nothing'),
      await call('/api/relay/cn/v1/bots/7351', { headers: { origin: 'https://evil.example' } }),
      await call('/api/history?endpoint=create-chat'),
      await call('/api/nothing-here'),
    ];
    expect(answers.map((res) => res.status)).toEqual([200, 200, 404, 403, 200, 404]);
    expect(answers[1]!.headers.get('content-type')).toBe('text/event-stream');
    for (const res of answers) {
      expectSecurityHeaders(res);
      await res.body?.cancel();
    }
  });

  it('relays an HTML answer inert: sandboxed, never sniffed, never framed', async () => {
    const res = await call('/api/relay/cn/v3/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ bot_id: 'html', user_id: 'u', stream: true }),
    });
    expect(res.headers.get('content-type')).toBe('text/html');
    expect(await res.text()).toContain('<script>');
    expectSecurityHeaders(res);
    expect(res.headers.get('content-security-policy')).toMatch(/(^|; )sandbox($|;)/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});
