import { captureRun, type CaptureInput } from './capture';
import { saveRun } from './store';

/** A relayed call to record: what the capture needs, whose it is, and why it failed, if it did. */
export interface RunToRecord {
  readonly capture: CaptureInput;
  readonly ownerId: string;
  /** The caller's token: removed from the record wherever it appears, even echoed by the upstream. */
  readonly token: string;
  /** Our error, when the upstream never answered (timeout, refused connection). */
  readonly failure?: string;
  /** Spends the record's size from history's storage budget; false keeps the run without bodies. */
  readonly admit?: (bytes: number) => Promise<boolean>;
}

/**
 * Captures the response body and saves the run, after the response has been handed over
 * (`waitUntil`). Never throws: a failure is logged by message only, never with the request.
 * @example ctx.waitUntil(recordRun(env.HISTORY, { capture, ownerId, token }))
 */
export async function recordRun(kv: KVNamespace, run: RunToRecord): Promise<void> {
  try {
    const captured = await captureRun(run.capture);
    const recorded =
      run.failure === undefined ? captured : { ...captured, response: { ...captured.response, error: run.failure } };
    await saveRun(kv, run.ownerId, recorded, run.token, run.admit);
  } catch (error) {
    console.error('history: could not record a run:', error instanceof Error ? error.message : String(error));
  }
}
