import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../../lib/api-error';
import { quotable } from '../history/redact';

/**
 * The playground's API is for its own pages and for servers. A browser on another site is refused
 * (HTTP 403) before anything runs, preflights included, and no response carries an
 * `Access-Control-Allow-*` header, so no other origin may read one. Browsers say where a request
 * comes from in `Origin` and `Sec-Fetch-Site`, which page scripts cannot set; servers and SDKs send
 * neither and are let through: they hold their own token, and CORS only protects browsers.
 * @example app.use('/api/*', sameOriginOnly)
 */
export const sameOriginOnly: MiddlewareHandler = async (c, next) => {
  const fetchSite = c.req.header('sec-fetch-site');
  const origin = c.req.header('origin');
  if (
    fetchSite === 'cross-site' ||
    fetchSite === 'same-site' ||
    (origin !== undefined && !isOwnOrigin(origin, c.req.url))
  ) {
    throw new ApiError(
      403,
      'forbidden',
      `Requests from other sites are refused${origin ? ` (Origin ${JSON.stringify(quotable(origin, undefined))})` : ''}: use the playground's own pages, or call from a server`,
    );
  }
  await next();
};

function isOwnOrigin(origin: string, requestUrl: string): boolean {
  // `null` (sandboxed frames, file: pages) and anything unparsable are not ours.
  if (!URL.canParse(origin)) return false;
  return new URL(origin).origin === new URL(requestUrl).origin;
}
