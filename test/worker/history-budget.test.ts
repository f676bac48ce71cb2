import { env } from 'cloudflare:workers';
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { runPrefix } from '../../worker/history/keys';
import { OVER_BUDGET } from '../../worker/history/store';
import worker from '../../worker/index';
import { ownerOf } from '../../worker/owner';
import { HISTORY_BUDGET } from '../../worker/security/rate-limit';

// One caller (or one address with fresh tokens) cannot fill KV: past history's storage budget a
// run is still listed, but kept without its bodies and events.
const MIB = 1024 * 1024;
const BIG = 'x'.repeat(250_000);

/** One relayed chat of 500 kB (250 kB each way); answers whether history kept it reduced for the budget. */
async function bigRun(token: string, ip?: string): Promise<boolean> {
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request('https://playground.test/api/relay/cn/v3/chat', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        ...(ip ? { 'cf-connecting-ip': ip } : {}),
      },
      // Echoed back: 250 kB recorded of the request and 250 kB of the response.
      body: JSON.stringify({ bot_id: 'echo-text', user_id: 'u', meta_data: { text: BIG } }),
    }),
    env,
    ctx,
  );
  await res.text();
  await waitOnExecutionContext(ctx);
  expect(res.status).toBe(200);
  const owner = await ownerOf(token, env.HISTORY_SECRET);
  const [key] = (await env.HISTORY.list({ prefix: runPrefix(owner, 'create-chat'), limit: 1 })).keys;
  return (JSON.parse((await env.HISTORY.get(key!.name))!) as { saveError?: string }).saveError === OVER_BUDGET;
}

async function storedBy(token: string): Promise<{ bytes: number; full: number; reduced: number }> {
  const owner = await ownerOf(token, env.HISTORY_SECRET);
  const keys = (await env.HISTORY.list({ prefix: runPrefix(owner, 'create-chat') })).keys;
  let bytes = 0;
  let full = 0;
  let reduced = 0;
  for (const key of keys) {
    const value = (await env.HISTORY.get(key.name))!;
    if ((JSON.parse(value) as { saveError?: string }).saveError === OVER_BUDGET) reduced++;
    else {
      full++;
      bytes += value.length + key.name.length;
    }
  }
  return { bytes, full, reduced };
}

// The windows are a minute long and aligned to the clock (on Cloudflare and in miniflare), so a
// test that crosses a minute boundary may spend two windows' worth.
const minute = () => Math.floor(Date.now() / 60_000);

describe("history's storage budget", () => {
  it('keeps a caller’s runs past 10 MiB a minute without their bodies', async () => {
    expect(HISTORY_BUDGET.caller.limit * HISTORY_BUDGET.unitBytes).toBe(10 * MIB);
    const token = `pat_budget_${crypto.randomUUID().replaceAll('-', '')}`;
    const first = minute();
    let runs = 0;
    let reducedSeen = false;
    while (!reducedSeen && runs < 120) {
      reducedSeen = await bigRun(token);
      runs++;
    }
    const windows = minute() - first + 1;
    const stored = await storedBy(token);
    expect(reducedSeen).toBe(true);
    expect(stored.full + stored.reduced).toBe(runs);
    // 500 kB a run, and the full records stop within the budget of the windows the test spanned.
    expect(stored.full).toBeGreaterThanOrEqual(15);
    expect(stored.bytes).toBeLessThanOrEqual(windows * HISTORY_BUDGET.caller.limit * HISTORY_BUDGET.unitBytes);
  }, 90_000);

  it('keeps runs past 20 MiB a minute from one address without their bodies, whatever the tokens', async () => {
    const ip = '2001:db8:77::1';
    const first = minute();
    const tokens: string[] = [];
    let reducedSeen = false;
    while (!reducedSeen && tokens.length < 240) {
      const token = `pat_rotating_${tokens.length}_${crypto.randomUUID().replaceAll('-', '')}`;
      tokens.push(token);
      reducedSeen = await bigRun(token, ip);
    }
    const windows = minute() - first + 1;
    let bytes = 0;
    for (const token of tokens) bytes += (await storedBy(token)).bytes;
    expect(reducedSeen).toBe(true);
    expect(tokens.length).toBeGreaterThanOrEqual(30);
    expect(bytes).toBeLessThanOrEqual(windows * HISTORY_BUDGET.ip.limit * HISTORY_BUDGET.unitBytes);
  }, 180_000);
});
