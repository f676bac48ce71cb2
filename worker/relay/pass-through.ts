import { ApiError } from '../../lib/api-error';

/** The two readers of one upstream body: the client's, and the history capture's. */
export interface PassThrough {
  readonly client: ReadableStream<Uint8Array>;
  readonly capture: ReadableStream<Uint8Array>;
}

const encoder = new TextEncoder();

/** An SSE `error` event carrying our error body: once a stream has started, headers are gone. */
export function sseErrorFrame(error: ApiError): Uint8Array {
  return encoder.encode(`event: error\ndata: ${JSON.stringify(error.toBody())}\n\n`);
}

/**
 * Splits an upstream body for the client and for capture, like `tee()` but with the semantics a
 * relay needs: each chunk goes to the client the moment it is read (pulled by the client, so no
 * buffering ahead of it); when the client goes away the upstream read is cancelled rather than
 * left running for the capture alone; when the upstream breaks mid-stream an SSE client gets an
 * `error` event instead of a silently truncated stream, and the capture sees the error too.
 */
export function passThrough(body: ReadableStream<Uint8Array>, isSse: boolean): PassThrough {
  const reader = body.getReader();
  let capture!: ReadableStreamDefaultController<Uint8Array>;
  let captureOpen = true;
  const captureStream = new ReadableStream<Uint8Array>({
    start(controller) {
      capture = controller;
    },
    // A capture that stops reading must not break the client's stream.
    cancel() {
      captureOpen = false;
    },
  });
  const endCapture = (error?: Error) => {
    if (!captureOpen) return;
    captureOpen = false;
    if (error) capture.error(error);
    else capture.close();
  };
  const client = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          controller.close();
          endCapture();
          return;
        }
        controller.enqueue(value);
        if (captureOpen) capture.enqueue(value);
      } catch (cause) {
        const error = new ApiError(
          502,
          'stream_interrupted',
          `The upstream stream broke off: ${(cause as Error).message}`,
        );
        if (isSse) {
          controller.enqueue(sseErrorFrame(error));
          controller.close();
        } else {
          controller.error(error);
        }
        endCapture(error);
      }
    },
    async cancel(reason) {
      endCapture(new Error('The client closed the connection before the response ended'));
      await reader.cancel(reason);
    },
  });
  return { client, capture: captureStream };
}
