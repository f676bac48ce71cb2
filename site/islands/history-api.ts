import type { RunRecord, RunSummary } from '../../worker/history/record';
import { isApiErrorBody } from '../../lib/api-error';

export type { RunRecord, RunSummary };

async function getJson<T>(path: string, token: string): Promise<T> {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new Error(isApiErrorBody(body) ? body.error.message : `History answered ${response.status}`);
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
