import { Hono } from 'hono';
import { ApiError } from '../lib/api-error';
import { history } from './history/routes';
import { bearerToken } from './owner';
import { relay } from './relay';
import { sandboxReset } from './sandbox/reset';
import { apiSecurityHeaders } from './security/api-headers';
import { quotable } from './security/quotable';
import { ipRateLimit } from './security/rate-limit';
import { sameOriginOnly } from './security/same-origin';

/** The playground's worker: the API under /api; the built site is served as static assets. */
const app = new Hono<{ Bindings: Env }>();

// Security headers first, so they land on every API answer, refusals included.
app.use('/api/*', apiSecurityHeaders, sameOriginOnly);
app.route('/api/relay', relay);
app.use('/api/history/*', ipRateLimit);
app.route('/api/history', history);
app.route('/api/sandbox', sandboxReset);

app.all('/api/*', (c) => {
  const path = quotable(new URL(c.req.url).pathname, bearerToken(c.req.header('authorization')));
  throw new ApiError(404, 'not_found', `No API route ${c.req.method} ${path}`);
});

app.notFound((c) => c.env.ASSETS.fetch(c.req.raw));

// One exit for errors: what handlers throw becomes our JSON error body. Unexpected errors are
// logged by message only (never the request, which may carry a token).
app.onError((error, c) => {
  const apiError =
    error instanceof ApiError
      ? error
      : new ApiError(500, 'internal', 'The playground worker failed; the error is logged');
  if (!(error instanceof ApiError)) console.error('worker error:', error.message);
  return c.json(apiError.toBody(), apiError.status as 400);
});

export default app;
export { SandboxSession } from './sandbox';
