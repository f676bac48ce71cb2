import { env, exports } from 'cloudflare:workers';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { sendUpstream } from '../../worker/relay/upstream';

// Every trick to make the relay call another host or path. Each is refused in our error shape
// before anything is sent: the fake upstream's log of requests stays empty.
const upstream = inject('fakeUpstreamUrl');
const TOKEN = `pat_paths_${crypto.randomUUID().replaceAll('-', '')}`;
const ORIGIN = 'https://playground.test';

function call(pathAndQuery: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${TOKEN}`);
  return exports.default.fetch(new Request(`${ORIGIN}${pathAndQuery}`, { ...init, headers }));
}

async function seen(): Promise<{ method: string; url: string; headers: Record<string, string> }[]> {
  return (await fetch(`${upstream}/__seen?auth=${TOKEN}`)).json();
}

async function expectRefused(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/json');
  const body = (await res.json()) as { error: { status: number; code: string; message: string } };
  expect(body.error).toMatchObject({ status, code });
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(await seen()).toEqual([]);
}

beforeEach(async () => {
  await fetch(`${upstream}/__seen?auth=${TOKEN}`, { method: 'DELETE' });
});

describe('paths, methods and regions that are not the catalog', () => {
  it.each([
    ['a path that is no endpoint', 'GET', '/api/relay/cn/v1/not-an-endpoint'],
    ['a method the endpoint does not take', 'GET', '/api/relay/cn/v3/chat'],
    ['a method no endpoint takes', 'PATCH', '/api/relay/cn/v1/bots/7351'],
    ['a path in another case', 'GET', '/api/relay/cn/V1/BOTS/7351'],
    ['a trailing slash', 'GET', '/api/relay/cn/v1/bots/7351/'],
    ['an empty segment', 'GET', '/api/relay/cn/v1//bots/7351'],
    ['a region that does not exist', 'GET', '/api/relay/us/v1/bots/7351'],
    ['a host as the region', 'GET', '/api/relay/evil.example/v1/bots/7351'],
    ['a percent-encoded region', 'GET', '/api/relay/c%6e/v1/bots/7351'],
    ['a region in capitals', 'GET', '/api/relay/CN/v1/bots/7351'],
    ['no path after the region', 'GET', '/api/relay/cn'],
  ])('refuses %s (404)', async (_, method, path) => {
    await expectRefused(await call(path, { method }), 404, 'not_found');
  });
});

describe('tricks to reach another host or path', () => {
  it.each([
    ['an absolute URL as the path', '/api/relay/cn/https://evil.example/v1/bots/7351'],
    ['an absolute URL without scheme (//host)', '/api/relay/cn//evil.example/v1/bots/7351'],
    ['a backslash host (\\\\host, read as //host)', '/api/relay/cn/\\\\evil.example/v1/bots/7351'],
    ['an encoded backslash in a parameter', '/api/relay/cn/v1/bots/7351%5c..%5c..%5cfiles'],
    ['userinfo before a host', '/api/relay/cn/@evil.example/v1/bots/7351'],
    ['userinfo in a parameter', '/api/relay/cn/v1/bots/user:pass@evil.example'],
    ['dot segments that leave the relay', '/api/relay/cn/v1/bots/../../../../admin'],
    ['encoded dot segments that leave the relay', '/api/relay/cn/v1/bots/%2e%2e/%2E%2e/%2e%2E/%2e%2e/admin'],
    ['a dot-dot with an encoded slash', '/api/relay/cn/v1/bots/%2e%2e%2f%2e%2e%2fadmin'],
    ['double-encoded dot segments', '/api/relay/cn/v1/bots/%252e%252e%252f%252e%252e%252fadmin'],
    ['an encoded slash in a parameter', '/api/relay/cn/v1/bots/7351%2Fdelete'],
    ['a NUL in a parameter', '/api/relay/cn/v1/bots/7351%00'],
    ['a NUL in a literal segment', '/api/relay/cn/v1%00/bots/7351'],
    ['a fullwidth solidus (U+FF0F)', '/api/relay/cn/v1／bots／7351'],
    ['fullwidth full stops (U+FF0E) as dot-dot', '/api/relay/cn/v1/bots/．．/．．/admin'],
    ['a division slash (U+2215)', '/api/relay/cn/v1∕bots∕7351'],
    ['a fullwidth letter in a literal (ｖ1)', '/api/relay/cn/ｖ1/bots/7351'],
    ['a matrix parameter', '/api/relay/cn/v1/bots/7351;host=evil.example'],
  ])('refuses %s (404)', async (_, path) => {
    await expectRefused(await call(path), 404, 'not_found');
  });

  it('refuses a path over 2 KB (414) and a query over 8 KB (414)', async () => {
    await expectRefused(await call(`/api/relay/cn/v1/bots/${'1'.repeat(2100)}`), 414, 'invalid_request');
    await expectRefused(await call(`/api/relay/cn/v1/bots/7351?x=${'a'.repeat(8200)}`), 414, 'invalid_request');
    // Just under both limits is still a normal call.
    const ok = await call(`/api/relay/cn/v1/bots/7351?x=${'a'.repeat(8000)}`);
    expect(ok.status).toBe(200);
  });

  it('resolves dot segments inside the relay before matching, so only the catalog path is sent', async () => {
    // URL parsing (here and at Cloudflare's edge) resolves `..` before the worker sees the path.
    const res = await call('/api/relay/cn/v1/files/../bots/7351');
    expect(res.status).toBe(200);
    const [request] = await seen();
    expect(request!.url).toBe('/v1/bots/7351');
  });

  it('keeps a URL in a query value a query value: the host stays the upstream', async () => {
    const target = 'https://evil.example/steal?x=1#frag';
    const res = await call(`/api/relay/cn/v1/workflows?workspace_id=${encodeURIComponent(target)}&page_num=1`);
    expect(res.status).toBe(200);
    const [request] = await seen();
    expect(request!.headers.host).toBe(new URL(upstream).host);
    const sent = new URL(request!.url, 'http://upstream.local');
    expect(sent.pathname).toBe('/v1/workflows');
    expect(sent.searchParams.get('workspace_id')).toBe(target);
  });

  it('ignores Host and X-Forwarded-Host: the upstream sees its own host and no forwarding header', async () => {
    const res = await call('/api/relay/cn/v1/bots/7351', {
      headers: {
        host: 'evil.example',
        'x-forwarded-host': 'evil.example',
        'x-forwarded-for': '10.0.0.1',
        forwarded: 'host=evil.example',
        'x-original-url': '/admin',
        'x-rewrite-url': '/admin',
        'x-http-method-override': 'DELETE',
      },
    });
    expect(res.status).toBe(200);
    const [request] = await seen();
    expect(request).toMatchObject({ method: 'GET', url: '/v1/bots/7351' });
    expect(request!.headers.host).toBe(new URL(upstream).host);
    for (const name of [
      'x-forwarded-host',
      'x-forwarded-for',
      'forwarded',
      'x-original-url',
      'x-rewrite-url',
      'x-http-method-override',
    ]) {
      expect(request!.headers[name]).toBeUndefined();
    }
  });

  it('would refuse a path that names another origin even if one got past matching', async () => {
    // The second line: upstream.ts resolves the path against the fixed origin and checks the result.
    for (const pathAndQuery of ['//evil.example/v1/bots/1', 'https://evil.example/v1/bots/1', '\\\\evil.example/x']) {
      await expect(
        sendUpstream(env, {
          region: 'cn',
          method: 'GET',
          pathAndQuery,
          headers: new Headers(),
          ownerId: 'x',
          timeoutMs: 1000,
        }),
      ).rejects.toMatchObject({ status: 404, code: 'not_found' });
    }
    expect(await seen()).toEqual([]);
  });
});
