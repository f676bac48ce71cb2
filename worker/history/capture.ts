import { createSseParser, type SseEvent } from '../../lib/sse-parser';
import { utf8Length } from '../../lib/utf8-length';
import { streamInterrupted } from '../relay/pass-through';
import type { RunEvent, RunRecord } from '../../lib/run-record';
import type { PassThrough } from '../relay/pass-through';

/** How much of a run is recorded; a few hundred KiB, far under KV's 25 MiB value limit. */
export const CAPTURE_LIMITS = {
  /** Events recorded of one stream. */
  events: 2_000,
  /** UTF-8 bytes of event data recorded of one stream, all events together. */
  eventDataBytes: 256 * 1024,
  /** Bytes of a stream history reads and holds, as they arrived; its events are parsed from them. */
  streamBytes: 256 * 1024,
  /** UTF-8 bytes recorded of a JSON or text response body. */
  bodyBytes: 256 * 1024,
  /** UTF-8 bytes recorded of a request body (the relay accepts up to 20 MB). */
  requestBodyBytes: 256 * 1024,
} as const;

/** What the relay knows of a run when it hands the response body over for recording. */
export interface CaptureInput {
  readonly runId: string;
  readonly endpointId: string;
  readonly region: RunRecord['region'];
  /** Epoch milliseconds when the upstream call was sent. */
  readonly startedAt: number;
  readonly ttfbMs: number;
  readonly request: {
    readonly method: string;
    readonly url: string;
    readonly headers: Record<string, string>;
    readonly body?: string;
    readonly bodyNote?: string;
  };
  readonly response: { readonly status: number; readonly headers: Record<string, string> };
  /** Where the request failed the catalog's schema, already masked; it was sent anyway. */
  readonly validation?: RunRecord['validation'];
  readonly kind: RunRecord['response']['kind'];
  /**
   * The relay's copy of the upstream body: read as it arrives, a pause of {@link GATHER_MS}
   * between reads, and cancelled as soon as history holds all it keeps, so the rest flows to the
   * client without JavaScript.
   */
  readonly body: ReadableStream<Uint8Array> | null;
  /** A body the relay read whole before answering (a JSON answer): recorded from these bytes, in place of `body`. */
  readonly bodyBytes?: Uint8Array;
  /**
   * Aborted when the client's copy stops early (the client left): the capture cancels its copy at
   * once, which ends the upstream call, and records the signal's reason as the run's error.
   */
  readonly clientGone?: AbortSignal;
  /**
   * Settles when the client's copy has ended ({@link PassThrough.delivered}): the record is handed
   * on only then, so redacting and saving it never competes with the stream it records.
   */
  readonly delivered?: Promise<unknown>;
  /** The clock; tests pass their own. */
  readonly now?: () => number;
  /** Told, after each chunk, how much of the body the capture holds unrecorded; tests watch the bound. */
  readonly probe?: (heldChars: number) => void;
}

interface Recorded {
  body?: string;
  events?: RunEvent[];
  truncated: boolean;
  /** Why the body is incomplete although the stream ended cleanly. */
  incomplete?: string;
}

interface Recorder {
  push(bytes: Uint8Array): void;
  /** Whether history keeps nothing more of this body, so reading on would only cost time. */
  full(): boolean;
  finish(): Recorded;
  /** Characters held beyond what is recorded (an SSE line or event still arriving). */
  held(): number;
}

const encoder = new TextEncoder();

/** Text cut to at most `maxBytes` of UTF-8, never inside a character. */
function capText(text: string, maxBytes: number): { text: string; bytes: number; truncated: boolean } {
  const bytes = encoder.encode(text);
  if (bytes.byteLength <= maxBytes) return { text, bytes: bytes.byteLength, truncated: false };
  // Streaming mode leaves out a character whose bytes the cut split.
  return {
    text: new TextDecoder().decode(bytes.subarray(0, maxBytes), { stream: true }),
    bytes: bytes.byteLength,
    truncated: true,
  };
}

const LF = 0x0a;

/** How many event ends (an LF right after an LF) `bytes` holds, `before` being the byte ahead of it. */
function eventEnds(bytes: Uint8Array, before: number): number {
  let ends = 0;
  // indexOf runs natively: no JavaScript per byte, only per line.
  for (let at = bytes.indexOf(LF); at !== -1; at = bytes.indexOf(LF, at + 1)) {
    if ((at > 0 ? bytes[at - 1] : before) === LF) ends++;
  }
  return ends;
}

/**
 * Records an SSE body as timed events. While the stream flows it only keeps the bytes of each read
 * with the time it took them, and counts event ends natively: the events are parsed in `finish()`,
 * once the client's copy has ended, so no parsing runs on the thread that moves the client's stream
 * (in workerd a 1,000-delta stream through the relay reached 39 to 53% of the bare worker's rate
 * while a tee read the same way without parsing reached 65 to 71%; parsing after delivery took one
 * A/B from 48 to 55%). Each event's offset is still
 * the moment the read that completed it arrived. Reading stops at history's limits: at
 * {@link CAPTURE_LIMITS.streamBytes}, or once more events than {@link CAPTURE_LIMITS.events} have
 * ended (counted by LF LF; a stream with CR line ends is bounded by its bytes alone).
 */
function sseRecorder(startedAt: number, now: () => number): Recorder {
  const reads: { bytes: Uint8Array; offsetMs: number }[] = [];
  let held = 0;
  let ends = 0;
  let lastByte = -1;
  let stopped = false;
  return {
    full: () => stopped,
    push(bytes) {
      if (stopped) return;
      const room = CAPTURE_LIMITS.streamBytes - held;
      // A copy: the reader reuses its buffer for the next read.
      const kept = bytes.slice(0, Math.min(room, bytes.byteLength));
      reads.push({ bytes: kept, offsetMs: Math.max(0, now() - startedAt) });
      held += kept.byteLength;
      ends += eventEnds(kept, lastByte);
      lastByte = kept.byteLength ? kept[kept.byteLength - 1]! : lastByte;
      if (bytes.byteLength > room || ends > CAPTURE_LIMITS.events) stopped = true;
    },
    held: () => held,
    finish() {
      const decoder = new TextDecoder();
      // A line or an event larger than all the data history keeps could never be recorded.
      const parser = createSseParser({ maxBufferedChars: CAPTURE_LIMITS.eventDataBytes });
      const events: RunEvent[] = [];
      let dataBytes = 0;
      // Set once an event would pass history's limits: the events before it stand.
      let atLimits = false;
      const record = (completed: readonly SseEvent[], offsetMs: number) => {
        for (const event of completed) {
          // Names and ids count too: 2,000 events with huge names would otherwise slip past the bound.
          const size = utf8Length(event.data) + event.event.length + (event.id?.length ?? 0);
          if (events.length >= CAPTURE_LIMITS.events || dataBytes + size > CAPTURE_LIMITS.eventDataBytes) {
            atLimits = true;
            return;
          }
          dataBytes += size;
          events.push({
            event: event.event,
            data: event.data,
            ...(event.id !== undefined ? { id: event.id } : {}),
            offsetMs,
          });
        }
      };
      // Events completed by one read arrived together, when that read did.
      for (const read of reads) {
        if (atLimits || parser.overflowed()) break;
        record(parser.push(decoder.decode(read.bytes, { stream: true })), read.offsetMs);
      }
      // Stopped early, or an event or a line outgrew what history keeps: the rest is not recorded.
      const truncated = stopped || atLimits || parser.overflowed();
      if (truncated) return { events, truncated };
      record([...parser.push(decoder.decode()), ...parser.finish()], reads.at(-1)?.offsetMs ?? 0);
      if (atLimits) return { events, truncated: true };
      const incomplete = parser.pending() ? 'The stream ended inside an event, which was dropped' : undefined;
      return { events, truncated, ...(incomplete ? { incomplete } : {}) };
    },
  };
}

function textRecorder(): Recorder {
  const kept: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  return {
    full: () => truncated,
    push(bytes) {
      if (truncated) return;
      const room = CAPTURE_LIMITS.bodyBytes - size;
      if (bytes.byteLength > room) truncated = true;
      // A copy: the same chunk also goes to the client, whose side may take its buffer over.
      const part = bytes.slice(0, Math.min(room, bytes.byteLength));
      kept.push(part);
      size += part.byteLength;
    },
    finish() {
      const all = new Uint8Array(size);
      let offset = 0;
      for (const part of kept) {
        all.set(part, offset);
        offset += part.byteLength;
      }
      return { body: new TextDecoder().decode(all, { stream: truncated }), truncated };
    },
    held: () => 0,
  };
}

/** Keeps nothing of a binary body; its size is counted up to the body limit. */
function binaryRecorder(): Recorder {
  let size = 0;
  return {
    push(bytes) {
      size += bytes.byteLength;
    },
    full: () => size > CAPTURE_LIMITS.bodyBytes,
    finish: () => ({ truncated: false }),
    held: () => 0,
  };
}

function recorderFor(kind: CaptureInput['kind'], startedAt: number, now: () => number): Recorder {
  if (kind === 'sse') return sseRecorder(startedAt, now);
  if (kind === 'binary') return binaryRecorder();
  return textRecorder();
}

function requestOf(request: CaptureInput['request']): RunRecord['request'] {
  const { method, url, headers } = request;
  let { body, bodyNote } = request;
  if (body !== undefined) {
    const capped = capText(body, CAPTURE_LIMITS.requestBodyBytes);
    body = capped.text;
    if (capped.truncated) {
      const note = `Body cut at ${CAPTURE_LIMITS.requestBodyBytes} of ${capped.bytes} bytes`;
      bodyNote = bodyNote ? `${bodyNote}; ${note}` : note;
    }
  }
  return {
    method,
    url,
    headers: { ...headers },
    ...(body !== undefined ? { body } : {}),
    ...(bodyNote !== undefined ? { bodyNote } : {}),
  };
}

/**
 * How long history waits before its next read when chunks come less than this apart. Events that
 * arrive while it waits are stamped when the next read takes them, so this bounds how late an
 * offset can be in a burst (the timing test allows 5 ms); an event that comes after a quiet spell
 * finds the read already waiting and is stamped at once.
 */
export const GATHER_MS = 2;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Bytes read: a chunk, or as many queued chunks as fit in one buffer. */
interface BodyReader {
  read(): Promise<{ done: true; value?: undefined } | { done: false; value: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
}

/** Room for what queues up during one pause of a fast stream; the recorders copy what they keep. */
const READ_BYTES = 64 * 1024;

/**
 * A reader of the body that takes everything queued in one read: a byte stream (the runtime's own,
 * as a fetched body and its tee branches are) is read into one reused buffer; any other stream one
 * chunk at a time.
 */
function readerOf(body: ReadableStream<Uint8Array>): BodyReader {
  let byob: ReadableStreamBYOBReader;
  try {
    byob = body.getReader({ mode: 'byob' });
  } catch {
    return body.getReader();
  }
  let buffer = new ArrayBuffer(READ_BYTES);
  return {
    async read() {
      const result = await byob.read(new Uint8Array(buffer));
      if (result.done || !result.value) return { done: true };
      buffer = result.value.buffer;
      return { done: false, value: result.value };
    },
    cancel: (reason) => byob.cancel(reason),
  };
}

/**
 * Reads a relayed response body to its end and builds the run record: SSE as timed events, JSON
 * and text as body text, binary as a byte count, each within {@link CAPTURE_LIMITS}. A stream that
 * breaks off keeps what arrived and records why. Credentials are removed later, by `saveRun`.
 * @example ctx.waitUntil(captureRun({ ...run, body: split.capture }).then((record) => saveRun(env.HISTORY, ownerId, record)))
 */
export async function captureRun(input: CaptureInput): Promise<RunRecord> {
  const now = input.now ?? Date.now;
  const recorder = recorderFor(input.kind, input.startedAt, now);
  let bytes = 0;
  let error: string | undefined;
  // Set when reading stopped at history's limits: `bytes` then counts only what was read.
  let stoppedAtLimits = false;
  if (input.bodyBytes) {
    bytes = input.bodyBytes.byteLength;
    recorder.push(input.bodyBytes);
  } else if (input.body) {
    const reader = readerOf(input.body);
    const gone = input.clientGone;
    const leave = () => {
      error = gone?.reason instanceof Error ? gone.reason.message : String(gone?.reason);
      void reader.cancel(gone?.reason).catch(() => {});
    };
    if (gone?.aborted) leave();
    else gone?.addEventListener('abort', leave, { once: true });
    let lastReadAt = -Infinity;
    try {
      // Only a stream's events are timed: any other body is read once the client's copy has had
      // its first chunks, which for a JSON answer is all of it.
      if (input.kind !== 'sse') await pause(GATHER_MS);
      while (error === undefined) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.byteLength;
        recorder.push(value);
        input.probe?.(recorder.held());
        if (recorder.full()) {
          stoppedAtLimits = true;
          await reader.cancel('history holds all it keeps of this body').catch(() => {});
          break;
        }
        // Chunks coming back to back: the runtime's tee pushes each to the client's branch as it
        // arrives and queues it for this one, so pausing holds nothing back from the client, and
        // the next read takes what arrived meanwhile in one piece instead of one JavaScript read
        // per HTTP chunk. After a quiet spell the read is already waiting, so its stamp is exact.
        const at = Date.now();
        if (at - lastReadAt < GATHER_MS) await pause(GATHER_MS);
        lastReadAt = at;
      }
    } catch (cause) {
      error ??= streamInterrupted(cause).message;
    } finally {
      gone?.removeEventListener('abort', leave);
    }
  }
  const recorded: Recorded =
    input.body || input.bodyBytes
      ? recorder.finish()
      : { truncated: false, ...(input.kind === 'sse' ? { events: [] } : {}) };
  const { incomplete, ...kept } = recorded;
  error ??= incomplete;
  const durationMs = Math.max(0, now() - input.startedAt);
  await input.delivered?.catch(() => {});
  return {
    id: input.runId,
    endpointId: input.endpointId,
    region: input.region,
    startedAt: input.startedAt,
    durationMs,
    ttfbMs: input.ttfbMs,
    request: requestOf(input.request),
    ...(input.validation?.length ? { validation: input.validation } : {}),
    response: {
      status: input.response.status,
      headers: { ...input.response.headers },
      kind: input.kind,
      ...kept,
      bytes,
      ...(stoppedAtLimits ? { bytesAtLeast: true as const } : {}),
      ...(error !== undefined ? { error } : {}),
    },
  };
}
