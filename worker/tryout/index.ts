import { Hono } from 'hono';
import { ApiError } from '../../lib/api-error';
import { frameCsp, frameHtml, frameScriptHash, parseFrameRequest } from './frame-page';

let hash: Promise<string> | undefined;

/**
 * The SDK try-out frames: `GET /tryout/frame/:sdk?region=cn|com[&images=<origin>,…]` answers the
 * page the playground loads Coze's official SDK into, with a policy that admits Coze's CDN, API and
 * image hosts and nothing of the playground. Served by the worker (not a static asset) because its
 * policy differs from every page's.
 */
export const tryout = new Hono<{ Bindings: Env }>();

tryout.get('/frame/:sdk', async (c) => {
  const url = new URL(c.req.url);
  const request = parseFrameRequest(c.req.param('sdk'), url.searchParams, url.origin);
  if ('error' in request)
    throw request.notFound
      ? new ApiError(404, 'not_found', request.error)
      : new ApiError(400, 'invalid_request', request.error);
  hash ??= frameScriptHash();
  return c.html(frameHtml(request), 200, {
    'content-security-policy': frameCsp(request, await hash),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
    'cache-control': 'no-store',
  });
});
