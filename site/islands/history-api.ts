import type { RunRecord, RunSummary } from '../../lib/run-record';
import { isApiErrorBody } from '../../lib/api-error';

export type { RunRecord, RunSummary };

/** How many runs the history list shows: what `GET /api/history` answers with. */
const LISTED = 5;

/** An answer of the history API other than 200, with its status. */
class HistoryError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function getJson<T>(path: string, token: string): Promise<T> {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok)
    throw new HistoryError(
      response.status,
      isApiErrorBody(body) ? body.error.message : `History answered ${response.status}`,
    );
  return body as T;
}

/** The token owner's last runs of an endpoint, newest first. */
export async function listRuns(endpointId: string, token: string): Promise<RunSummary[]> {
  return (await getJson<{ runs: RunSummary[] }>(`/api/history?endpoint=${encodeURIComponent(endpointId)}`, token)).runs;
}

/** One recorded run. */
export async function getRun(runId: string, token: string): Promise<RunRecord> {
  return (await getJson<{ run: RunRecord }>(`/api/history/${encodeURIComponent(runId)}`, token)).run;
}

/**
 * The record of a run just made, once history has saved it. The worker saves a run after its body
 * ends, off the response's path, so the record may lag the response by a moment: a 404 is asked again,
 * 150 ms later and twice as long each time, 7 times in all (about 9.5 s); then it gives up with
 * undefined. Any other failure is thrown.
 * @example const run = await waitForRun(response.headers.get(RUN_ID_HEADER), token)
 */
export async function waitForRun(
  runId: string,
  token: string,
  { sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms)) } = {},
): Promise<RunRecord | undefined> {
  for (let attempt = 0, waitMs = 150; attempt < 7; attempt++, waitMs *= 2) {
    try {
      return await getRun(runId, token);
    } catch (error) {
      if (!(error instanceof HistoryError && error.status === 404)) throw error;
    }
    if (attempt < 6) await sleep(waitMs);
  }
  return undefined;
}

/**
 * The history list with a saved run in it: KV lists keys only eventually, so a run read back by its id
 * may be missing from a list read just after. The summary is what the worker keeps as the key's metadata.
 */
export function listedWith(runs: readonly RunSummary[], saved: RunRecord | undefined): readonly RunSummary[] {
  if (!saved || runs.some((run) => run.id === saved.id)) return runs;
  const summary: RunSummary = {
    id: saved.id,
    endpointId: saved.endpointId,
    status: saved.response.status,
    startedAt: saved.startedAt,
    durationMs: saved.durationMs,
    region: saved.region,
    method: saved.request.method,
    kind: saved.response.kind,
  };
  return [...runs, summary].sort((a, b) => b.startedAt - a.startedAt).slice(0, LISTED);
}
