import type { MiddlewareHandler } from 'hono';

/**
 * Headers on every response of the worker's own API. The API answers JSON, SSE, audio or whatever
 * Coze sent; none of it is a page. If one is ever opened as a document it runs nothing (`sandbox`,
 * `default-src 'none'`), is never sniffed into HTML, cannot be framed, and other sites cannot
 * embed it as a script or image.
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

/**
 * Sets {@link API_SECURITY_HEADERS} on the response, errors and streams included.
 * @example app.use('/api/*', apiSecurityHeaders)
 */
export const apiSecurityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) c.res.headers.set(name, value);
};
