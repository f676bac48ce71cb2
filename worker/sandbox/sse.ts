import { replyHeaders } from './envelope';
import { sleep } from './pace';

/**
 * One frame of a chat stream, written as Coze writes them: no space after the colons, data as JSON
 * (so the end marker is the quoted string `"[DONE]"`).
 * @example chatFrame('done', '[DONE]') // 'event:done\ndata:"[DONE]"\n\n'
 */
export function chatFrame(event: string, data: unknown): string {
  return `event:${event}\ndata:${JSON.stringify(data)}\n\n`;
}

/**
 * One frame of a workflow stream: an `id:` line counting from 0, then the capitalised event name.
 * @example workflowFrame(0, 'Done', {}) // 'id: 0\nevent: Done\ndata: {}\n\n'
 */
export function workflowFrame(id: number, event: string, data: unknown): string {
  return `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** Where a producer writes frames: `send` queues one, `pause` flushes what is queued and waits. */
export interface SseOut {
  send(frame: string): Promise<void>;
  /** Flushes the queued frames, then waits `ms` (no flush and no wait for 0, so pace 0 sends in bulk). */
  pause(ms: number): Promise<void>;
}

// Frames queued between pauses go out together once they reach this size.
const FLUSH_BYTES = 16 * 1024;

/**
 * An SSE response whose frames `produce` writes while the client reads, so the first event arrives
 * before the last is made. Frames between two pauses travel as one chunk. A failure inside the
 * producer becomes the frame `onError` builds, since the headers are already sent; a client that
 * hangs up just stops the producer.
 */
export function sseResponse(
  logid: string,
  produce: (out: SseOut) => Promise<void>,
  onError: (message: string) => string,
): Response {
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const writer = writable.getWriter();
  const encoder = new TextEncoder();
  let queued = '';
  const flush = async () => {
    if (!queued) return;
    const chunk = encoder.encode(queued);
    queued = '';
    try {
      await writer.write(chunk);
    } catch {
      throw new ClientGoneError();
    }
  };
  const out: SseOut = {
    async send(frame) {
      queued += frame;
      if (queued.length >= FLUSH_BYTES) await flush();
    },
    async pause(ms) {
      if (ms <= 0) return;
      await flush();
      await sleep(ms);
    },
  };
  const run = async () => {
    try {
      await produce(out);
      await flush();
    } catch (error) {
      if (error instanceof ClientGoneError) return;
      console.error('sandbox stream failed:', error instanceof Error ? error.message : String(error));
      queued += onError('The sandbox failed while streaming; try again');
      await flush().catch(() => undefined);
    }
    await writer.close().catch(() => undefined);
  };
  void run();
  const headers = replyHeaders('text/event-stream; charset=utf-8', logid);
  headers.set('cache-control', 'no-cache');
  return new Response(readable, { status: 200, headers });
}

/** Thrown by a flush once the client has stopped reading. */
export class ClientGoneError extends Error {
  constructor() {
    super('the client closed the stream');
  }
}
