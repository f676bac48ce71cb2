import { ApiError } from '../../lib/api-error';

/** The two copies of one upstream body, and word of the client leaving early. */
export interface PassThrough {
  /** The client's copy: moved by the runtime from the upstream, with no JavaScript per chunk. */
  readonly client: ReadableStream<Uint8Array>;
  /**
   * History's copy, a native tee branch: the runtime pushes each chunk to the client's branch as it
   * arrives and queues it for this one. Read it without waiting for more than is there (a read that
   * waits for a size, `readAtLeast`, makes the runtime fill the client's branch at that size too,
   * holding events back), and cancel it once history has all it keeps.
   */
  readonly capture: ReadableStream<Uint8Array>;
  /**
   * Aborted when the client's copy stops before the end (the client left; for a non-SSE body,
   * possibly the upstream broke). The upstream call ends only when both branches are cancelled,
   * so whoever reads `capture` must cancel it then; the reason says what to record.
   */
  readonly clientGone: AbortSignal;
  /**
   * Settles when the client's copy has ended, whole or not. Recording waits for it: the runtime
   * moves the client's chunks on the same thread that runs JavaScript, so redacting and saving a
   * run while the stream still flows would hold the client's events back.
   */
  readonly delivered: Promise<void>;
}

const encoder = new TextEncoder();

/** An SSE `error` event carrying our error body: once a stream has started, headers are gone. */
export function sseErrorFrame(error: ApiError): Uint8Array {
  return encoder.encode(`event: error\ndata: ${JSON.stringify(error.toBody())}\n\n`);
}

/** Our error for an upstream body that broke off mid-stream. */
export function streamInterrupted(cause: unknown): ApiError {
  const message = cause instanceof Error ? cause.message : String(cause);
  return new ApiError(502, 'stream_interrupted', `The upstream stream broke off: ${message}`);
}

/** Why the capture stopped when the client left: recorded in the run. */
export const CLIENT_GONE_MESSAGE = 'The client closed the connection before the response ended';

/** Why history stops when a non-SSE client's copy ends early: nothing can be written to tell which side broke. */
export const COPY_STOPPED_MESSAGE =
  'The response to the client ended early: the client closed the connection or the upstream broke off';

/**
 * Splits an upstream body for the client and for history with the runtime's own `tee()`, and
 * pipes the client's branch natively into the response, so chunks reach the client at the
 * platform's speed however history reads. The pipe leaves the response open when it stops
 * (`preventClose`/`preventAbort`) so an SSE client gets our `error` event instead of a silently
 * cut stream; when the client has gone, `clientGone` tells history to cancel its branch too,
 * which ends the upstream call.
 */
export function passThrough(body: ReadableStream<Uint8Array>, isSse: boolean): PassThrough {
  const [toClient, capture] = body.tee();
  const { readable, writable } = new IdentityTransformStream();
  const gone = new AbortController();
  // Only an SSE response needs to stay open when the upstream ends (for our error event); any other
  // is closed by the runtime itself, with no JavaScript between its last byte and its end.
  const delivered = toClient.pipeTo(writable, { preventClose: isSse, preventAbort: true }).then(
    // A client that left just as the upstream ended has nothing left to close.
    () => (isSse ? writable.close().catch(() => {}) : undefined),
    async (cause: unknown) => {
      // workerd reports the same error, on the same errored branch, whether the upstream broke or
      // the client left (its pipe runs from the tee straight into the response). Writing tells
      // them apart: the client's side takes our error event only if the client is still there.
      const writer = writable.getWriter();
      const error = streamInterrupted(cause);
      if (!isSse) {
        await writer.abort(error).catch(() => {});
        gone.abort(new Error(COPY_STOPPED_MESSAGE));
        return;
      }
      try {
        await writer.write(sseErrorFrame(error));
        await writer.close();
      } catch {
        gone.abort(new Error(CLIENT_GONE_MESSAGE));
      }
    },
  );
  return { client: readable, capture, clientGone: gone.signal, delivered };
}
