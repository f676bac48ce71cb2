import { env, exports } from 'cloudflare:workers';
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, inject, it } from 'vitest';
import { CAPTURE_LIMITS } from '../../worker/history/capture';
import worker from '../../worker/index';
import { savedRun } from './history-helpers';

// Faults of the upstream and the network: the client gets a clear answer, the worker keeps
// serving, and the run's history says what happened.
const upstream = inject('fakeUpstreamUrl');
const TOKEN = `pat_faults_${crypto.randomUUID().replaceAll('-', '')}`;

interface Run {
  response: {
    status: number;
    kind: string;
    body?: string;
    events?: { event: string; data: string }[];
    bytes: number;
    bytesAtLeast?: true;
    truncated: boolean;
    error?: string;
  };
}

function chatRequest(body: Record<string, unknown>, init: RequestInit = {}) {
  return new Request('https://playground.test/api/relay/cn/v3/chat', {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ user_id: `u-${crypto.randomUUID()}`, stream: true, ...body }),
    ...init,
  });
}

/** Calls the worker with some bindings replaced, and waits for its background work (history). */
async function withEnv(overrides: Partial<Record<keyof Env, unknown>>, request: Request) {
  const ctx = createExecutionContext();
  const res = await worker.fetch(request, { ...env, ...overrides } as Env, ctx);
  const text = await res.text();
  await waitOnExecutionContext(ctx);
  return { res, text };
}

async function runOf(runId: string | null): Promise<Run> {
  expect(runId).toMatch(/^create-chat\./);
  return savedRun<Run>(runId!, TOKEN);
}

async function expectStillServing() {
  const res = await exports.default.fetch(chatRequest({ bot_id: 'ok' }));
  expect(res.status).toBe(200);
  expect(await res.text()).toContain('data:[DONE]');
}

function errorOf(text: string) {
  return (JSON.parse(text) as { error: { status: number; code: string; message: string } }).error;
}

describe('the upstream cannot be reached', () => {
  it('answers 502 when the connection is refused, and records it', async () => {
    const { port } = (await (await fetch(`${upstream}/__closed-port`)).json()) as { port: number };
    const { res, text } = await withEnv({ UPSTREAM_CN: `http://127.0.0.1:${port}` }, chatRequest({ bot_id: 'any' }));
    expect(res.status).toBe(502);
    expect(errorOf(text)).toMatchObject({ status: 502, code: 'upstream_unreachable' });
    expect(errorOf(text).message).toMatch(/^Could not reach cn/);
    const run = await runOf(res.headers.get('x-playground-run-id'));
    expect(run.response).toMatchObject({ status: 502, kind: 'json' });
    expect(run.response.error).toMatch(/^Could not reach cn/);
    expect(JSON.parse(run.response.body!)).toEqual(JSON.parse(text));
    await expectStillServing();
  });

  it('answers 504 when headers do not come within UPSTREAM_TIMEOUT_MS, cancels the call, and records it', async () => {
    const user = `slow-${crypto.randomUUID()}`;
    const started = Date.now();
    const { res, text } = await withEnv(
      { UPSTREAM_TIMEOUT_MS: '300' },
      chatRequest({ bot_id: 'slow-headers', user_id: user, meta_data: { delay_ms: '5000' } }),
    );
    expect(res.status).toBe(504);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(errorOf(text)).toMatchObject({
      status: 504,
      code: 'upstream_timeout',
      message: 'cn did not answer within 300 ms',
    });
    // The abandoned request does not keep running upstream.
    await expect
      .poll(async () => ((await (await fetch(`${upstream}/__closed/${user}`)).json()) as { closed: boolean }).closed, {
        timeout: 3000,
      })
      .toBe(true);
    const run = await runOf(res.headers.get('x-playground-run-id'));
    expect(run.response).toMatchObject({ status: 504, error: 'cn did not answer within 300 ms' });
    await expectStillServing();
  });
});

describe('the upstream answers badly', () => {
  it('passes a 5xx through and records it', async () => {
    const res = await exports.default.fetch(chatRequest({ bot_id: 'server-error' }));
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ code: 5000, msg: 'internal error' });
    const run = await runOf(res.headers.get('x-playground-run-id'));
    expect(run.response).toMatchObject({ status: 500, kind: 'json', truncated: false });
    expect(JSON.parse(run.response.body!)).toEqual({ code: 5000, msg: 'internal error' });
  });

  it('passes JSON through where a stream was asked for and records it as JSON', async () => {
    const res = await exports.default.fetch(chatRequest({ bot_id: 'json-error' }));
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(((await res.json()) as { code: number }).code).toBe(4015);
    const run = await runOf(res.headers.get('x-playground-run-id'));
    expect(run.response.kind).toBe('json');
    expect(run.response.events).toBeUndefined();
    expect(run.response.body).toContain('4015');
  });

  it('ends a stream cut in the middle with an SSE error event, and records what arrived and why', async () => {
    const res = await exports.default.fetch(chatRequest({ bot_id: 'broken' }));
    const text = await res.text();
    expect(text.startsWith('event:conversation.chat.created')).toBe(true);
    // Coze's fields, which an SDK reads from an `error` event, beside ours, which the site reads.
    const data = JSON.parse(/event: error\ndata: (.*)\n\n$/.exec(text)![1]!);
    expect(data).toMatchObject({
      code: 5000,
      msg: expect.stringMatching(/broke off/),
      detail: { logid: expect.stringMatching(/^\d{14}[0-9A-F]{20}$/) },
      error: { status: 502, code: 'stream_interrupted' },
    });
    const run = await runOf(res.headers.get('x-playground-run-id'));
    expect(run.response.events?.map((e) => e.event)).toEqual(['conversation.chat.created']);
    expect(run.response.error).toMatch(/broke off/);
    await expectStillServing();
  });

  it('passes malformed SSE through byte for byte and records what it could read without failing', async () => {
    const res = await exports.default.fetch(chatRequest({ bot_id: 'malformed' }));
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.startsWith('this line is not a field\n')).toBe(true);
    expect(text).toContain('event:conversation.message.delta\n\n');
    expect(text).toContain('\rdata:{"content":"CR ended"}\r\r');
    expect(text.endsWith('event:conversation.chat.completed\ndata:{"status":"comp')).toBe(true);
    expect(text).not.toContain('event: error');
    const run = await runOf(res.headers.get('x-playground-run-id'));
    expect(run.response.kind).toBe('sse');
    expect(run.response.bytes).toBe(new TextEncoder().encode(text).byteLength);
    expect(run.response.bytesAtLeast).toBeUndefined();
    const data = run.response.events!.map((e) => e.data);
    expect(data).toContain('{"id":"1","status":"created"}');
    expect(data).toContain('{"content":"not closed');
    expect(data).toContain('plain text');
    expect(data).toContain('{"content":"CR ended"}');
    // The last event never ended: dropped, and the record says so.
    expect(run.response.error).toMatch(/ended inside an event/);
    await expectStillServing();
  });

  it('delivers a stream longer than history keeps in full, and records it truncated', async () => {
    const res = await exports.default.fetch(chatRequest({ bot_id: 'flood' }));
    const text = await res.text();
    expect(text.match(/^event:conversation\.message\.delta$/gm)).toHaveLength(2500);
    expect(text.trim().endsWith('data:[DONE]')).toBe(true);
    const run = await runOf(res.headers.get('x-playground-run-id'));
    expect(run.response.truncated).toBe(true);
    expect(run.response.events).toHaveLength(CAPTURE_LIMITS.events);
    // History stops reading at its limits so the rest flows to the client natively: the byte
    // count covers what history read (at least the events it kept) and says it is a lower bound.
    const total = new TextEncoder().encode(text).byteLength;
    const kept = text
      .split(/(?<=\n\n)/)
      .slice(0, CAPTURE_LIMITS.events)
      .join('');
    expect(run.response.bytesAtLeast).toBe(true);
    expect(run.response.bytes).toBeGreaterThanOrEqual(new TextEncoder().encode(kept).byteLength);
    expect(run.response.bytes).toBeLessThan(total);
  });
});

describe('the client goes away', () => {
  it('cancels the upstream call when the client stops reading mid-stream, and records the run as cut', async () => {
    const user = `gone-${crypto.randomUUID()}`;
    const res = await exports.default.fetch(chatRequest({ bot_id: 'endless', user_id: user }));
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let received = '';
    while ((received.match(/message\.delta/g) ?? []).length < 3) received += (await reader.read()).value ?? '';
    const cancelledAt = Date.now();
    await reader.cancel('the browser tab was closed');
    // The fake upstream notes when its response socket closed before the stream ended.
    let closed: { closed: boolean; at: number | null } = { closed: false, at: null };
    await expect
      .poll(
        async () => (closed = (await (await fetch(`${upstream}/__closed/${user}`)).json()) as typeof closed).closed,
        {
          timeout: 3000,
        },
      )
      .toBe(true);
    expect(closed.at! - cancelledAt).toBeLessThan(3000);
    const run = await runOf(res.headers.get('x-playground-run-id'));
    expect(run.response.error).toMatch(/client closed the connection/);
    expect(run.response.events!.length).toBeGreaterThanOrEqual(3);
    // Far fewer than the 400 the upstream would have sent.
    expect(run.response.events!.length).toBeLessThan(100);
    await expectStillServing();
  });
});
