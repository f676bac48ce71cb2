import { exports } from 'cloudflare:workers';
import { describe, expect, inject, it } from 'vitest';
import { RATE_LIMITS, addressKey } from '../../worker/security/rate-limit';

// Abuse volume: each caller (token owner, else IP) and each IP gets a window of calls; past it the
// relay answers 429 in our shape with Retry-After and sends nothing. Windows are the Workers
// rate-limiting binding's, which locally are aligned to the wall clock.
const upstream = inject('fakeUpstreamUrl');

function call(path: string, headers: Record<string, string>) {
  return exports.default.fetch(new Request(`https://playground.test/api/relay${path}`, { headers }));
}

const freshToken = () => `pat_volume_${crypto.randomUUID().replaceAll('-', '')}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits, if needed, so that the next `seconds` fall inside one window of `periodSeconds`. */
async function startOfWindow(periodSeconds: number, seconds: number): Promise<void> {
  const into = Date.now() % (periodSeconds * 1000);
  if (into > (periodSeconds - seconds) * 1000) await sleep(periodSeconds * 1000 - into + 50);
}

async function statuses(count: number, make: (i: number) => Promise<Response>, parallel = 20): Promise<number[]> {
  const out: number[] = [];
  for (let start = 0; start < count; start += parallel) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(parallel, count - start) }, async (_, i) => {
        const res = await make(start + i);
        await res.body?.cancel();
        return res.status;
      }),
    );
    out.push(...batch);
  }
  return out;
}

async function seenCount(token: string): Promise<number> {
  return ((await (await fetch(`${upstream}/__seen?auth=${token}`)).json()) as unknown[]).length;
}

async function expect429(res: Response, seconds: number) {
  expect(res.status).toBe(429);
  expect(res.headers.get('retry-after')).toBe(String(seconds));
  const body = (await res.json()) as { error: { status: number; code: string; message: string } };
  expect(body.error).toMatchObject({ status: 429, code: 'rate_limited' });
}

describe('per-caller rate limit', () => {
  it(
    'lets a token make its window of Coze calls, then answers 429 with Retry-After and sends nothing',
    { timeout: 40_000 },
    async () => {
      const { limit, periodSeconds } = RATE_LIMITS.caller;
      const token = freshToken();
      await startOfWindow(periodSeconds, 15);
      const admitted = await statuses(limit, () => call('/cn/v1/bots/7351', { authorization: `Bearer ${token}` }));
      expect(admitted.every((status) => status === 200)).toBe(true);
      expect(await seenCount(token)).toBe(limit);

      await expect429(await call('/cn/v1/bots/7351', { authorization: `Bearer ${token}` }), periodSeconds);
      // Malformed calls count as well, and are refused the same way before they are even matched.
      await expect429(await call('/cn/v1/nothing', { authorization: `Bearer ${token}` }), periodSeconds);
      expect(await seenCount(token)).toBe(limit);

      // Another token is its own caller; the same token still has its separate sandbox window.
      expect((await call('/cn/v1/bots/7351', { authorization: `Bearer ${freshToken()}` })).status).toBe(200);
      const sandbox = await call('/sandbox/v1/bots/7351000000000000001', { authorization: `Bearer ${token}` });
      expect(sandbox.status).toBe(200);
    },
  );

  it('keys callers without a token by their IP', { timeout: 40_000 }, async () => {
    const { limit, periodSeconds } = RATE_LIMITS.caller;
    const ip = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
    await startOfWindow(periodSeconds, 15);
    // Without a token these are refused (401), but they are counted first.
    const answered = await statuses(limit, () => call('/cn/v1/bots/7351', { 'cf-connecting-ip': ip }));
    expect(answered.every((status) => status === 401)).toBe(true);
    await expect429(await call('/cn/v1/bots/7351', { 'cf-connecting-ip': ip }), periodSeconds);
    expect((await call('/cn/v1/bots/7351', { 'cf-connecting-ip': '198.51.100.254' })).status).not.toBe(429);
  });

  it.each([
    ['2001:db8:0:1::1', '2001:db8:0:1::/64'],
    ['2001:0DB8:0000:0001:ffff:0:0:1', '2001:db8:0:1::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::ffff:192.0.2.7', '192.0.2.7'],
    ['192.0.2.7', '192.0.2.7'],
  ])('counts the address %s as %s', (ip, key) => {
    expect(addressKey(ip)).toBe(key);
  });

  it(
    'caps an address whatever tokens and IPv6 interface ids it rotates through, history reads included',
    { timeout: 60_000 },
    async () => {
      const { limit, periodSeconds } = RATE_LIMITS.ip;
      const prefix = `2001:db8:${Math.floor(Math.random() * 65535).toString(16)}:7`;
      const ip = (i: number) => `${prefix}:${(i + 1).toString(16)}::${Math.floor(Math.random() * 65535).toString(16)}`;
      await startOfWindow(periodSeconds, 25);
      // Unknown paths: refused after counting, so the upstream is not involved; each a new token and address.
      const answered = await statuses(
        limit,
        (i) => call('/cn/v1/nothing', { authorization: `Bearer ${freshToken()}`, 'cf-connecting-ip': ip(i) }),
        50,
      );
      expect(answered.every((status) => status === 404)).toBe(true);
      await expect429(
        await call('/cn/v1/bots/7351', { authorization: `Bearer ${freshToken()}`, 'cf-connecting-ip': ip(limit) }),
        periodSeconds,
      );
      // History reads cost KV operations: they share the address's window.
      const history = await exports.default.fetch(
        new Request('https://playground.test/api/history?endpoint=create-chat', {
          headers: { authorization: `Bearer ${freshToken()}`, 'cf-connecting-ip': ip(limit + 1) },
        }),
      );
      await expect429(history, periodSeconds);
    },
  );
});
