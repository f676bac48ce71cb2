import { exports } from 'cloudflare:workers';
import { describe, expect, inject, it } from 'vitest';

const upstream = inject('fakeUpstreamUrl');

interface Seen {
  url: string;
  authorization: string | null;
  closed: { code: number; reason: string; at: number } | null;
  received: string[];
}

// One token per test, so the fake upstream's shared log and the per-caller limits never mix tests.
const newToken = () => `pat_ws_${crypto.randomUUID().replaceAll('-', '')}`;

function handshake(
  path: string,
  options: { token?: string; in?: 'header' | 'query' | 'both'; headers?: Record<string, string> } = {},
) {
  const token = options.token ?? newToken();
  const where = options.in ?? 'header';
  const url = new URL(`https://playground.test/api/relay${path}`);
  if (where !== 'header') url.searchParams.set('authorization', `Bearer ${token}`);
  const headers = new Headers({ upgrade: 'websocket', ...options.headers });
  if (where !== 'query') headers.set('authorization', `Bearer ${token}`);
  return exports.default.fetch(new Request(url, { headers }));
}

/** A client socket on the relay, with every frame and the close it got. */
async function open(path: string, options: Parameters<typeof handshake>[1] = {}) {
  const token = options.token ?? newToken();
  const response = await handshake(path, { ...options, token });
  if (response.status !== 101) throw new Error(`${response.status} ${await response.text()}`);
  const socket = response.webSocket!;
  const frames: { event_type: string; data?: Record<string, unknown>; detail?: Record<string, unknown> }[] = [];
  let closed: { code: number; reason: string } | undefined;
  const waiters: (() => void)[] = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  socket.addEventListener('message', (event) => {
    frames.push(JSON.parse(event.data as string));
    wake();
  });
  socket.addEventListener('close', (event) => {
    closed = { code: event.code, reason: event.reason };
    wake();
  });
  socket.accept();
  const until = async <T>(check: () => T | undefined, what: string, ms = 3000): Promise<T> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = check();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}; frames: ${frames.map((f) => f.event_type).join(',')}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  };
  return {
    token,
    socket,
    frames,
    closed: () => closed,
    send: (value: unknown) => socket.send(typeof value === 'string' ? value : JSON.stringify(value)),
    frame: (eventType: string) => until(() => frames.find((f) => f.event_type === eventType), eventType),
    frameAfter: (count: number, eventType: string) =>
      until(() => frames.slice(count).find((f) => f.event_type === eventType), eventType),
    closedWith: () => until(() => closed, 'close'),
  };
}

async function seenBy(token: string): Promise<Seen[]> {
  return (await fetch(`${upstream}/__ws-seen?auth=${token}`)).json();
}

async function upstreamClosed(token: string): Promise<Seen['closed']> {
  const deadline = Date.now() + 3000;
  for (;;) {
    const [seen] = await seenBy(token);
    if (seen?.closed || Date.now() > deadline) return seen?.closed ?? null;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const CHAT_UPDATE = { id: 'u1', event_type: 'chat.update', data: { chat_config: { user_id: 'u1' } } };

describe('WebSocket relay: the token', () => {
  it('reaches upstream only as the Authorization header, never in the URL, when sent as the query parameter', async () => {
    const session = await open('/cn/v1/chat?bot_id=7351&device_id=42', { in: 'query' });
    await session.frame('chat.created');
    const [seen] = await seenBy(session.token);
    expect(seen!.authorization).toBe(`Bearer ${session.token}`);
    expect(seen!.url).toBe('/v1/chat?bot_id=7351&device_id=42');
    expect(seen!.url).not.toContain(session.token);
    expect(seen!.url.toLowerCase()).not.toContain('authorization');
    session.socket.close(1000);
  });

  it('accepts the header and the query parameter together when they name the same token (as @coze/api in Node sends)', async () => {
    const session = await open('/com/v1/audio/speech?entity_type=bot&entity_id=1', { in: 'both' });
    await session.frame('speech.created');
    const [seen] = await seenBy(session.token);
    expect(seen!.authorization).toBe(`Bearer ${session.token}`);
    expect(seen!.url).toBe('/v1/audio/speech?entity_type=bot&entity_id=1');
    session.socket.close(1000);
  });

  it('refuses two different credentials (400) and a missing one (401) before connecting', async () => {
    const token = newToken();
    const url = `https://playground.test/api/relay/cn/v1/chat?bot_id=1&authorization=${encodeURIComponent(`Bearer ${token}-other`)}`;
    const both = await exports.default.fetch(
      new Request(url, { headers: { upgrade: 'websocket', authorization: `Bearer ${token}` } }),
    );
    expect(both.status).toBe(400);
    expect(await both.text()).not.toContain(token);
    const none = await exports.default.fetch(
      new Request('https://playground.test/api/relay/cn/v1/chat?bot_id=1', { headers: { upgrade: 'websocket' } }),
    );
    expect(none.status).toBe(401);
    expect(await seenBy(token)).toEqual([]);
  });

  it('passes a refused handshake back with the upstream status and body, token not echoed', async () => {
    const token = newToken();
    const response = await handshake('/cn/v1/chat?bot_id=refuse', { token, in: 'query' });
    expect(response.status).toBe(401);
    const body = await response.text();
    expect(JSON.parse(body)).toMatchObject({ code: 4100 });
    expect(body).not.toContain(token);
    expect(response.headers.get('x-tt-logid')).toBe('fake-ws-refused');
  });
});

describe('WebSocket relay: only catalog WebSocket paths, only the fixed hosts', () => {
  it.each([
    ['an unknown path', '/cn/v1/not-a-socket'],
    ['an HTTP endpoint', '/cn/v1/bots/7351'],
    ['an unknown region', '/evil.example/v1/chat?bot_id=1'],
    ['a path that climbs out', '/cn/v1/chat/..%2F..%2Fx'],
    ['an encoded slash', '/cn/v1%2Fchat?bot_id=1'],
  ])('refuses %s with 404 and sends nothing', async (_what, path) => {
    const token = newToken();
    const response = await handshake(path, { token });
    expect(response.status).toBe(404);
    expect(response.webSocket).toBeNull();
    expect(await response.json()).toMatchObject({ error: { code: 'not_found' } });
    expect(await seenBy(token)).toEqual([]);
  });

  it('refuses a handshake whose query fails the schema (400), naming the field', async () => {
    const response = await handshake('/cn/v1/chat?device_id=abc');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { issues: { path: string }[] } };
    expect(body.error.issues.map((issue) => issue.path).sort()).toEqual(['bot_id', 'device_id']);
  });

  it('does not let a query value pick the host', async () => {
    const session = await open('/cn/v1/chat?bot_id=wss://evil.example/x');
    await session.frame('chat.created');
    const [seen] = await seenBy(session.token);
    expect(seen!.url).toBe('/v1/chat?bot_id=wss%3A%2F%2Fevil.example%2Fx');
    session.socket.close(1000);
  });

  it('does not follow a redirect from the upstream handshake', async () => {
    const token = newToken();
    const response = await handshake('/cn/v1/chat?bot_id=redirect', { token });
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ error: { message: expect.stringMatching(/redirect \(302\)/) } });
    expect(response.webSocket).toBeNull();
    expect((await seenBy(token)).map((seen) => seen.url)).toEqual(['/v1/chat?bot_id=redirect']);
  });

  it('leaves other upgrades to the HTTP relay, which refuses them as before', async () => {
    const response = await exports.default.fetch(
      new Request('https://playground.test/api/relay/cn/v1/bots/7351', {
        headers: { upgrade: 'h2c', authorization: 'Bearer x' },
      }),
    );
    expect(response.status).toBe(400);
  });
});

describe('WebSocket relay: frames', () => {
  it('passes a valid client event upstream and the upstream answer back', async () => {
    const session = await open('/cn/v1/chat?bot_id=7351');
    await session.frame('chat.created');
    session.send(CHAT_UPDATE);
    const echo = await session.frame('echo');
    expect(echo.data).toEqual({ event_type: 'chat.update', bytes: JSON.stringify(CHAT_UPDATE).length });
    session.socket.close(1000);
  });

  it.each([
    ['an unknown event_type', { event_type: 'chat.hack', data: {} }, /Unknown event_type "chat.hack"/],
    [
      'data that fails the schema',
      { event_type: 'input_audio_buffer.append', data: { delta: 5 } },
      /input_audio_buffer.append: data.delta/,
    ],
    ['text that is not JSON', 'not json', /not JSON/],
  ])('answers %s with an error event in Coze shape and keeps the session up', async (_what, frame, message) => {
    const session = await open('/cn/v1/chat?bot_id=7351');
    await session.frame('chat.created');
    session.send(frame);
    const error = await session.frame('error');
    expect(error.data).toMatchObject({ code: 4000 });
    expect(String(error.data!.msg)).toMatch(message);
    expect(error.detail).toHaveProperty('logid');
    // Still up: a good event goes through afterwards.
    session.send(CHAT_UPDATE);
    await session.frame('echo');
    expect((await seenBy(session.token))[0]!.received).toEqual(['chat.update']);
    expect(session.closed()).toBeUndefined();
    session.socket.close(1000);
  });

  it('answers a 2 MiB client frame with a clear error, sends none of it upstream, and stays up', async () => {
    const session = await open('/cn/v1/chat?bot_id=7351');
    await session.frame('chat.created');
    session.send({ event_type: 'input_audio_buffer.append', data: { delta: 'A'.repeat(2 * 1024 * 1024) } });
    const error = await session.frame('error');
    expect(String(error.data!.msg)).toMatch(/at most 1048576 \(1 MiB\)/);
    session.send(CHAT_UPDATE);
    await session.frame('echo');
    expect((await seenBy(session.token))[0]!.received).toEqual(['chat.update']);
    session.socket.close(1000);
  });

  it('answers a 2 MiB upstream frame with a clear error instead of passing it on', async () => {
    const session = await open('/cn/v1/chat?bot_id=big-frame');
    await session.frame('chat.created');
    const error = await session.frame('error');
    expect(String(error.data!.msg)).toMatch(/upstream sent a \d+-byte frame; at most 1048576/);
    expect(session.frames.some((f) => f.event_type === 'big')).toBe(false);
    session.socket.close(1000);
  });

  it('masks the token when an error quotes the refused frame', async () => {
    const session = await open('/cn/v1/chat?bot_id=7351');
    await session.frame('chat.created');
    session.send({ event_type: 'nope', data: { leaked: session.token } });
    const error = await session.frame('error');
    expect(JSON.stringify(error)).not.toContain(session.token);
    session.socket.close(1000);
  });
});

describe('WebSocket relay: closing', () => {
  it('closes the upstream with the client code when the client closes', async () => {
    const session = await open('/cn/v1/chat?bot_id=7351');
    await session.frame('chat.created');
    session.socket.close(4321, 'bye');
    expect(await upstreamClosed(session.token)).toMatchObject({ code: 4321, reason: 'bye' });
  });

  it('closes the client with the upstream code when the upstream closes', async () => {
    const session = await open('/cn/v1/chat?bot_id=close-4001');
    await session.frame('chat.created');
    session.send(CHAT_UPDATE);
    expect(await session.closedWith()).toEqual({ code: 4001, reason: 'fake upstream closes' });
  });

  it('closes the client with 1011 when the upstream vanishes without a close frame', async () => {
    const session = await open('/cn/v1/chat?bot_id=vanish');
    await session.frame('chat.created');
    session.send(CHAT_UPDATE);
    expect((await session.closedWith()).code).toBe(1011);
  });

  it('closes both sides at the session length limit (REALTIME_MAX_SESSION_MS), telling the client why', async () => {
    const session = await open('/cn/v1/chat?bot_id=7351');
    await session.frame('chat.created');
    const closed = await (async () => {
      const deadline = Date.now() + 12_000;
      while (!session.closed() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      return session.closed();
    })();
    expect(closed?.code).toBe(1008);
    expect(session.frames.at(-1)).toMatchObject({ event_type: 'error' });
    expect(String(session.frames.at(-1)!.data!.msg)).toMatch(/Session length limit/);
    expect((await upstreamClosed(session.token))?.code).toBe(1000);
  }, 20_000);
});

describe('WebSocket relay: per-caller limits', () => {
  it('refuses a sixth concurrent session of one token with 429, and allows one again after a close', async () => {
    const token = newToken();
    const sessions = [];
    for (let i = 0; i < 5; i++) sessions.push(await open('/cn/v1/chat?bot_id=7351', { token }));
    const sixth = await handshake('/cn/v1/chat?bot_id=7351', { token });
    expect(sixth.status).toBe(429);
    expect(await sixth.json()).toMatchObject({ error: { code: 'rate_limited' } });
    // Another token is not affected.
    const other = await open('/cn/v1/chat?bot_id=7351');
    other.socket.close(1000);
    sessions[0]!.socket.close(1000);
    await upstreamClosed(token);
    const deadline = Date.now() + 3000;
    let again = await handshake('/cn/v1/chat?bot_id=7351', { token });
    while (again.status === 429 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      again = await handshake('/cn/v1/chat?bot_id=7351', { token });
    }
    expect(again.status).toBe(101);
    again.webSocket!.accept();
    again.webSocket!.close(1000);
    for (const session of sessions.slice(1)) session.socket.close(1000);
  });

  it('counts sessions beside the upstream handshake: an over-limit one is refused and its upstream closed unused', async () => {
    const token = newToken();
    const sessions = [];
    for (let i = 0; i < 5; i++) sessions.push(await open('/cn/v1/chat?bot_id=7351', { token }));
    const sixth = await handshake('/cn/v1/chat?bot_id=7351', { token });
    expect(sixth.status).toBe(429);
    // The handshake went out while the count was asked (so it costs no time on a session that is
    // let in); refused, its socket is closed at once and nothing is sent on it.
    const deadline = Date.now() + 3000;
    let seen = await seenBy(token);
    while ((seen.length < 6 || !seen[5]!.closed) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      seen = await seenBy(token);
    }
    expect(seen).toHaveLength(6);
    expect(seen.filter((s) => s.closed)).toEqual([
      expect.objectContaining({ closed: expect.objectContaining({ code: 1008 }), received: [] }),
    ]);
    for (const session of sessions) session.socket.close(1000);
  });
});
