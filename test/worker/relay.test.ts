import { exports } from 'cloudflare:workers';
import { beforeEach, describe, expect, inject, it } from 'vitest';

const upstream = inject('fakeUpstreamUrl');
// Unique per run: the fake upstream's log is shared by test files running side by side.
const TOKEN = `pat_relay_${crypto.randomUUID().replaceAll('-', '')}`;

function relay(path: string, init: RequestInit & { token?: string | null } = {}) {
  const headers = new Headers(init.headers);
  if (init.token !== null) headers.set('authorization', `Bearer ${init.token ?? TOKEN}`);
  return exports.default.fetch(new Request(`https://playground.test/api/relay${path}`, { ...init, headers }));
}

function chat(body: Record<string, unknown>, region = 'cn', extra: Record<string, string> = {}) {
  return relay(`/${region}/v3/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...extra },
    body: JSON.stringify({
      user_id: 'u1',
      stream: true,
      additional_messages: [{ role: 'user', content: 'hi', content_type: 'text' }],
      ...body,
    }),
  });
}

async function seen(): Promise<{ method: string; url: string; headers: Record<string, string>; body: string }[]> {
  return (await fetch(`${upstream}/__seen?auth=${TOKEN}`)).json();
}

describe('relay allow-list', () => {
  beforeEach(async () => {
    await fetch(`${upstream}/__seen?auth=${TOKEN}`, { method: 'DELETE' });
  });

  it.each([
    ['an unknown path', 'GET', '/cn/v1/not-an-endpoint'],
    ['a method that does not match', 'GET', '/cn/v3/chat'],
    ['an unknown region', 'GET', '/evil.example/v1/bots?workspace_id=1'],
    ['a path parameter with an encoded slash', 'GET', '/cn/v1/bots/1%2F..%2Fx'],
    ['a websocket endpoint path on another method', 'DELETE', '/cn/v1/files/retrieve'],
  ])('answers 404 in our error shape for %s and sends nothing', async (_, method, path) => {
    const res = await relay(path, { method });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = (await res.json()) as { error: { status: number; code: string; message: string } };
    expect(body.error).toMatchObject({ status: 404, code: 'not_found' });
    expect(await seen()).toHaveLength(0);
  });

  it('answers 401 without a bearer token and sends nothing', async () => {
    const res = await relay(`/cn/v1/bots/7351?is_published=true&trace=${TOKEN}`, { token: null });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    expect(await seen()).toHaveLength(0);
  });

  it('sends a request that fails the schema to Coze, with field-level issues in a header', async () => {
    const res = await relay('/cn/v3/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ stream: 'yes' }),
    });
    expect(res.status).toBe(200);
    const validation = JSON.parse(res.headers.get('x-playground-validation')!) as {
      issues: { location: string; path: string; message: string }[];
    };
    expect(validation.issues).toEqual(
      expect.arrayContaining([
        { location: 'body', path: 'bot_id', message: 'bot_id is required' },
        expect.objectContaining({ location: 'body', path: 'stream' }),
      ]),
    );
    expect(await seen()).toHaveLength(1);
  });

  it('refuses a body that is not JSON', async () => {
    const res = await relay('/cn/v3/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"bot_id":',
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('not valid JSON');
    expect(await seen()).toHaveLength(0);
  });

  it('coerces query strings to the documented types before validating', async () => {
    const ok = await relay('/cn/v1/workflows?workspace_id=1&page_num=2&page_size=20');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-playground-validation')).toBeNull();
    const bad = await relay('/cn/v1/workflows?workspace_id=1&page_num=two');
    expect(JSON.parse(bad.headers.get('x-playground-validation')!)).toMatchObject({
      issues: [expect.objectContaining({ location: 'query', path: 'page_num' })],
    });
    expect(await seen()).toHaveLength(2);
  });
});

describe('relay forwarding', () => {
  beforeEach(async () => {
    await fetch(`${upstream}/__seen?auth=${TOKEN}`, { method: 'DELETE' });
  });

  it('forwards the token and allow-listed headers only, byte for byte body and query', async () => {
    const body = JSON.stringify({ name: 'Renamed' });
    const res = await relay('/cn/v1/conversations/7351', {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        cookie: 'session=1',
        'x-forwarded-host': 'evil.example',
        'x-sandbox-pace-ms': '5',
        'agw-js-conv': 'str',
      },
      body,
    });
    expect(res.status).toBe(200);
    const [request] = await seen();
    expect(request).toMatchObject({ method: 'PUT', url: '/v1/conversations/7351', body });
    expect(request!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request!.headers['agw-js-conv']).toBe('str');
    expect(request!.headers.cookie).toBeUndefined();
    expect(request!.headers['x-forwarded-host']).toBeUndefined();
    expect(request!.headers['x-sandbox-pace-ms']).toBeUndefined();
  });

  it('passes status, content type and x-tt-logid back, drops other upstream headers, adds run id and Server-Timing', async () => {
    const res = await relay('/cn/v1/files/retrieve?file_id=42');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-tt-logid')).toBe('fake-logid-4200');
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('x-internal-edge')).toBeNull();
    expect(res.headers.get('x-playground-run-id')).toMatch(/^retrieve-file\./);
    expect(res.headers.get('server-timing')).toMatch(/^upstream;desc="[^"]+";dur=\d+/);
    expect(await res.json()).toEqual({ code: 4200, msg: 'file not found', detail: { logid: 'fake-logid-4200' } });
    const [request] = await seen();
    expect(request!.url).toBe('/v1/files/retrieve?file_id=42');
  });

  it('passes an upstream 5xx through as it is', async () => {
    const res = await chat({ bot_id: 'server-error' });
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ code: 5000, msg: 'internal error' });
  });

  it('passes a JSON error through where a stream was asked for', async () => {
    const res = await chat({ bot_id: 'json-error' });
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(((await res.json()) as { code: number }).code).toBe(4015);
  });

  it('sends com calls to the com upstream', async () => {
    const res = await relay('/com/v1/bots/7351');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { echo: string } }).data.echo).toBe('/v1/bots/7351');
  });
});

describe('relay streaming', () => {
  it('delivers the first event before the upstream has sent the last', async () => {
    const user = `gate-${crypto.randomUUID()}`;
    const res = await chat({ bot_id: 'gated', user_id: user });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    expect(res.headers.get('cache-control')).toContain('no-transform');
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    const first = await reader.read();
    expect(first.value).toContain('event:conversation.chat.created');
    // The upstream is still holding the rest back: nothing about completion has been sent yet.
    expect(first.value).not.toContain('conversation.chat.completed');
    await fetch(`${upstream}/__release/${user}`);
    let rest = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      rest += value;
    }
    expect(rest).toContain('event:conversation.message.delta');
    expect(rest.trim().endsWith('data:[DONE]')).toBe(true);
  });

  it('turns an upstream that breaks mid-stream into an SSE error event', async () => {
    const res = await chat({ bot_id: 'broken' });
    const text = await res.text();
    expect(text).toContain('event:conversation.chat.created');
    const last = text.trim().split('\n\n').pop()!;
    expect(last.startsWith('event: error\ndata: ')).toBe(true);
    expect(JSON.parse(last.slice('event: error\ndata: '.length))).toMatchObject({
      error: { code: 'stream_interrupted', status: 502 },
    });
  });

  it('streams a sandbox chat without any upstream', async () => {
    await fetch(`${upstream}/__seen?auth=${TOKEN}`, { method: 'DELETE' });
    const res = await chat({ bot_id: '7351000000000000001' }, 'sandbox', { 'x-sandbox-pace-ms': '0' });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('conversation.message.delta');
    expect(text).toContain('conversation.chat.completed');
    expect(await seen()).toHaveLength(0);
  });
});
