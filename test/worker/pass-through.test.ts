import { describe, expect, it } from 'vitest';
import { passThrough } from '../../worker/relay/pass-through';

// The relay's stream split runs on workerd's own streams (tee, IdentityTransformStream), so it is
// tested inside workerd.
const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

function controlledSource() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let cancelled: unknown = 'not cancelled';
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    cancel(reason) {
      cancelled = reason ?? 'cancelled';
    },
  });
  return { stream, controller, cancelled: () => cancelled };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('passThrough', () => {
  it('hands each chunk to the client as it arrives, and the same chunks to history', async () => {
    const source = controlledSource();
    const { client, capture } = passThrough(source.stream, true);
    const captured = new Response(capture).text();
    const reader = client.getReader();
    source.controller.enqueue(encode('event:a\ndata:1\n\n'));
    expect(decode((await reader.read()).value)).toBe('event:a\ndata:1\n\n');
    source.controller.enqueue(encode('event:b\ndata:2\n\n'));
    source.controller.close();
    expect(decode((await reader.read()).value)).toBe('event:b\ndata:2\n\n');
    expect((await reader.read()).done).toBe(true);
    expect(await captured).toBe('event:a\ndata:1\n\nevent:b\ndata:2\n\n');
  });

  it('delivers the whole body to the client after history has cancelled its copy', async () => {
    const source = controlledSource();
    const { client, capture } = passThrough(source.stream, true);
    const history = capture.getReader();
    const reader = client.getReader();
    source.controller.enqueue(encode('data:1\n\n'));
    expect(decode((await history.read()).value)).toBe('data:1\n\n');
    await history.cancel('history is full');
    // The upstream call goes on for the client alone.
    expect(source.cancelled()).toBe('not cancelled');
    for (let i = 2; i <= 50; i++) source.controller.enqueue(encode(`data:${i}\n\n`));
    source.controller.close();
    let text = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += decode(chunk.value);
    expect(text.match(/^data:\d+$/gm)).toHaveLength(50);
    expect(text.endsWith('data:50\n\n')).toBe(true);
  });

  it('ends an SSE client stream with our error event when the upstream breaks, and history sees the break', async () => {
    const source = controlledSource();
    const { client, capture, clientGone } = passThrough(source.stream, true);
    const captured = new Response(capture).text().catch((error: Error) => `capture failed: ${error.message}`);
    const reader = client.getReader();
    source.controller.enqueue(encode('event:a\ndata:1\n\n'));
    expect(decode((await reader.read()).value)).toBe('event:a\ndata:1\n\n');
    source.controller.error(new Error('socket reset'));
    const last = await reader.read();
    const frame = decode(last.value);
    expect(frame).toMatch(/^event: error\ndata: .*\n\n$/);
    // Coze's fields, which an SDK reads from an `error` event, beside ours.
    expect(JSON.parse(frame.slice('event: error\ndata: '.length))).toMatchObject({
      code: 5000,
      msg: 'The upstream stream broke off: socket reset',
      error: { status: 502, code: 'stream_interrupted' },
    });
    expect((await reader.read()).done).toBe(true);
    expect(await captured).toBe('capture failed: socket reset');
    expect(clientGone.aborted).toBe(false);
  });

  it('errors a non-SSE client stream when the upstream breaks, and tells history its copy stopped', async () => {
    const source = controlledSource();
    const { client, capture, clientGone } = passThrough(source.stream, false);
    void capture.cancel();
    const reader = client.getReader();
    source.controller.enqueue(encode('{"a":'));
    expect(decode((await reader.read()).value)).toBe('{"a":');
    source.controller.error(new Error('socket reset'));
    await expect(reader.read()).rejects.toThrow(/broke off: socket reset/);
    // Nothing can be written to a non-SSE client to learn which side broke: history is told both.
    for (let i = 0; i < 50 && !clientGone.aborted; i++) await tick();
    expect((clientGone.reason as Error).message).toBe(
      'The response to the client ended early: the client closed the connection or the upstream broke off',
    );
  });

  it('tells history when the client goes away, and the upstream read ends once both copies are cancelled', async () => {
    const source = controlledSource();
    const { client, capture, clientGone } = passThrough(source.stream, true);
    const history = capture.getReader();
    const reader = client.getReader();
    source.controller.enqueue(encode('data:1\n\n'));
    await reader.read();
    await history.read();
    await reader.cancel('tab closed');
    // The runtime's pipe notices a gone client when it next writes to it.
    source.controller.enqueue(encode('data:2\n\n'));
    for (let i = 0; i < 50 && !clientGone.aborted; i++) await tick();
    expect(clientGone.aborted).toBe(true);
    expect((clientGone.reason as Error).message).toBe('The client closed the connection before the response ended');
    // History's copy still holds the upstream call open until history cancels it too.
    expect(source.cancelled()).toBe('not cancelled');
    await history.cancel(clientGone.reason);
    expect(source.cancelled()).not.toBe('not cancelled');
  });
});

describe('history’s reads of a fast stream', () => {
  it('gathers back-to-back chunks into few reads while the client gets every event as it comes', async () => {
    const { env } = await import('cloudflare:workers');
    const { captureRun } = await import('../../worker/history/capture');
    const upstream = await fetch(`${env.UPSTREAM_CN}/v3/chat`, {
      method: 'POST',
      headers: { authorization: 'Bearer pat_reads', 'content-type': 'application/json' },
      body: JSON.stringify({ bot_id: 'numbered', user_id: 'u', stream: true, meta_data: { events: '1000' } }),
    });
    const split = passThrough(upstream.body!, true);
    let reads = 0;
    const recorded = captureRun({
      runId: 'create-chat.8200000000000.00000000000000000000000000000000',
      endpointId: 'create-chat',
      region: 'cn',
      startedAt: Date.now(),
      ttfbMs: 1,
      request: { method: 'POST', url: 'https://x/api/relay/cn/v3/chat', headers: {} },
      response: { status: 200, headers: {} },
      kind: 'sse',
      body: split.capture,
      probe: () => reads++,
    });
    const text = await new Response(split.client).text();
    expect(text.match(/^event:conversation\.message\.delta$/gm)).toHaveLength(1000);
    const run = await recorded;
    const deltas = run.response.events!.filter((event) => event.event === 'conversation.message.delta');
    expect(deltas.map((event) => (JSON.parse(event.data) as { seq: number }).seq)).toEqual(
      Array.from({ length: 1000 }, (_, i) => i),
    );
    // One JavaScript read per HTTP chunk is what slowed the client's copy: the runtime queues what
    // arrives while history is busy, and a read takes all of it at once.
    expect(reads, `${reads} reads for 1,000 deltas`).toBeLessThan(250);
  });
});

describe('history’s work after a capture', () => {
  it('waits until the client’s copy has ended, so recording never runs while events are still being delivered', async () => {
    const { captureRun } = await import('../../worker/history/capture');
    const source = controlledSource();
    const split = passThrough(source.stream, true);
    let settled = false;
    const recorded = captureRun({
      runId: 'create-chat.8200000000000.00000000000000000000000000000000',
      endpointId: 'create-chat',
      region: 'cn',
      startedAt: Date.now(),
      ttfbMs: 1,
      request: { method: 'POST', url: 'https://x/api/relay/cn/v3/chat', headers: {} },
      response: { status: 200, headers: {} },
      kind: 'sse',
      body: split.capture,
      delivered: split.delivered,
    }).then((run) => {
      settled = true;
      return run;
    });
    const reader = split.client.getReader();
    source.controller.enqueue(encode('event:a\ndata:1\n\n'));
    source.controller.enqueue(encode('event:b\ndata:2\n\n'));
    source.controller.close();
    expect(decode((await reader.read()).value)).toBe('event:a\ndata:1\n\n');
    await tick();
    // History has read all of its copy, but the client has not yet taken the last event.
    expect(settled).toBe(false);
    expect(decode((await reader.read()).value)).toBe('event:b\ndata:2\n\n');
    expect((await reader.read()).done).toBe(true);
    expect((await recorded).response.events).toHaveLength(2);
  });
});
