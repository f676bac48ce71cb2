import type { RunRecord } from '../../lib/run-record';
import { saveRun } from '../history/store';

/**
 * Saves a finished WebSocket session to the owner's history, the token removed in every spelling
 * and its size spent from history's storage budget (`admit`), as for any relayed run. Never throws:
 * runs in `waitUntil` after the session, and a failure is logged by message only.
 */
export async function recordSession(
  kv: KVNamespace,
  ownerId: string,
  token: string,
  run: RunRecord,
  admit?: (bytes: number) => Promise<boolean>,
): Promise<void> {
  try {
    await saveRun(kv, ownerId, run, token, admit);
  } catch (error) {
    console.error('history: could not record a session:', error instanceof Error ? error.message : String(error));
  }
}
