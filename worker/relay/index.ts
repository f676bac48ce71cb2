import { Hono } from 'hono';
import { ENDPOINTS } from '../../catalog';
import { ApiError } from '../../lib/api-error';
import { matchEndpoint } from '../../lib/match-endpoint';
import { captureRun } from '../history/capture';
import { newRunId, saveRun } from '../history/store';
import { bearerToken, ownerOf } from '../owner';
import { clientResponseHeaders, recordableHeaders, upstreamRequestHeaders } from './headers';
import { DEFAULT_UPSTREAM_TIMEOUT_MS } from './limits';
import { passThrough } from './pass-through';
import { readCheckedRequest } from './read-request';
import { parseRegion } from './regions';
import { sendUpstream } from './upstream';

/** What kind of body an upstream answered with, from its content type. */
export function responseKindOf(contentType: string | null): 'json' | 'sse' | 'binary' | 'text' {
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('text/event-stream')) return 'sse';
  if (type.includes('json')) return 'json';
  if (type.startsWith('text/')) return 'text';
  return 'binary';
}

/** Header naming the history id of a relayed run. */
export const RUN_ID_HEADER = 'x-playground-run-id';

/**
 * The relay: `/api/relay/:region/<Coze path>`. Only a method and path that match a catalog
 * endpoint are sent, only after validation, only to the region's Coze host or the sandbox.
 */
export const relay = new Hono<{ Bindings: Env }>();

relay.all('/:region/*', async (c) => {
  const region = parseRegion(c.req.param('region'));
  if (!region)
    throw new ApiError(
      404,
      'not_found',
      `Unknown region ${JSON.stringify(c.req.param('region'))}: use sandbox, cn or com`,
    );
  const url = new URL(c.req.url);
  const cozePath = url.pathname.slice(`/api/relay/${region}`.length);
  const match = matchEndpoint(ENDPOINTS, c.req.method, cozePath);
  if (!match) throw new ApiError(404, 'not_found', `No Coze endpoint ${c.req.method} ${cozePath}`);

  const token = bearerToken(c.req.header('authorization'));
  if (!token && match.endpoint.auth !== 'none') {
    throw new ApiError(
      401,
      'unauthorized',
      'Send Authorization: Bearer <token> (any non-empty token works in the sandbox)',
    );
  }
  if (!c.env.HISTORY_SECRET) throw new ApiError(500, 'internal', 'HISTORY_SECRET is not configured');
  // Calls without a token (OAuth token requests) share one anonymous sandbox session and keep no history.
  const ownerId = await ownerOf(token ?? 'anonymous', c.env.HISTORY_SECRET);

  const checked = await readCheckedRequest(c.req.raw, match, url);
  const endpoint = checked.endpoint;
  const headers = upstreamRequestHeaders(c.req.raw.headers, region);
  const startedAt = Date.now();
  const upstream = await sendUpstream(c.env, {
    region,
    method: c.req.method,
    pathAndQuery: cozePath + url.search,
    headers,
    body: checked.body,
    ownerId,
    timeoutMs: Number(c.env.UPSTREAM_TIMEOUT_MS ?? DEFAULT_UPSTREAM_TIMEOUT_MS),
    signal: c.req.raw.signal,
  });
  const ttfbMs = Date.now() - startedAt;

  const kind = responseKindOf(upstream.headers.get('content-type'));
  const runId = newRunId(endpoint.id, startedAt);
  const out = clientResponseHeaders(upstream.headers);
  out.set(RUN_ID_HEADER, runId);
  out.set('server-timing', `upstream;desc="upstream time to first byte";dur=${ttfbMs}`);
  // no-transform keeps any proxy from compressing, and so holding back, streamed events.
  out.set('cache-control', 'no-store, no-transform');
  if (kind === 'sse') out.set('x-accel-buffering', 'no');

  const split = upstream.body ? passThrough(upstream.body, kind === 'sse') : undefined;
  const recordedHeaders = recordableHeaders(headers);
  // Nothing is recorded without a token to own it: stop copying for the capture at once.
  if (!token) void split?.capture.cancel();
  else
    c.executionCtx.waitUntil(
      captureRun({
        runId,
        endpointId: endpoint.id,
        region,
        startedAt,
        ttfbMs,
        request: {
          method: c.req.method,
          url: `${url.origin}${url.pathname}${url.search}`,
          headers: recordedHeaders,
          body: checked.bodyText,
          bodyNote: checked.bodyNote,
        },
        response: { status: upstream.status, headers: recordableHeaders(out) },
        kind,
        body: split?.capture ?? null,
      }).then((run) => saveRun(c.env.HISTORY, ownerId, run)),
    );
  return new Response(split?.client ?? null, { status: upstream.status, headers: out });
});
