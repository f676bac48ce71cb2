import { env } from 'cloudflare:workers';
import { Hono } from 'hono';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-error';
import { CAPTURE_LIMITS, captureRun, type CaptureInput } from '../../worker/history/capture';
import { parseRunId, runKey } from '../../worker/history/keys';
import { RunRecordSchema, type RunRecord } from '../../lib/run-record';
import { history } from '../../worker/history/api';
import { scrubText } from '../../worker/history/redact';
import { getRun, listRuns, newRunId, saveRun } from '../../worker/history/store';
import { ownerOf } from '../../worker/owner';

const DAY_MS = 24 * 60 * 60 * 1000;
const encoder = new TextEncoder();

/** A fresh token and its owner id, so no test sees another's runs. */
async function newOwner(): Promise<{ token: string; ownerId: string }> {
  const token = `pat_${crypto.randomUUID().replaceAll('-', '')}`;
  return { token, ownerId: await ownerOf(token, env.HISTORY_SECRET) };
}

function makeRun(endpointId: string, startedAt: number, overrides: Partial<RunRecord> = {}): RunRecord {
  return {
    id: newRunId(endpointId, startedAt),
    endpointId,
    region: 'cn',
    startedAt,
    durationMs: 420,
    ttfbMs: 180,
    request: {
      method: 'POST',
      url: 'https://playground.test/api/relay/cn/v3/chat',
      headers: { 'content-type': 'application/json' },
      body: '{"bot_id":"7379462189365198898","user_id":"u1"}',
    },
    response: {
      status: 200,
      headers: { 'content-type': 'application/json' },
      kind: 'json',
      body: '{"code":0,"msg":"","data":{}}',
      bytes: 29,
      truncated: false,
    },
    ...overrides,
  };
}

interface KvCall {
  readonly method: string;
  readonly args: unknown[];
}

/** The real KV binding, with every call recorded and, optionally, some made to fail. */
function spyKv(fail: (method: string, callIndex: number) => boolean = () => false): {
  kv: KVNamespace;
  calls: KvCall[];
} {
  const calls: KvCall[] = [];
  const real = env.HISTORY as unknown as Record<string, (...args: unknown[]) => unknown>;
  const kv = new Proxy(
    {},
    {
      get(_, method: string) {
        return async (...args: unknown[]) => {
          calls.push({ method, args });
          if (fail(method, calls.length - 1)) throw new Error(`KV ${method} failed: simulated outage`);
          return real[method]!.apply(env.HISTORY, args);
        };
      },
    },
  );
  return { kv: kv as KVNamespace, calls };
}

/** Every key of the namespace with its value and metadata, as text. */
async function dumpNamespace(): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | undefined;
  do {
    const page: KVNamespaceListResult<unknown> = await env.HISTORY.list({ cursor });
    for (const key of page.keys) {
      const { value, metadata } = await env.HISTORY.getWithMetadata(key.name, 'text');
      out.push(key.name, value ?? '', JSON.stringify(metadata) ?? '', JSON.stringify(key.metadata) ?? '');
    }
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  return out;
}

describe('newRunId', () => {
  it('names the endpoint, an inverted timestamp and 128 random bits', () => {
    const id = newRunId('create-chat', 1_718_792_949_000);
    expect(id).toMatch(/^create-chat\.8281207050999\.[0-9a-f]{32}$/);
    expect(parseRunId(id)).toEqual({ endpointId: 'create-chat', inverted: '8281207050999', random: id.slice(-32) });
  });

  it('never repeats for the same endpoint and time', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newRunId('list-bots', 1_718_792_949_000)));
    expect(ids.size).toBe(200);
  });

  it('sorts a newer run before an older one', () => {
    const older = newRunId('list-bots', 1_700_000_000_000);
    const newer = newRunId('list-bots', 1_700_000_000_001);
    expect(newer < older).toBe(true);
  });

  it('refuses an endpoint id that could break the key scheme', () => {
    expect(() => newRunId('list:bots', 1)).toThrow();
    expect(() => newRunId('List-Bots', 1)).toThrow();
  });
});

describe('saveRun and listRuns', () => {
  it('lists the newest five of seven runs, newest first, from metadata', async () => {
    const { ownerId } = await newOwner();
    const base = Date.now() - 60_000;
    const runs = Array.from({ length: 7 }, (_, i) => makeRun('create-chat', base + i * 1000, { durationMs: i }));
    // Saved out of order: the order comes from the keys, not from when they were written.
    for (const i of [3, 0, 6, 1, 5, 2, 4]) await saveRun(env.HISTORY, ownerId, runs[i]!);

    const listed = await listRuns(env.HISTORY, ownerId, 'create-chat');
    expect(listed.map((run) => run.id)).toEqual([6, 5, 4, 3, 2].map((i) => runs[i]!.id));
    expect(listed[0]).toEqual({
      id: runs[6]!.id,
      endpointId: 'create-chat',
      status: 200,
      startedAt: base + 6000,
      durationMs: 6,
      region: 'cn',
      method: 'POST',
      kind: 'json',
    });
  });

  it('lists only runs of the endpoint asked for', async () => {
    const { ownerId } = await newOwner();
    await saveRun(env.HISTORY, ownerId, makeRun('list-bots', Date.now()));
    await saveRun(env.HISTORY, ownerId, makeRun('retrieve-bot', Date.now()));
    // `list-bots` must not also match a longer id sharing its prefix.
    expect((await listRuns(env.HISTORY, ownerId, 'list-bots')).map((run) => run.endpointId)).toEqual(['list-bots']);
  });

  it('writes every run with a 7-day TTL and its summary as metadata', async () => {
    const { ownerId } = await newOwner();
    const { kv, calls } = spyKv();
    const startedAt = Date.now();
    for (let i = 0; i < 3; i++) await saveRun(kv, ownerId, makeRun('create-chat', startedAt + i));

    const puts = calls.filter((call) => call.method === 'put');
    expect(puts).toHaveLength(3);
    for (const put of puts) {
      const options = put.args[2] as KVNamespacePutOptions;
      expect(options.expirationTtl).toBe(604_800);
      expect(options.metadata).toEqual({
        endpointId: 'create-chat',
        status: 200,
        startedAt: expect.any(Number),
        durationMs: 420,
        region: 'cn',
        method: 'POST',
        kind: 'json',
      });
      expect(encoder.encode(JSON.stringify(options.metadata)).byteLength).toBeLessThan(1024);
    }
    // And KV itself reports the expiry, a week from now.
    const { keys } = await env.HISTORY.list({ prefix: `run:${ownerId}:` });
    expect(keys).toHaveLength(3);
    for (const key of keys) {
      expect(key.expiration).toBeGreaterThanOrEqual(Math.floor(startedAt / 1000) + 604_800 - 5);
      expect(key.expiration).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + 604_800 + 5);
    }
  });

  it('writes one key per run and never rewrites one', async () => {
    const { ownerId } = await newOwner();
    const { kv, calls } = spyKv();
    const startedAt = Date.now();
    for (let i = 0; i < 4; i++) await saveRun(kv, ownerId, makeRun('create-chat', startedAt));
    const keys = calls.filter((call) => call.method === 'put').map((call) => call.args[0]);
    expect(new Set(keys).size).toBe(4);
    for (const key of keys) expect(key).toMatch(new RegExp(`^run:${ownerId}:create-chat:\\d{13}:[0-9a-f]{32}$`));
  });

  it('leaves out runs older than seven days even while their keys linger', async () => {
    const { ownerId } = await newOwner();
    const now = Date.now();
    const fresh = makeRun('list-bots', now - DAY_MS);
    const stale = makeRun('list-bots', now - 8 * DAY_MS);
    await saveRun(env.HISTORY, ownerId, fresh);
    await saveRun(env.HISTORY, ownerId, stale);
    expect((await listRuns(env.HISTORY, ownerId, 'list-bots', 5, now)).map((run) => run.id)).toEqual([fresh.id]);
    expect(await getRun(env.HISTORY, ownerId, stale.id, now)).toBeUndefined();
  });

  it('keeps a reduced record with the reason when the full write fails', async () => {
    const { ownerId } = await newOwner();
    const { kv } = spyKv((method, index) => method === 'put' && index === 0);
    const run = makeRun('create-chat', Date.now());
    await saveRun(kv, ownerId, run);
    const saved = await getRun(env.HISTORY, ownerId, run.id);
    expect(saved?.saveError).toMatch(/full record could not be saved: KV put failed: simulated outage/);
    expect(saved?.request.body).toBeUndefined();
    expect(saved?.response.body).toBeUndefined();
    expect(saved?.response).toMatchObject({ status: 200, truncated: true });
  });

  it('refuses a run whose id names another endpoint', async () => {
    const { ownerId } = await newOwner();
    const run = { ...makeRun('create-chat', Date.now()), endpointId: 'list-bots' };
    await expect(saveRun(env.HISTORY, ownerId, run)).rejects.toThrow(/endpoint/);
  });

  it('answers 503 history_unavailable when KV cannot list', async () => {
    const { ownerId } = await newOwner();
    const { kv } = spyKv(() => true);
    const error = await listRuns(kv, ownerId, 'create-chat').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).toBody().error).toMatchObject({ status: 503, code: 'history_unavailable' });
  });
});

describe('getRun', () => {
  it('returns the saved record as it was saved', async () => {
    const { ownerId } = await newOwner();
    const run = makeRun('create-chat', Date.now());
    await saveRun(env.HISTORY, ownerId, run);
    expect(await getRun(env.HISTORY, ownerId, run.id)).toEqual(run);
  });

  it('finds nothing for another token, by list or by id', async () => {
    const owner = await newOwner();
    const other = await newOwner();
    const run = makeRun('create-chat', Date.now());
    await saveRun(env.HISTORY, owner.ownerId, run);
    expect(await listRuns(env.HISTORY, other.ownerId, 'create-chat')).toEqual([]);
    expect(await getRun(env.HISTORY, other.ownerId, run.id)).toBeUndefined();
  });

  it.each([
    ['empty', ''],
    ['too few parts', 'create-chat.8281207050999'],
    ['a short random part', 'create-chat.8281207050999.abc'],
    ['upper-case hex', `create-chat.8281207050999.${'A'.repeat(32)}`],
    ['a colon that would cross into other keys', `create-chat:x.8281207050999.${'a'.repeat(32)}`],
    ['a path', `../create-chat.8281207050999.${'a'.repeat(32)}`],
    ['an extra part', `create-chat.8281207050999.${'a'.repeat(32)}.x`],
    ['a short timestamp', `create-chat.828120705099.${'a'.repeat(32)}`],
    ['a prefix wildcard', `create-chat.8281207050999.${'a'.repeat(31)}*`],
    ['an upper-case endpoint', `Create-Chat.8281207050999.${'a'.repeat(32)}`],
  ])('answers nothing without touching KV for a run id with %s', async (_, runId) => {
    const { ownerId } = await newOwner();
    const { kv, calls } = spyKv();
    expect(await getRun(kv, ownerId, runId)).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it.each([
    ['not JSON', 'not json at all'],
    ['the wrong shape', JSON.stringify({ id: 'x', endpointId: 'create-chat' })],
    ['another run’s record', 'OTHER'],
  ])('reads a stored value that is %s as missing', async (_, stored) => {
    const { ownerId } = await newOwner();
    const run = makeRun('create-chat', Date.now());
    const value = stored === 'OTHER' ? JSON.stringify(makeRun('create-chat', Date.now())) : stored;
    await env.HISTORY.put(runKey(ownerId, parseRunId(run.id)!), value);
    expect(await getRun(env.HISTORY, ownerId, run.id)).toBeUndefined();
  });

  it('answers 503 history_unavailable when KV cannot read', async () => {
    const { ownerId } = await newOwner();
    const { kv } = spyKv(() => true);
    const error = await getRun(kv, ownerId, newRunId('create-chat', Date.now())).catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(503);
    expect((error as ApiError).code).toBe('history_unavailable');
  });
});

describe('credential scrubbing', () => {
  it.each([
    ['a bearer header value', 'Authorization: Bearer abc.def-123', 'Authorization: Bearer ***'],
    ['a URL-encoded bearer', 'auth=Bearer%20secretvalue&x=1', 'auth=Bearer ***&x=1'],
    ['a personal access token in JSON', '{"t":"pat_Abc123XyZ987pqr"}', '{"t":"***"}'],
    ['OAuth tokens', 'czu_aaaaaaaaaa and czs_bbbbbbbbbb', '*** and ***'],
    ['a JWT', 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl', '***'],
  ])('replaces %s', (_, text, expected) => {
    expect(scrubText(text)).toBe(expected);
  });

  it.each([['compat_mode_enabled'], ['a pat on the back'], ['pat_short'], ['{"content":"hello"}']])(
    'leaves %s alone',
    (text) => {
      expect(scrubText(text)).toBe(text);
    },
  );

  it('stores a run that carried its token in headers, URL and bodies with no trace of it', async () => {
    const { token, ownerId } = await newOwner();
    const run = makeRun('create-chat', Date.now(), {
      request: {
        method: 'POST',
        url: `https://playground.test/api/relay/cn/v3/chat?access_token=${token}&note=Bearer%20${token}`,
        headers: {
          Authorization: `Bearer ${token}`,
          'PROXY-AUTHORIZATION': `Bearer ${token}`,
          Cookie: `session=${token}`,
          'x-api-key': token,
          'x-note': `Bearer ${token}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          user_id: 'u1',
          additional_messages: [{ content: `my token is ${token}, header Bearer ${token}` }],
        }),
        bodyNote: `sent with ${token}`,
      },
      response: {
        status: 200,
        headers: { 'Set-Cookie': `s=${token}`, 'content-type': 'text/event-stream' },
        kind: 'sse',
        events: [
          { event: 'conversation.message.delta', data: JSON.stringify({ content: `echo ${token}` }), offsetMs: 5 },
        ],
        bytes: 100,
        truncated: false,
        error: `broke off after ${token}`,
      },
    });
    await saveRun(env.HISTORY, ownerId, run);

    const dump = await dumpNamespace();
    expect(dump.length).toBeGreaterThan(0);
    for (const text of dump) expect(text).not.toContain(token);
    expect(dump.join('\n')).not.toContain(token.slice(4));

    const saved = await getRun(env.HISTORY, ownerId, run.id);
    expect(Object.keys(saved!.request.headers).sort()).toEqual(['content-type', 'x-note']);
    expect(saved!.request.headers['x-note']).toBe('Bearer ***');
    expect(Object.keys(saved!.response.headers)).toEqual(['content-type']);
    expect(saved!.request.url).toBe('https://playground.test/api/relay/cn/v3/chat?access_token=***&note=Bearer ***');
    expect(JSON.parse(saved!.request.body!)).toEqual({
      user_id: 'u1',
      additional_messages: [{ content: 'my token is ***, header Bearer ***' }],
    });
    expect(saved!.response.events![0]!.data).toBe('{"content":"echo ***"}');
  });
});

/** A body that delivers each chunk at its time on a fake clock, then ends or breaks off. */
function timedStream(
  chunks: readonly (readonly [atMs: number, text: string | Uint8Array])[],
  clock: { now: number },
  end: 'close' | Error = 'close',
): ReadableStream<Uint8Array> {
  const queue = [...chunks];
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = queue.shift();
      if (!next) {
        if (end === 'close') controller.close();
        else controller.error(end);
        return;
      }
      clock.now = next[0];
      controller.enqueue(typeof next[1] === 'string' ? encoder.encode(next[1]) : next[1]);
    },
  });
}

function captureInput(
  kind: CaptureInput['kind'],
  body: ReadableStream<Uint8Array> | null,
  clock: { now: number },
): CaptureInput {
  return {
    runId: newRunId('create-chat', 1_000_000),
    endpointId: 'create-chat',
    region: 'sandbox',
    startedAt: 1_000_000,
    ttfbMs: 12,
    request: {
      method: 'POST',
      url: 'https://playground.test/api/relay/sandbox/v3/chat',
      headers: {},
      body: '{"stream":true}',
    },
    response: { status: 200, headers: { 'content-type': 'text/event-stream' } },
    kind,
    body,
    now: () => clock.now,
  };
}

function sseFrame(event: string, data: string): string {
  return `event:${event}\ndata:${data}\n\n`;
}

describe('captureRun', () => {
  it('records SSE events with the offset of the chunk that completed each', async () => {
    const clock = { now: 1_000_000 };
    const body = timedStream(
      [
        [1_000_010, sseFrame('conversation.chat.created', '{"id":"1"}')],
        [1_000_020, 'event:conversation.message.delta\ndata:{"content":"你'],
        [1_000_035, '好"}\n\n' + sseFrame('conversation.message.delta', '{"content":"!"}')],
        [1_000_050, 'id: 9\n' + sseFrame('done', '"[DONE]"')],
      ],
      clock,
    );
    const run = await captureRun(captureInput('sse', body, clock));
    expect(run.response.events).toEqual([
      { event: 'conversation.chat.created', data: '{"id":"1"}', offsetMs: 10 },
      { event: 'conversation.message.delta', data: '{"content":"你好"}', offsetMs: 35 },
      { event: 'conversation.message.delta', data: '{"content":"!"}', offsetMs: 35 },
      { event: 'done', data: '"[DONE]"', id: '9', offsetMs: 50 },
    ]);
    expect(run.response).toMatchObject({ kind: 'sse', status: 200, truncated: false });
    expect(run.response.error).toBeUndefined();
    expect(run.response.body).toBeUndefined();
    expect(run.durationMs).toBe(50);
    expect(run.ttfbMs).toBe(12);
    expect(v.is(RunRecordSchema, run)).toBe(true);
  });

  it('reassembles a character whose UTF-8 bytes arrive in two chunks', async () => {
    const clock = { now: 1_000_000 };
    const bytes = encoder.encode(sseFrame('delta', '"你"'));
    const cut = bytes.indexOf(0xe4) + 1;
    const run = await captureRun(
      captureInput(
        'sse',
        timedStream(
          [
            [1_000_001, bytes.slice(0, cut)],
            [1_000_002, bytes.slice(cut)],
          ],
          clock,
        ),
        clock,
      ),
    );
    expect(run.response.events).toEqual([{ event: 'delta', data: '"你"', offsetMs: 2 }]);
    expect(run.response.bytes).toBe(bytes.byteLength);
  });

  it('stops reading at 2,000 events, marks the run truncated and counts the bytes it read as a lower bound', async () => {
    const clock = { now: 1_000_000 };
    const frames = Array.from({ length: 2_100 }, (_, i) => sseFrame('delta', `{"n":${i}}`));
    const chunks = frames.map((frame, i) => [1_000_000 + i, frame] as const);
    const run = await captureRun(captureInput('sse', timedStream(chunks, clock), clock));
    expect(run.response.events).toHaveLength(CAPTURE_LIMITS.events);
    expect(run.response.events!.at(-1)!.data).toBe('{"n":1999}');
    expect(run.response.truncated).toBe(true);
    // The frame that did not fit is the last one read: the rest is left to the client's copy alone.
    expect(run.response.bytes).toBe(encoder.encode(frames.slice(0, CAPTURE_LIMITS.events + 1).join('')).byteLength);
    expect(run.response.bytesAtLeast).toBe(true);
  });

  it('stops recording at 256 KiB of event data', async () => {
    const clock = { now: 1_000_000 };
    const big = 'x'.repeat(100 * 1024);
    const chunks = [0, 1, 2].map((i) => [1_000_000 + i, sseFrame('delta', big)] as const);
    const run = await captureRun(captureInput('sse', timedStream(chunks, clock), clock));
    expect(run.response.events).toHaveLength(2);
    expect(run.response.truncated).toBe(true);
  });

  it('keeps what arrived and records the error when the stream breaks off', async () => {
    const clock = { now: 1_000_000 };
    const body = timedStream(
      [
        [1_000_005, sseFrame('conversation.chat.created', '{"id":"1"}')],
        [1_000_009, 'event:conversation.message.delta\ndata:{"content":"half'],
      ],
      clock,
      new Error('connection reset'),
    );
    const run = await captureRun(captureInput('sse', body, clock));
    expect(run.response.events).toEqual([{ event: 'conversation.chat.created', data: '{"id":"1"}', offsetMs: 5 }]);
    expect(run.response.error).toBe('The upstream stream broke off: connection reset');
    expect(run.response.truncated).toBe(false);
    expect(v.is(RunRecordSchema, run)).toBe(true);
  });

  it('records a stream that ended inside an event as cut', async () => {
    const clock = { now: 1_000_000 };
    const body = timedStream([[1_000_001, sseFrame('a', '1') + 'event:b\ndata:2\n']], clock);
    const run = await captureRun(captureInput('sse', body, clock));
    expect(run.response.events).toEqual([{ event: 'a', data: '1', offsetMs: 1 }]);
    expect(run.response.error).toMatch(/ended inside an event/);
  });

  it('records a JSON body as text', async () => {
    const clock = { now: 1_000_000 };
    const json = '{"code":0,"msg":"","data":{"id":"7382159487131697202","status":"completed"}}';
    const run = await captureRun(
      captureInput(
        'json',
        timedStream(
          [
            [1_000_040, json.slice(0, 9)],
            [1_000_041, json.slice(9)],
          ],
          clock,
        ),
        clock,
      ),
    );
    expect(run.response).toMatchObject({ kind: 'json', body: json, bytes: json.length, truncated: false });
    expect(run.response.events).toBeUndefined();
  });

  it('cuts a text body at 256 KiB without splitting a character', async () => {
    const clock = { now: 1_000_000 };
    // 3-byte characters: 256 KiB is not a multiple of 3, so the cut falls inside one.
    const text = '好'.repeat(100_000);
    const run = await captureRun(captureInput('text', timedStream([[1_000_001, text]], clock), clock));
    const kept = Math.floor(CAPTURE_LIMITS.bodyBytes / 3);
    expect(run.response.body).toBe('好'.repeat(kept));
    expect(run.response.truncated).toBe(true);
    expect(run.response.bytes).toBe(300_000);
  });

  it('records only the size of a binary body', async () => {
    const clock = { now: 1_000_000 };
    const run = await captureRun(
      captureInput(
        'binary',
        timedStream(
          [
            [1_000_001, new Uint8Array(1000)],
            [1_000_002, new Uint8Array(24)],
          ],
          clock,
        ),
        clock,
      ),
    );
    expect(run.response).toEqual({
      status: 200,
      headers: { 'content-type': 'text/event-stream' },
      kind: 'binary',
      bytes: 1024,
      truncated: false,
    });
  });

  it('records a response without a body', async () => {
    const run = await captureRun(captureInput('json', null, { now: 1_000_007 }));
    expect(run.response).toMatchObject({ bytes: 0, truncated: false });
    expect(run.response.body).toBeUndefined();
    expect(run.durationMs).toBe(7);
  });

  it('cuts a large request body and says so', async () => {
    const clock = { now: 1_000_000 };
    const input = captureInput('json', null, clock);
    const body = JSON.stringify({ text: 'a'.repeat(300 * 1024) });
    const run = await captureRun({ ...input, request: { ...input.request, body } });
    expect(run.request.body).toBe(body.slice(0, CAPTURE_LIMITS.requestBodyBytes));
    expect(run.request.bodyNote).toBe(`Body cut at ${CAPTURE_LIMITS.requestBodyBytes} of ${body.length} bytes`);
  });

  it('produces a record that saves and reads back whole', async () => {
    const { ownerId } = await newOwner();
    const clock = { now: Date.now() };
    const input = {
      ...captureInput('sse', null, clock),
      startedAt: clock.now,
      runId: newRunId('create-chat', clock.now),
    };
    const body = timedStream([[clock.now + 3, sseFrame('done', '"[DONE]"')]], clock);
    const run = await captureRun({ ...input, body });
    await saveRun(env.HISTORY, ownerId, run);
    expect(await getRun(env.HISTORY, ownerId, run.id)).toEqual(run);
  });
});

describe('history API', () => {
  function app(bindings: Partial<Env> = {}) {
    const root = new Hono<{ Bindings: Env }>();
    root.route('/api/history', history);
    root.onError((error, c) => {
      const apiError = error instanceof ApiError ? error : new ApiError(500, 'internal', error.message);
      return c.json(apiError.toBody(), apiError.status as 400);
    });
    return (path: string, token?: string) =>
      root.request(
        `https://playground.test/api/history${path}`,
        { headers: token === undefined ? {} : { authorization: `Bearer ${token}` } },
        { ...env, ...bindings },
      );
  }

  async function errorOf(res: Response): Promise<{ status: number; code: string; message: string }> {
    expect(res.headers.get('content-type')).toContain('application/json');
    return ((await res.json()) as { error: { status: number; code: string; message: string } }).error;
  }

  it.each([['?endpoint=create-chat'], [`/${newRunId('create-chat', Date.now())}`]])(
    'answers 401 for %s without a token',
    async (path) => {
      const res = await app()(path);
      expect(res.status).toBe(401);
      expect(await errorOf(res)).toMatchObject({ status: 401, code: 'unauthorized' });
    },
  );

  it('answers 401 for a blank bearer token', async () => {
    const res = await app()('?endpoint=create-chat', '   ');
    expect(res.status).toBe(401);
  });

  it.each([
    ['a missing endpoint', ''],
    ['an unknown endpoint', '?endpoint=no-such-endpoint'],
    ['an endpoint id with a colon', '?endpoint=create-chat:x'],
  ])('answers 400 for %s', async (_, path) => {
    const { token } = await newOwner();
    const res = await app()(path, token);
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({ status: 400, code: 'invalid_request' });
  });

  it('lists the caller’s runs, newest first, and only the caller’s', async () => {
    const { token, ownerId } = await newOwner();
    const other = await newOwner();
    const now = Date.now();
    const older = makeRun('create-chat', now - 2000);
    const newer = makeRun('create-chat', now - 1000);
    await saveRun(env.HISTORY, ownerId, older);
    await saveRun(env.HISTORY, ownerId, newer);

    const res = await app()('?endpoint=create-chat', token);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { runs: { id: string; status: number; kind: string }[] };
    expect(body.runs.map((run) => run.id)).toEqual([newer.id, older.id]);
    expect(body.runs[0]).toMatchObject({ endpointId: 'create-chat', status: 200, method: 'POST', kind: 'json' });

    expect(await (await app()('?endpoint=create-chat', other.token)).json()).toEqual({ runs: [] });
  });

  it('returns one run to its owner and 404 to anyone else', async () => {
    const { token, ownerId } = await newOwner();
    const other = await newOwner();
    const run = makeRun('create-chat', Date.now());
    await saveRun(env.HISTORY, ownerId, run);

    const res = await app()(`/${run.id}`, token);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ run });

    const theirs = await app()(`/${run.id}`, other.token);
    expect(theirs.status).toBe(404);
    expect(await errorOf(theirs)).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('answers 404 for a malformed run id', async () => {
    const { token } = await newOwner();
    const res = await app()('/not-a-run-id', token);
    expect(res.status).toBe(404);
    expect(await errorOf(res)).toMatchObject({ code: 'not_found' });
  });

  it('answers 500 history_unavailable when HISTORY_SECRET is missing', async () => {
    const { token } = await newOwner();
    const res = await app({ HISTORY_SECRET: '' })('?endpoint=create-chat', token);
    expect(res.status).toBe(500);
    expect(await errorOf(res)).toMatchObject({ status: 500, code: 'history_unavailable' });
  });

  it.each([['?endpoint=create-chat'], [`/${newRunId('create-chat', Date.now())}`]])(
    'answers 503 history_unavailable for %s when KV fails',
    async (path) => {
      const { token } = await newOwner();
      const res = await app({ HISTORY: spyKv(() => true).kv })(path, token);
      expect(res.status).toBe(503);
      expect(await errorOf(res)).toMatchObject({ status: 503, code: 'history_unavailable' });
    },
  );
});
