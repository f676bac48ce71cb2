import * as v from 'valibot';
import { ApiError } from '../../lib/api-error';
import { RUN_TTL_SECONDS, parseRunId, runIdOfKey, runKey, runPrefix, startedAtOf } from './keys';
import { RunRecordSchema, RunSummarySchema, type RunMetadata, type RunRecord, type RunSummary } from '../../lib/run-record';
import { redactRun } from './redact';

export { newRunId } from './keys';

const TTL_MS = RUN_TTL_SECONDS * 1000;
// KV lists at most 1000 keys a call.
const LIST_LIMIT_MAX = 1000;

function unavailable(operation: string, error: unknown): ApiError {
  // The message only: KV errors name no values, and the request that led here may carry a token.
  console.error(`history: KV ${operation} failed:`, error instanceof Error ? error.message : String(error));
  return new ApiError(503, 'history_unavailable', 'Run history is unavailable right now; try again shortly');
}

function metadataOf(run: RunRecord): RunMetadata {
  return {
    endpointId: run.endpointId,
    status: run.response.status,
    startedAt: run.startedAt,
    durationMs: run.durationMs,
    region: run.region,
    method: run.request.method,
    kind: run.response.kind,
  };
}

/** Why a run was kept without its bodies and events although KV would have taken them. */
export const OVER_BUDGET =
  'History’s storage budget for this caller or address is spent for this minute: the run is kept without its bodies and events';

// What is left when the full record cannot be written: the call itself, without bodies or events.
function reducedRun(run: RunRecord, reason: string): RunRecord {
  const { body: _requestBody, ...request } = run.request;
  const { body: _responseBody, events: _events, ...response } = run.response;
  return {
    ...run,
    request: { ...request, bodyNote: request.bodyNote ?? 'Not recorded' },
    response: { ...response, truncated: true },
    saveError: reason,
  };
}

/**
 * Stores a run under its owner with a 7-day TTL and its summary as metadata, with credentials and
 * the caller's `secret` (their token, when the run was made with one) removed in every spelling.
 * `admit` is asked for the record's size first; when it refuses, the run is stored reduced.
 * Runs inside `waitUntil`, after the client has its answer, so a failed write is retried once
 * without bodies (recording why in `saveError`) and then only logged.
 */
export async function saveRun(
  kv: KVNamespace,
  ownerId: string,
  run: RunRecord,
  secret?: string,
  admit?: (bytes: number) => Promise<boolean>,
): Promise<void> {
  const parts = parseRunId(run.id);
  if (!parts || parts.endpointId !== run.endpointId) throw new Error('The run id does not name the run’s endpoint');
  const key = runKey(ownerId, parts);
  const clean = v.parse(RunRecordSchema, redactRun(run, secret));
  const options = { expirationTtl: RUN_TTL_SECONDS, metadata: metadataOf(clean) };
  let value = JSON.stringify(clean);
  if (admit && !(await admit(value.length + key.length))) {
    // Over the storage budget: the call itself is still listed, without what made it large.
    value = JSON.stringify(reducedRun(clean, OVER_BUDGET));
  }
  try {
    await kv.put(key, value, options);
  } catch (error) {
    const reason = `The full record could not be saved: ${error instanceof Error ? error.message : String(error)}`;
    try {
      await kv.put(key, JSON.stringify(reducedRun(clean, reason)), options);
    } catch (again) {
      console.error('history: could not save a run:', again instanceof Error ? again.message : String(again));
    }
  }
}

/**
 * The owner's latest runs of one endpoint, newest first, read from key metadata alone.
 * @example await listRuns(env.HISTORY, ownerId, 'create-chat') // → [{ id: 'create-chat.8281…', status: 200, … }]
 */
export async function listRuns(
  kv: KVNamespace,
  ownerId: string,
  endpointId: string,
  limit = 5,
  now = Date.now(),
): Promise<RunSummary[]> {
  const prefix = runPrefix(ownerId, endpointId);
  let page: KVNamespaceListResult<unknown>;
  try {
    page = await kv.list({ prefix, limit: Math.min(Math.max(Math.trunc(limit), 1), LIST_LIMIT_MAX) });
  } catch (error) {
    throw unavailable('list', error);
  }
  // KV expiry is lazy; a run older than the TTL is gone even if its key lingers.
  const since = now - TTL_MS;
  return page.keys.flatMap((key) => {
    const id = runIdOfKey(key.name);
    const metadata = v.safeParse(RunSummarySchema, key.metadata);
    if (!id || !metadata.success || metadata.output.endpointId !== endpointId || metadata.output.startedAt < since) {
      return [];
    }
    return [{ id, ...metadata.output }];
  });
}

/**
 * One of the owner's runs, or undefined when the id is malformed (no KV read then), unknown,
 * another owner's, older than the TTL, or stored in a shape that no longer validates.
 */
export async function getRun(
  kv: KVNamespace,
  ownerId: string,
  runId: string,
  now = Date.now(),
): Promise<RunRecord | undefined> {
  const parts = parseRunId(runId);
  if (!parts || startedAtOf(parts) < now - TTL_MS) return undefined;
  const key = runKey(ownerId, parts);
  let text: string | null;
  try {
    text = await kv.get(key, 'text');
  } catch (error) {
    throw unavailable('get', error);
  }
  if (text === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const run = v.safeParse(RunRecordSchema, value);
  return run.success && run.output.id === runId ? run.output : undefined;
}
