import { afterEach, describe, expect, it, vi } from 'vitest';
import { listedWith, waitForRun, type RunRecord, type RunSummary } from '../../site/islands/history-api';

const RUN_ID = 'create-chat.8203645995717.34f2df42725bcb13153509ac9717588a';
const record: RunRecord = {
  id: RUN_ID,
  endpointId: 'create-chat',
  region: 'sandbox',
  startedAt: 1_700_000_000_000,
  durationMs: 420,
  ttfbMs: 40,
  request: { method: 'POST', url: 'https://p.test/api/relay/sandbox/v3/chat', headers: {} },
  response: { status: 200, headers: {}, kind: 'sse', bytes: 10, truncated: false },
};
const summary = (id: string, startedAt: number): RunSummary => ({
  id,
  endpointId: 'create-chat',
  status: 200,
  startedAt,
  durationMs: 1,
  region: 'sandbox',
  method: 'POST',
  kind: 'json',
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const notSavedYet = () => json(404, { error: { status: 404, code: 'not_found', message: 'No such run' } });

afterEach(() => vi.unstubAllGlobals());

describe('waitForRun', () => {
  it('asks for the run by its id until history has saved it, waiting longer each time', async () => {
    const answers = [notSavedYet(), notSavedYet(), notSavedYet(), json(200, { run: record })];
    const fetch = vi.fn(async () => answers.shift()!);
    vi.stubGlobal('fetch', fetch);
    const waits: number[] = [];
    const run = await waitForRun(RUN_ID, 'tok', { sleep: async (ms) => void waits.push(ms) });
    expect(run).toEqual(record);
    expect(fetch).toHaveBeenCalledTimes(4);
    expect(fetch.mock.calls[0]).toEqual([
      `/api/history/${RUN_ID}`,
      { headers: { Authorization: 'Bearer tok' }, cache: 'no-store' },
    ]);
    expect(waits).toEqual([150, 300, 600]);
  });

  it('gives up, with nothing, when the run is never saved', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => notSavedYet()),
    );
    const waits: number[] = [];
    expect(await waitForRun(RUN_ID, 'tok', { sleep: async (ms) => void waits.push(ms) })).toBeUndefined();
    expect(waits).toEqual([150, 300, 600, 1200, 2400, 4800]);
  });

  it('stops at once on any other answer, with its message', async () => {
    const unavailable = json(503, { error: { status: 503, code: 'history_unavailable', message: 'KV is down' } });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => unavailable),
    );
    await expect(waitForRun(RUN_ID, 'tok', { sleep: async () => undefined })).rejects.toThrow('KV is down');
  });
});

describe('listedWith', () => {
  const older = [summary('b', 3), summary('c', 2), summary('d', 1)];

  it('puts a saved run the list does not show yet in its place, newest first', () => {
    expect(listedWith(older, record).map((run) => run.id)).toEqual([RUN_ID, 'b', 'c', 'd']);
    expect(listedWith(older, record)[0]).toEqual({
      id: RUN_ID,
      endpointId: 'create-chat',
      status: 200,
      startedAt: record.startedAt,
      durationMs: 420,
      region: 'sandbox',
      method: 'POST',
      kind: 'sse',
    });
  });

  it('keeps the list as it is when it already has the run, or there is none', () => {
    const listed = [summary(RUN_ID, record.startedAt), ...older];
    expect(listedWith(listed, record)).toBe(listed);
    expect(listedWith(older, undefined)).toBe(older);
  });

  it('keeps five runs, as history does', () => {
    const five = [5, 4, 3, 2, 1].map((n) => summary(`r${n}`, n));
    expect(listedWith(five, record).map((run) => run.id)).toEqual([RUN_ID, 'r5', 'r4', 'r3', 'r2']);
  });
});
