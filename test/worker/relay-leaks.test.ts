import { env, exports } from 'cloudflare:workers';
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { afterAll, beforeAll, describe, expect, inject, it, vi, type MockInstance } from 'vitest';
import { newRunId, parseRunId, runKey, runPrefix } from '../../worker/history/keys';
import worker from '../../worker/index';
import { ownerOf } from '../../worker/owner';

// Nothing lost, nothing leaked: runs with known tokens go through every path (success, echoes,
// refusals, faults, failing KV), then every KV key, value and metadata, every line the worker
// logged and every answer it gave are searched for the tokens. Runs stay with their owner.
const upstream = inject('fakeUpstreamUrl');
const id = () => crypto.randomUUID().replaceAll('-', '');
const TOKENS = {
  pat: `pat_leak_${id()}`,
  oauth: `czu_leak_${id()}`,
  jwt: `eyJhbGciOiJSUzI1NiJ9.eyJsZWFrIjoi${id()}In0.c2ln${id()}`,
  // No known token prefix: only the relay's exact-value masking can catch this one.
  plain: `plain-leak-${id()}`,
};
const ALL = Object.values(TOKENS);
const METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;
const spies: MockInstance[] = [];
const logged: unknown[][] = [];
const answers: string[] = [];

function call(path: string, token: string | null, init: RequestInit & { headers?: Record<string, string> } = {}) {
  const headers = new Headers(init.headers);
  if (token !== null) headers.set('authorization', `Bearer ${token}`);
  return new Request(`https://playground.test${path}`, { ...init, headers });
}

function chat(token: string, body: Record<string, unknown>, region = 'cn') {
  return call(`/api/relay/${region}/v3/chat`, token, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sandbox-pace-ms': '0' },
    body: JSON.stringify({ user_id: 'u', stream: true, ...body }),
  });
}

/** Calls the worker (optionally with bindings replaced) and waits until its history work is done. */
async function send(request: Request, overrides: Partial<Record<keyof Env, unknown>> = {}, keep = true) {
  const ctx = createExecutionContext();
  const res = await worker.fetch(request, { ...env, ...overrides } as Env, ctx);
  const text = await res.text();
  await waitOnExecutionContext(ctx);
  if (keep) answers.push(`${[...res.headers].join('\n')}\n${text}`);
  return { res, text };
}

async function everythingInKv(): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await env.HISTORY.list({ cursor });
    for (const key of page.keys) {
      const { value, metadata } = await env.HISTORY.getWithMetadata(key.name);
      out.push(key.name, value ?? '', JSON.stringify(metadata), JSON.stringify(key.metadata ?? null));
    }
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  return out;
}

beforeAll(async () => {
  for (const method of METHODS) {
    spies.push(vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(args)));
  }
  const { port } = (await (await fetch(`${upstream}/__closed-port`)).json()) as { port: number };
  const kv = env.HISTORY;
  const failingPut: Pick<KVNamespace, 'get' | 'getWithMetadata' | 'list' | 'delete' | 'put'> = {
    get: kv.get.bind(kv),
    getWithMetadata: kv.getWithMetadata.bind(kv),
    list: kv.list.bind(kv),
    delete: kv.delete.bind(kv),
    put: () => Promise.reject(new Error('injected put failure')),
  };
  for (const token of ALL) {
    await send(chat(token, { bot_id: 'numbered', meta_data: { events: '30' } }));
    await send(chat(token, { bot_id: 'broken' }));
    await send(chat(token, { bot_id: 'malformed' }));
    await send(chat(token, { bot_id: 'server-error' }));
    // The sandbox echoes the question back to its sender: their words, not an answer of ours.
    await send(
      chat(
        token,
        {
          bot_id: '7351000000000000001',
          additional_messages: [{ role: 'user', content: `my token is ${token}`, content_type: 'text' }],
        },
        'sandbox',
      ),
      {},
      false,
    );
    await send(call(`/api/relay/cn/v1/bots/7351?access_token=${encodeURIComponent(token)}`, token));
    await send(
      call('/api/relay/cn/v1/conversations/7351', token, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: token }),
      }),
    );
    // A careless upstream echoes the credential: the client sees its own token, history must not.
    await send(
      call('/api/relay/cn/v3/chat', token, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ bot_id: 'echo-auth', user_id: 'u' }),
      }),
      {},
      false,
    );
    // Refusals that carry the token in their request.
    await send(
      call('/api/relay/cn/v1/bots/7351', null, { headers: { authorization: `Bearer ${token}, Bearer ${token}` } }),
    );
    await send(
      call('/api/relay/cn/v1/bots/7351', null, {
        headers: { authorization: `Bearer ${token}`, origin: 'https://evil.example' },
      }),
    );
    await send(call(`/api/relay/cn/v1/nope/${token}`, token));
    await send(
      call('/api/relay/cn/v3/chat', token, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"broken": "${token}"`,
      }),
    );
    // Faults: refused connection, timeout, KV that cannot write.
    await send(chat(token, { bot_id: 'any' }), { UPSTREAM_CN: `http://127.0.0.1:${port}` });
    await send(chat(token, { bot_id: 'slow-headers', meta_data: { delay_ms: '2000' } }), {
      UPSTREAM_TIMEOUT_MS: '100',
    });
    await send(chat(token, { bot_id: 'numbered', meta_data: { events: '5' } }), { HISTORY: failingPut });
    await send(call('/api/history?endpoint=create-chat', token));
  }
}, 60_000);

afterAll(() => {
  for (const spy of spies) spy.mockRestore();
});

describe('no token anywhere', () => {
  it('stores no token and no Authorization value in any KV key, value or metadata', async () => {
    const stored = await everythingInKv();
    expect(stored.length).toBeGreaterThan(0);
    const all = stored.join('\n');
    for (const token of ALL) {
      expect(all).not.toContain(token);
      expect(all).not.toContain(encodeURIComponent(token));
    }
    expect(all).not.toMatch(/Bearer(?:\s|%20|\+)+(?!\*\*\*)/);
    expect(all.toLowerCase()).not.toContain('"authorization"');
  });

  it('logs no token: the capture saw the failures it should have, by message only', () => {
    const text = JSON.stringify(logged.map((args) => args.map((arg) => (arg instanceof Error ? arg.message : arg))));
    // The faults were logged, so this scan had something to look at.
    expect(text).toContain('history: could not save a run:');
    for (const token of ALL) expect(text).not.toContain(token);
    expect(text).not.toMatch(/Bearer\s/);
  });

  it('echoes no token in any answer of its own', () => {
    expect(answers.length).toBeGreaterThan(ALL.length * 10);
    for (const answer of answers) for (const token of ALL) expect(answer).not.toContain(token);
  });
});

describe('runs stay with their owner', () => {
  it('makes run ids with 128 random bits that do not repeat', () => {
    const ids = Array.from({ length: 20_000 }, () => newRunId('create-chat', 1_700_000_000_000));
    expect(new Set(ids).size).toBe(ids.length);
    for (const runId of ids.slice(0, 100)) {
      expect(runId).toMatch(/^create-chat\.8299999999999\.[0-9a-f]{32}$/);
    }
    // Every hex digit in every random position: no fixed bits that would shrink the space.
    const randoms = ids.map((runId) => parseRunId(runId)!.random);
    for (let position = 0; position < 32; position++) {
      expect(new Set(randoms.map((r) => r[position])).size).toBe(16);
    }
  });

  it('never shows a run to another token, by id or by list', async () => {
    const owner = TOKENS.pat;
    const other = `pat_stranger_${id()}`;
    const { res } = await send(chat(owner, { bot_id: 'numbered', meta_data: { events: '3' } }));
    const runId = res.headers.get('x-playground-run-id')!;
    const mine = await exports.default.fetch(call(`/api/history/${runId}`, owner));
    expect(mine.status).toBe(200);
    await mine.body?.cancel();
    const theirs = await exports.default.fetch(call(`/api/history/${runId}`, other));
    expect(theirs.status).toBe(404);
    await theirs.body?.cancel();
    const list = await exports.default.fetch(call('/api/history?endpoint=create-chat', other));
    expect(((await list.json()) as { runs: unknown[] }).runs).toEqual([]);
  });

  it('stores each of many interleaved runs under its own owner only', async () => {
    const a = `pat_owner_a_${id()}`;
    const b = `pat_owner_b_${id()}`;
    const [ownerA, ownerB] = await Promise.all([ownerOf(a, env.HISTORY_SECRET), ownerOf(b, env.HISTORY_SECRET)]);
    const runs = await Promise.all(
      Array.from({ length: 16 }, async (_, i) => {
        const token = i % 2 ? b : a;
        const { res } = await send(chat(token, { bot_id: 'numbered', meta_data: { events: '10', pace_ms: '1' } }));
        return { token, runId: res.headers.get('x-playground-run-id')! };
      }),
    );
    for (const { token, runId } of runs) {
      const [mine, theirs] = token === a ? [ownerA, ownerB] : [ownerB, ownerA];
      const parts = parseRunId(runId)!;
      expect(await env.HISTORY.get(runKey(mine, parts))).not.toBeNull();
      expect(await env.HISTORY.get(runKey(theirs, parts))).toBeNull();
    }
    const keysOf = async (owner: string) =>
      (await env.HISTORY.list({ prefix: runPrefix(owner, 'create-chat') })).keys.length;
    expect(await keysOf(ownerA)).toBe(8);
    expect(await keysOf(ownerB)).toBe(8);
  });
});
