import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../../lib/api-error';
import type { Region } from '../../lib/relay-route';

/** The rate-limit windows of wrangler.toml's `[[ratelimits]]`, for `Retry-After` and the docs. */
export const RATE_LIMITS = {
  /** Coze calls (`cn`, `com`) per caller. */
  caller: { limit: 120, periodSeconds: 60 },
  /** Sandbox calls per caller: simulated streams cost only the worker. */
  sandbox: { limit: 600, periodSeconds: 60 },
  /** All API calls (relay and history) per client IP, whatever the token: rotating made-up tokens does not help. */
  ip: { limit: 1200, periodSeconds: 60 },
} as const;

/**
 * History's storage budget, in the units of wrangler.toml's `HISTORY_*_BUDGET` windows: a record
 * costs one unit per 64 KiB it takes in KV. 160 units a minute is 10 MiB per caller, 320 is
 * 20 MiB per address; past either, a run is kept without its bodies and events.
 */
export const HISTORY_BUDGET = {
  unitBytes: 64 * 1024,
  caller: { limit: 160, periodSeconds: 60 },
  ip: { limit: 320, periodSeconds: 60 },
} as const;

/**
 * The rate-limit key of a client address: an IPv4 address as it is, an IPv6 address by its /64,
 * the block one subscriber gets, so rotating through it does not yield a fresh window.
 * @example addressKey('2001:db8:1:2::abcd') // → '2001:db8:1:2::/64'
 */
export function addressKey(ip: string): string {
  if (!ip.includes(':')) return ip;
  // An IPv4-mapped IPv6 address (::ffff:192.0.2.1) is the IPv4 client.
  if (ip.includes('.')) return ip.slice(ip.lastIndexOf(':') + 1);
  const [head = '', tail] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** Who is calling: the owner id of their token, and the client IP Cloudflare saw, when known. */
export interface Caller {
  readonly ownerId?: string;
  readonly ip?: string;
}

/** Why a call was refused: our error, and the seconds its window needs at most to reopen. */
export interface RateLimitRefusal {
  readonly error: ApiError;
  readonly retryAfterSeconds: number;
}

function refusal(window: { periodSeconds: number }, what: string): RateLimitRefusal {
  return {
    error: new ApiError(
      429,
      'rate_limited',
      `Too many requests ${what}: try again in at most ${window.periodSeconds} s (see Retry-After)`,
    ),
    retryAfterSeconds: window.periodSeconds,
  };
}

/**
 * Counts a relay call against the caller's window (by token owner, else by IP) and against the
 * IP's (whatever the token), and returns a refusal (HTTP 429) when either is used up. Keys never
 * contain a token: the owner id is an HMAC of it. Without a known IP (tests, local calls without
 * `CF-Connecting-IP`) the IP window is skipped; on Cloudflare every request has one.
 * @example const refused = await checkRateLimit(c.env, 'cn', { ownerId, ip: c.req.header('cf-connecting-ip') })
 */
export async function checkRateLimit(env: Env, region: Region, caller: Caller): Promise<RateLimitRefusal | undefined> {
  const window = region === 'sandbox' ? RATE_LIMITS.sandbox : RATE_LIMITS.caller;
  const limiter = region === 'sandbox' ? env.SANDBOX_CALLER_LIMIT : env.RELAY_CALLER_LIMIT;
  const address = caller.ip ? `ip:${addressKey(caller.ip)}` : undefined;
  const key = caller.ownerId ? `owner:${caller.ownerId}` : (address ?? 'ip:unknown');
  // Both windows count every attempt, so they are asked at once rather than one after the other.
  const [byCaller, byIp] = await Promise.all([
    limiter.limit({ key }),
    address ? env.API_IP_LIMIT.limit({ key: address }) : { success: true },
  ]);
  if (!byCaller.success) return refusal(window, caller.ownerId ? 'for this token' : 'from this address');
  if (!byIp.success) return refusal(RATE_LIMITS.ip, 'from this address');
  return undefined;
}

/**
 * The per-IP window for the history API: reading history costs KV operations, so an address
 * cannot make unlimited ones, whatever tokens it tries.
 * @example app.use('/api/history/*', ipRateLimit)
 */
export const ipRateLimit: MiddlewareHandler<{ Bindings: Env }> = async (c, next) => {
  const ip = c.req.header('cf-connecting-ip');
  if (ip && !(await c.env.API_IP_LIMIT.limit({ key: `ip:${addressKey(ip)}` })).success) {
    const refused = refusal(RATE_LIMITS.ip, 'from this address');
    c.header('retry-after', String(refused.retryAfterSeconds));
    throw refused.error;
  }
  await next();
};

/**
 * Spends a record's size from the caller's and the address's storage windows, one unit per
 * {@link HISTORY_BUDGET}.unitBytes (at least one), and says whether all of it was granted. It stops
 * at the first refusal, so a caller past the budget costs one check per window, not one per unit.
 * @example await saveRun(kv, ownerId, run, token, (bytes) => spendHistoryBudget(env, { ownerId, ip }, bytes))
 */
export async function spendHistoryBudget(env: Env, caller: Caller, bytes: number): Promise<boolean> {
  const units = Math.max(1, Math.ceil(bytes / HISTORY_BUDGET.unitBytes));
  const owner = caller.ownerId ? `owner:${caller.ownerId}` : undefined;
  const address = caller.ip ? `ip:${addressKey(caller.ip)}` : undefined;
  for (let unit = 0; unit < units; unit++) {
    const [byCaller, byIp] = await Promise.all([
      owner ? env.HISTORY_CALLER_BUDGET.limit({ key: owner }) : { success: true },
      address ? env.HISTORY_IP_BUDGET.limit({ key: address }) : { success: true },
    ]);
    if (!byCaller.success || !byIp.success) return false;
  }
  return true;
}
