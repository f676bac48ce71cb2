import { saveRun } from '../history/store';
import type { RunRecord } from '../history/record';
import { withoutToken } from '../relay/record-run';

/**
 * Saves a finished WebSocket session to the owner's history, token removed wherever it appears.
 * Never throws: runs in `waitUntil` after the session, and a failure is logged by message only.
 */
export async function recordSession(kv: KVNamespace, ownerId: string, token: string, run: RunRecord): Promise<void> {
  try {
    await saveRun(kv, ownerId, withoutToken(run, token));
  } catch (error) {
    console.error('history: could not record a session:', error instanceof Error ? error.message : String(error));
  }
}
