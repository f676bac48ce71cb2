import { describe, expect, it } from 'vitest';
import { passThrough } from '../../worker/relay/pass-through';

const encode = (text: string) => new TextEncoder().encode(text);

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

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe('passThrough', () => {
  it('hands each chunk to the client as soon as it is read, and copies it for capture', async () => {
    const source = controlledSource();
    const { client, capture } = passThrough(source.stream, true);
    const captured = readAll(capture);
    const reader = client.getReader();
    source.controller.enqueue(encode('event:a\ndata:1\n\n'));
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('event:a\ndata:1\n\n');
    source.controller.enqueue(encode('event:b\ndata:2\n\n'));
    source.controller.close();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('event:b\ndata:2\n\n');
    expect((await reader.read()).done).toBe(true);
    expect(await captured).toBe('event:a\ndata:1\n\nevent:b\ndata:2\n\n');
  });

  it('ends an SSE client stream with an error event when the upstream breaks', async () => {
    const source = controlledSource();
    const { client, capture } = passThrough(source.stream, true);
    const captured = readAll(capture).catch((error: Error) => `capture failed: ${error.message}`);
    const reader = client.getReader();
    source.controller.enqueue(encode('event:a\ndata:1\n\n'));
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('event:a\ndata:1\n\n');
    source.controller.error(new Error('socket reset'));
    const last = await reader.read();
    const frame = new TextDecoder().decode(last.value);
    expect(frame).toMatch(/^event: error\ndata: .*\n\n$/);
    // Coze's fields, which an SDK reads from an `error` event, beside ours.
    expect(JSON.parse(frame.slice('event: error\ndata: '.length))).toMatchObject({
      code: 5000,
      msg: 'The upstream stream broke off: socket reset',
      error: { status: 502, code: 'stream_interrupted' },
    });
    expect((await reader.read()).done).toBe(true);
    expect(await captured).toContain('capture failed: The upstream stream broke off: socket reset');
  });

  it('cancels the upstream read when the client goes away', async () => {
    const source = controlledSource();
    const { client, capture } = passThrough(source.stream, false);
    const captured = readAll(capture).catch((error: Error) => error.message);
    await client.cancel('tab closed');
    expect(source.cancelled()).toBe('tab closed');
    expect(await captured).toContain('client closed the connection');
  });
});
