import type { MiddlewareHandler } from 'hono';
import { ENDPOINTS } from '../../catalog/endpoint-list';
import type { Endpoint } from '../../catalog/types';
import { ApiError } from '../../lib/api-error';
import { coerceQuery, validateRequest } from '../../lib/validate-request';
import { ownerOf } from '../owner';
import { RUN_ID_HEADER } from '../../lib/relay-headers';
import { relayTargetOf } from '../../lib/relay-route';
import { clientResponseHeaders } from '../relay/headers';
import { DEFAULT_UPSTREAM_TIMEOUT_MS, URL_LIMITS } from '../relay/limits';
import { parseRegion } from '../../lib/relay-route';
import { quotable } from '../history/redact';
import { checkRateLimit, spendHistoryBudget } from '../security/rate-limit';
import { newRunId } from '../history/store';
import { SessionRecorder } from '../history/session';
import { bridge } from './bridge';
import { recordSession } from './record-session';
import { handshakeToken, upstreamQuery } from './credentials';
import { connectUpstream } from './upstream';

/** Limits of relayed WebSocket sessions, when wrangler.toml does not set them. */
export const SESSION_LIMITS = {
  /** Open sessions per caller (token owner) at once. */
  concurrent: 5,
  /** The longest a session lasts, in ms (Coze's own sessions end sooner when idle). */
  maxMs: 30 * 60 * 1000,
} as const;

function limitOf(value: string | undefined, fallback: number): number {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : fallback;
}

/** Closes an upstream socket that will not be bridged (the caller was over the session limit). */
function discard(socket: WebSocket): void {
  socket.accept();
  socket.close(1008, 'Too many sessions for this caller');
}

/** True when a request asks to become a WebSocket. */
export function isWebSocketUpgrade(request: Request): boolean {
  return request.headers.get('upgrade')?.trim().toLowerCase() === 'websocket';
}

function queryRecord(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const name of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(name);
    out[name] = values.length > 1 ? values : values[0]!;
  }
  return out;
}

// Coze's WebSocket paths have no parameters, so a path names one exactly, as it arrived (undecoded).
const WEBSOCKET_ENDPOINTS = ENDPOINTS.filter((endpoint) => endpoint.responseKind === 'websocket');

/** The catalog WebSocket endpoint a method and path name, or a 404 in our shape. */
function websocketEndpoint(method: string, cozePath: string, token: string | undefined): Endpoint {
  const endpoint = WEBSOCKET_ENDPOINTS.find((candidate) => candidate.method === method && candidate.path === cozePath);
  if (!endpoint) {
    throw new ApiError(404, 'not_found', `No Coze WebSocket endpoint ${method} ${quotable(cozePath, token)}`);
  }
  return endpoint;
}

/**
 * The WebSocket relay, in front of the HTTP relay on `/api/relay/:region/*`: a request with
 * `Upgrade: websocket` for a catalog WebSocket endpoint is checked (region, token, rate and
 * session limits, query), connected upstream to the region's fixed WebSocket host with the token
 * on the handshake's `Authorization` header only, then bridged frame by frame. Any other request
 * goes on to the HTTP relay unchanged.
 * @example app.get('/api/relay/:region/*', realtimeRelay)
 */
export const realtimeRelay: MiddlewareHandler<{ Bindings: Env }> = async (c, next) => {
  if (!isWebSocketUpgrade(c.req.raw)) return next();
  const arrivedAt = Date.now();
  const url = new URL(c.req.url);
  if (url.pathname.length > URL_LIMITS.pathChars || url.search.length > URL_LIMITS.queryChars) {
    throw new ApiError(414, 'invalid_request', 'The URL is too long');
  }
  const token = handshakeToken(c.req.raw.headers, url);
  const target = relayTargetOf(url.pathname);
  const region = parseRegion(target.region);
  if (!region) {
    throw new ApiError(
      404,
      'not_found',
      `Unknown region ${JSON.stringify(quotable(target.region, token))}: use sandbox, cn or com`,
    );
  }
  if (!c.env.HISTORY_SECRET) throw new ApiError(500, 'internal', 'HISTORY_SECRET is not configured');
  const ownerId = token ? await ownerOf(token, c.env.HISTORY_SECRET) : undefined;
  const refused = await checkRateLimit(c.env, region, { ownerId, ip: c.req.header('cf-connecting-ip') });
  if (refused) {
    c.header('retry-after', String(refused.retryAfterSeconds));
    throw refused.error;
  }
  const endpoint = websocketEndpoint(c.req.method, target.cozePath, token);
  if (!token || !ownerId) {
    throw new ApiError(
      401,
      'unauthorized',
      'Send Authorization: Bearer <token>, or authorization=Bearer <token> in the query (any non-empty token works in the sandbox)',
    );
  }
  const issues = validateRequest(endpoint, { query: coerceQuery(endpoint.params.query, queryRecord(url)) });
  if (issues.length) throw new ApiError(400, 'invalid_request', 'The handshake query is not valid', issues);

  const concurrent = limitOf(c.env.REALTIME_MAX_SESSIONS, SESSION_LIMITS.concurrent);
  const maxSessionMs = limitOf(c.env.REALTIME_MAX_SESSION_MS, SESSION_LIMITS.maxMs);
  const startedAt = Date.now();
  const quota = c.env.REALTIME_QUOTA.get(c.env.REALTIME_QUOTA.idFromName(ownerId));
  const leaseId = crypto.randomUUID();
  // The session count and the upstream handshake run side by side: the count is a Durable Object
  // round trip, which need not delay the handshake. Nothing is bridged until both have answered,
  // so a refused lease still means no session: its upstream socket is closed unused.
  // The lease outlives the longest session a little, in case this isolate dies before releasing it.
  const timing = { quota: 0, upstream: 0 };
  const timed = <T>(part: keyof typeof timing, work: Promise<T>) =>
    work.finally(() => (timing[part] = Date.now() - startedAt));
  const leased = timed('quota', quota.acquire(leaseId, concurrent, maxSessionMs + 60_000));
  const connected = timed(
    'upstream',
    connectUpstream(c.env, {
      region,
      pathAndQuery: target.cozePath + upstreamQuery(url),
      token,
      ownerId,
      timeoutMs: limitOf(c.env.UPSTREAM_TIMEOUT_MS, DEFAULT_UPSTREAM_TIMEOUT_MS),
      sandboxPace: c.req.header('x-sandbox-pace-ms')?.slice(0, 8),
    }),
  );
  const [lease, upstream] = await Promise.allSettled([leased, connected]);
  const release = () => c.executionCtx.waitUntil(quota.release(leaseId).catch(() => undefined));
  if (lease.status !== 'fulfilled' || !lease.value) {
    if (upstream.status === 'fulfilled' && 'socket' in upstream.value) discard(upstream.value.socket);
    if (lease.status === 'rejected') throw lease.reason;
    throw new ApiError(
      429,
      'rate_limited',
      `At most ${concurrent} WebSocket sessions per token at once: close one first`,
    );
  }
  if (upstream.status === 'rejected') {
    release();
    throw upstream.reason;
  }
  const result = upstream.value;
  if ('refused' in result && result.refused.status >= 300 && result.refused.status < 400) {
    // Never followed (it could name another host), and a WebSocket client cannot use one either.
    release();
    throw new ApiError(
      502,
      'upstream_unreachable',
      `${region} answered the handshake with a redirect (${result.refused.status}), which the relay does not follow`,
    );
  }
  if ('refused' in result) {
    // Coze turned the handshake down (a bad token, say): its status and body go back as they are.
    release();
    return new Response(result.refused.body, {
      status: result.refused.status,
      headers: clientResponseHeaders(result.refused.headers),
    });
  }
  const handshakeMs = Date.now() - startedAt;
  const runId = newRunId(endpoint.id, startedAt);
  const recorder = new SessionRecorder(startedAt);
  const pair = new WebSocketPair();
  const [clientEnd, ourEnd] = [pair[0], pair[1]];
  let done: () => void = () => undefined;
  // Keeps the worker's invocation alive for as long as the session lasts.
  c.executionCtx.waitUntil(new Promise<void>((resolve) => (done = resolve)));
  bridge({
    endpoint,
    client: ourEnd,
    upstream: result.socket,
    token,
    maxSessionMs,
    onFrame: (frame) => recorder.frame(frame.direction, frame.text, frame.bytes, frame.refused),
    onEnd: (end) => {
      release();
      const run = recorder.finish({
        id: runId,
        endpointId: endpoint.id,
        region,
        handshakeMs,
        // The URL as it was asked for, minus the token (which never reaches history).
        url: `${url.origin}${url.pathname}${upstreamQuery(url)}`,
        logid: result.logid,
        closed: end,
      });
      const admit = (bytes: number) =>
        spendHistoryBudget(c.env, { ownerId, ip: c.req.header('cf-connecting-ip') }, bytes);
      c.executionCtx.waitUntil(recordSession(c.env.HISTORY, ownerId, token, run, admit).finally(done));
    },
  });
  const headers = new Headers({ [RUN_ID_HEADER]: runId });
  // Where the handshake's time went: the checks before (rate limits, the token's HMAC), then the
  // session count and the upstream handshake, which overlap.
  headers.set(
    'server-timing',
    `checks;dur=${startedAt - arrivedAt}, quota;dur=${timing.quota}, upstream;dur=${timing.upstream}`,
  );
  if (result.logid) headers.set('x-tt-logid', result.logid);
  return new Response(null, { status: 101, webSocket: clientEnd, headers });
};
