import { env, exports } from 'cloudflare:workers';
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import worker from '../../worker/index';

// KV misbehaves: the relayed run still completes for the client; history says what it could not
// keep (a reduced record with the reason), or answers 503 in our shape when it cannot be read.
const TOKEN = `pat_kvfault_${crypto.randomUUID().replaceAll('-', '')}`;

/** The real KV binding with some methods made to throw, and a count of the calls to each. */
function failingKv(failing: Partial<Record<'put' | 'list' | 'get', number>>) {
  const calls: Record<string, number> = {};
  const real = env.HISTORY as unknown as Record<string, (...args: unknown[]) => unknown>;
  const kv = new Proxy(real, {
    get(target, name: string) {
      const method = target[name];
      if (typeof method !== 'function') return method;
      return (...args: unknown[]) => {
        calls[name] = (calls[name] ?? 0) + 1;
        const failFor = failing[name as 'put' | 'list' | 'get'];
        if (failFor !== undefined && calls[name]! <= failFor) {
          return Promise.reject(new Error(`KV ${name} failed: injected fault`));
        }
        return method.apply(target, args);
      };
    },
  });
  return { kv: kv as unknown as KVNamespace, calls };
}

async function viaWorker(kv: KVNamespace, request: Request) {
  const ctx = createExecutionContext();
  const res = await worker.fetch(request, { ...env, HISTORY: kv } as Env, ctx);
  const text = await res.text();
  await waitOnExecutionContext(ctx);
  return { res, text };
}

function chat(user: string) {
  return new Request('https://playground.test/api/relay/cn/v3/chat', {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ bot_id: 'numbered', user_id: user, stream: true, meta_data: { events: '20' } }),
  });
}

interface StoredRun {
  saveError?: string;
  response: { status: number; truncated: boolean; events?: unknown[] };
}

async function storedRun(runId: string) {
  const res = await exports.default.fetch(
    new Request(`https://playground.test/api/history/${runId}`, { headers: { authorization: `Bearer ${TOKEN}` } }),
  );
  return { status: res.status, body: (await res.json()) as { run?: StoredRun } };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('KV put fails', () => {
  it('completes the run and keeps a reduced record saying why the full one was not saved', async () => {
    const { kv, calls } = failingKv({ put: 1 });
    const { res, text } = await viaWorker(kv, chat('put-once'));
    expect(res.status).toBe(200);
    expect(text.match(/message\.delta/g)).toHaveLength(20);
    expect(text.trim().endsWith('data:[DONE]')).toBe(true);
    expect(calls.put).toBe(2);

    const { status, body } = await storedRun(res.headers.get('x-playground-run-id')!);
    expect(status).toBe(200);
    expect(body.run!.saveError).toBe('The full record could not be saved: KV put failed: injected fault');
    expect(body.run!.response.events).toBeUndefined();
    expect(body.run!.response.truncated).toBe(true);
    expect(body.run!.response.status).toBe(200);
  });

  it('completes the run when every write fails, and logs it by message only', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { kv, calls } = failingKv({ put: 2 });
    const { res, text } = await viaWorker(kv, chat('put-never'));
    expect(res.status).toBe(200);
    expect(text.trim().endsWith('data:[DONE]')).toBe(true);
    expect(calls.put).toBe(2);
    expect((await storedRun(res.headers.get('x-playground-run-id')!)).status).toBe(404);
    expect(logged).toHaveBeenCalledWith('history: could not save a run:', 'KV put failed: injected fault');
    expect(JSON.stringify(logged.mock.calls)).not.toContain(TOKEN);
  });
});

describe('KV list or get fails', () => {
  it('answers the history list with 503 history_unavailable', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { kv } = failingKv({ list: 1 });
    const { res, text } = await viaWorker(
      kv,
      new Request('https://playground.test/api/history?endpoint=create-chat', {
        headers: { authorization: `Bearer ${TOKEN}` },
      }),
    );
    expect(res.status).toBe(503);
    expect(JSON.parse(text)).toEqual({
      code: 5000,
      msg: 'Run history is unavailable right now; try again shortly',
      detail: { logid: res.headers.get('x-tt-logid') },
      error: {
        status: 503,
        code: 'history_unavailable',
        message: 'Run history is unavailable right now; try again shortly',
      },
    });
  });

  it('answers a history read with 503 history_unavailable, and relays calls meanwhile', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { kv } = failingKv({ get: 1, list: 1 });
    const ran = await viaWorker(kv, chat('get-fails'));
    expect(ran.res.status).toBe(200);
    const runId = ran.res.headers.get('x-playground-run-id')!;
    const { res } = await viaWorker(
      kv,
      new Request(`https://playground.test/api/history/${runId}`, { headers: { authorization: `Bearer ${TOKEN}` } }),
    );
    expect(res.status).toBe(503);
    // Once KV recovers, the run is there.
    expect((await storedRun(runId)).status).toBe(200);
  });
});
