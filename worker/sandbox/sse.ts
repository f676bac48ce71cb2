import { CozeCode, CozeError, replyHeaders } from './envelope';
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
 * What one sandbox stream may cost: a workflow with 10,000 parameters would otherwise stream
 * 10,028 events, for hours at the slowest pace, and a caller could open any number at once.
 */
export const SANDBOX_STREAM_LIMITS = {
  /** Frames in one stream; the stream then ends with the endpoint's error event. */
  events: 2_000,
  /** Wall time of one stream, pauses included. */
  durationMs: 120_000,
  /** Streams open at once per sandbox session (one session per token owner). */
  concurrent: 4,
} as const;

/** The streams a sandbox session has open; a new one is refused (Coze's 4013, HTTP 429) when all are taken. */
export class StreamSlots {
  private open = 0;

  constructor(private readonly max: number = SANDBOX_STREAM_LIMITS.concurrent) {}

  /** Takes a slot, or throws the refusal a caller gets. */
  take(): void {
    if (this.open >= this.max) {
      throw new CozeError(
        CozeCode.tooManyRequests,
        `The sandbox streams at most ${this.max} responses at once per token: let one finish or stop it, then try again`,
        429,
      );
    }
    this.open++;
  }

  release(): void {
    this.open = Math.max(0, this.open - 1);
  }

  get inUse(): number {
    return this.open;
  }
}

/** Thrown inside a producer when its stream reached a limit of {@link SANDBOX_STREAM_LIMITS}. */
class StreamLimitError extends Error {}

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
  slots?: StreamSlots,
  limits: { readonly events: number; readonly durationMs: number } = SANDBOX_STREAM_LIMITS,
): Response {
  slots?.take();
  const deadline = Date.now() + limits.durationMs;
  let frames = 0;
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
      if (frames >= limits.events) {
        throw new StreamLimitError(`The sandbox ends a stream after ${limits.events} events`);
      }
      frames++;
      queued += frame;
      if (queued.length >= FLUSH_BYTES) await flush();
    },
    async pause(ms) {
      if (ms <= 0) return;
      if (Date.now() + ms > deadline) {
        throw new StreamLimitError(`The sandbox ends a stream after ${limits.durationMs / 1000} s`);
      }
      await flush();
      await sleep(ms);
    },
  };
  const run = async () => {
    try {
      await produce(out);
      await flush();
    } catch (error) {
      if (error instanceof ClientGoneError) return slots?.release();
      if (error instanceof StreamLimitError) queued += onError(`${error.message}: ask for less, or a faster pace`);
      else {
        console.error('sandbox stream failed:', error instanceof Error ? error.message : String(error));
        queued += onError('The sandbox failed while streaming; try again');
      }
      await flush().catch(() => undefined);
    }
    slots?.release();
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
