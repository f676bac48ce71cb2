import { Hono } from 'hono';
import { ENDPOINTS } from '../../catalog/endpoint-list';
import { ApiError } from '../../lib/api-error';
import { matchEndpoint } from '../../lib/match-endpoint';
import { RUN_ID_HEADER } from '../../lib/relay-headers';
import { parseRegion, relayTargetOf, responseBodyKindOf } from '../../lib/relay-route';
import { VALIDATION_HEADER, validationHeader } from '../../lib/validation-header';
import { errorAnswer, maskedIssues, secretOf } from '../error-answer';
import { redactHeaders } from '../history/redact';
import { recordRun } from '../history/record-run';
import { newRunId } from '../history/store';
import { bearerToken, ownerOf } from '../owner';
import { quotable } from '../history/redact';
import { checkRateLimit, spendHistoryBudget } from '../security/rate-limit';
import { assertForwardableHeaders, clientResponseHeaders, upstreamRequestHeaders } from './headers';
import { DEFAULT_UPSTREAM_TIMEOUT_MS, URL_LIMITS } from './limits';
import { CLIENT_GONE_MESSAGE, passThrough, streamInterrupted } from './pass-through';
import { prefixed, readUpTo, type ReadUpTo } from './read-whole';
import { CAPTURE_LIMITS, type CaptureInput } from '../history/capture';
import { readCheckedRequest } from './read-request';
import { sendUpstream } from './upstream';

const encoder = new TextEncoder();

/** Resolves on a later turn of the event loop: after the handler's answer has gone to the runtime. */
const afterThisTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function assertUrlSize(url: URL): void {
  if (url.pathname.length > URL_LIMITS.pathChars) {
    throw new ApiError(414, 'invalid_request', `The path is over ${URL_LIMITS.pathChars} characters`);
  }
  if (url.search.length > URL_LIMITS.queryChars) {
    throw new ApiError(414, 'invalid_request', `The query string is over ${URL_LIMITS.queryChars} characters`);
  }
}

/** What the relay tells the app's error handler about the request it refused. */
export interface RelayVariables {
  /** Whether the request asked for a stream: its refusal is then HTTP 200 JSON, as Coze answers. */
  streams?: boolean;
}

/**
 * The relay: `/api/relay/:region/<Coze path>`. Only a method and path that match a catalog
 * endpoint are sent, only with a body that can be read as the endpoint's kind and within its
 * limit, only to the region's Coze host or the sandbox, and only within the caller's rate limit.
 * What the catalog schema finds wrong is sent anyway, with the issues in a header: the upstream
 * (Coze, or the sandbox, which validates as Coze does) judges.
 */
export const relay = new Hono<{ Bindings: Env; Variables: RelayVariables }>();

relay.all('/:region/*', async (c) => {
  const url = new URL(c.req.url);
  assertUrlSize(url);
  const target = relayTargetOf(url.pathname);
  const region = parseRegion(target.region);
  const token = bearerToken(c.req.header('authorization'));
  if (!region) {
    throw new ApiError(
      404,
      'not_found',
      `Unknown region ${JSON.stringify(quotable(target.region, token))}: use sandbox, cn or com`,
    );
  }
  assertForwardableHeaders(c.req.raw.headers);
  if (!c.env.HISTORY_SECRET) throw new ApiError(500, 'internal', 'HISTORY_SECRET is not configured');
  // Calls without a token (OAuth token requests) share one anonymous sandbox session and keep no history.
  const ownerId = await ownerOf(token ?? 'anonymous', c.env.HISTORY_SECRET);
  // Counted before anything else is looked at: refused and malformed calls are abuse volume too.
  const caller = { ownerId: token ? ownerId : undefined, ip: c.req.header('cf-connecting-ip') };
  const refused = await checkRateLimit(c.env, region, caller);
  if (refused) {
    c.header('retry-after', String(refused.retryAfterSeconds));
    throw refused.error;
  }

  const cozePath = target.cozePath;
  const match = matchEndpoint(ENDPOINTS, c.req.method, cozePath);
  if (!match) throw new ApiError(404, 'not_found', `No Coze endpoint ${c.req.method} ${quotable(cozePath, token)}`);
  // The body is read before the token is asked for, so a refused stream request is known as one.
  const checked = await readCheckedRequest(c.req.raw, match, url);
  c.set('streams', checked.streams);
  if (!token && match.endpoint.auth !== 'none') {
    throw new ApiError(
      401,
      'unauthorized',
      'Send Authorization: Bearer <token> (any non-empty token works in the sandbox)',
    );
  }

  // Each record's size is spent from history's storage budget (per caller and per address).
  const admit = (bytes: number) => spendHistoryBudget(c.env, caller, bytes);
  const endpoint = checked.endpoint;
  const issues = maskedIssues(checked.issues, secretOf(c.req.header('authorization')));
  const headers = upstreamRequestHeaders(c.req.raw.headers, region);
  const startedAt = Date.now();
  const runId = newRunId(endpoint.id, startedAt);
  // What history needs besides the response. Nothing of it is built before the client has its
  // answer: the record is assembled, redacted and saved in `waitUntil`, after a turn of the event
  // loop, so a call's latency pays for none of it.
  /** Hands the response to history (after the answer, in `waitUntil`), when a token owns the run. */
  const record = (
    response: { status: number; headers: Headers },
    kind: CaptureInput['kind'],
    body: ReadableStream<Uint8Array> | Uint8Array | null,
    extra: { failure?: string; clientGone?: AbortSignal; delivered?: Promise<void>; ttfbMs?: number } = {},
  ) => {
    if (!token) return;
    const ttfbMs = extra.ttfbMs ?? Date.now() - startedAt;
    const capture = (): CaptureInput => ({
      runId,
      endpointId: endpoint.id,
      region,
      startedAt,
      request: {
        method: c.req.method,
        url: `${url.origin}${url.pathname}${url.search}`,
        headers: redactHeaders(Object.fromEntries(headers)),
        body: checked.bodyText,
        bodyNote: checked.bodyNote,
      },
      ...(issues.length ? { validation: issues } : {}),
      ttfbMs,
      response: { status: response.status, headers: redactHeaders(Object.fromEntries(response.headers)) },
      kind,
      ...(body instanceof Uint8Array ? { body: null, bodyBytes: body } : { body }),
      clientGone: extra.clientGone,
      delivered: extra.delivered,
    });
    c.executionCtx.waitUntil(
      afterThisTurn().then(() =>
        recordRun(c.env.HISTORY, { ownerId, token, capture: capture(), failure: extra.failure, admit }),
      ),
    );
  };
  const validation = issues.length ? validationHeader(endpoint.id, issues) : undefined;
  /** Our error in place of an answer the upstream never gave whole; the run records it as its response. */
  const answerFor = (error: ApiError, failure: string, ttfbMs?: number) => {
    const answer = errorAnswer(error, { authorization: c.req.header('authorization'), streams: checked.streams });
    if (validation) answer.headers.set(VALIDATION_HEADER, validation);
    if (token) answer.headers.set(RUN_ID_HEADER, runId);
    record(answer, 'json', encoder.encode(answer.body), { failure, ttfbMs });
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  };

  let upstream: Response;
  try {
    upstream = await sendUpstream(c.env, {
      region,
      method: c.req.method,
      pathAndQuery: cozePath + url.search,
      headers,
      body: checked.body,
      // The token calls share one sandbox session whatever bearer they carry (a JWT, a web app's
      // secret), so a code, device grant or refresh token issued there is found by the next call.
      ownerId: endpoint.auth === 'none' ? await ownerOf('anonymous', c.env.HISTORY_SECRET) : ownerId,
      timeoutMs: Number(c.env.UPSTREAM_TIMEOUT_MS ?? DEFAULT_UPSTREAM_TIMEOUT_MS),
      signal: c.req.raw.signal,
    });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    // No answer at all (refused, timed out): ours stands for it, and the run records it as its response.
    return answerFor(error, error.message);
  }
  const ttfbMs = Date.now() - startedAt;

  const kind = responseBodyKindOf(upstream.headers.get('content-type'));
  const out = clientResponseHeaders(upstream.headers, c.req.raw.headers.has('sec-fetch-mode'));
  out.set(RUN_ID_HEADER, runId);
  if (validation) out.set(VALIDATION_HEADER, validation);
  out.set('server-timing', `upstream;desc="upstream time to first byte";dur=${ttfbMs}`);
  // no-transform keeps any proxy from compressing, and so holding back, streamed events.
  out.set('cache-control', 'no-store, no-transform');
  if (kind === 'sse') out.set('x-accel-buffering', 'no');

  let body = upstream.body;
  if (body && (kind === 'json' || kind === 'text')) {
    let read: ReadUpTo;
    try {
      read = await readUpTo(body, CAPTURE_LIMITS.bodyBytes);
    } catch (cause) {
      // Nothing has gone to the client yet, so it gets our error in place of half a document.
      const error = streamInterrupted(cause);
      return answerFor(error, c.req.raw.signal.aborted ? CLIENT_GONE_MESSAGE : error.message, ttfbMs);
    }
    if (!read.rest) {
      record({ status: upstream.status, headers: out }, kind, read.bytes, { ttfbMs });
      return new Response(read.bytes, { status: upstream.status, headers: out });
    }
    // Longer than history keeps: what was read goes first, and the rest streams as any body does.
    body = prefixed(read.bytes, read.rest);
  }
  const split = body ? passThrough(body, kind === 'sse') : undefined;
  // Nothing is recorded without a token to own it: stop copying for the capture at once.
  if (!token) void split?.capture.cancel();
  record({ status: upstream.status, headers: out }, kind, split?.capture ?? null, {
    clientGone: split?.clientGone,
    delivered: split?.delivered,
    ttfbMs,
  });
  return new Response(split?.client ?? null, { status: upstream.status, headers: out });
});
