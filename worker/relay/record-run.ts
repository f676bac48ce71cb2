import { captureRun, type CaptureInput } from '../history/capture';
import type { RunRecord } from '../history/record';
import { saveRun } from '../history/store';
import { MIN_MASKED_TOKEN } from '../security/quotable';

/** A relayed call to record: what the capture needs, whose it is, and why it failed, if it did. */
export interface RunToRecord {
  readonly capture: CaptureInput;
  readonly ownerId: string;
  /** The caller's token: removed from the record wherever it appears, even echoed by the upstream. */
  readonly token: string;
  /** Our error, when the upstream never answered (timeout, refused connection). */
  readonly failure?: string;
}

/** The record with every occurrence of `token` (as is, or URL-encoded) replaced by `***`. */
export function withoutToken(run: RunRecord, token: string): RunRecord {
  if (token.length < MIN_MASKED_TOKEN) return run;
  let text = JSON.stringify(run);
  for (const form of new Set([token, encodeURIComponent(token)])) {
    text = text.replaceAll(JSON.stringify(form).slice(1, -1), '***');
  }
  return JSON.parse(text) as RunRecord;
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
    await saveRun(kv, run.ownerId, withoutToken(recorded, run.token));
  } catch (error) {
    console.error('history: could not record a run:', error instanceof Error ? error.message : String(error));
  }
}
