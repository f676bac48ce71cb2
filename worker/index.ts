import { Hono } from 'hono';
import { ApiError } from '../lib/api-error';
import { asApiError, errorAnswer } from './error-answer';
import { history } from './history/api';
import { langRedirect } from './lang-redirect';
import { bearerToken } from './owner';
import { realtimeRelay } from './realtime';
import { relay, type RelayVariables } from './relay';
import { sandboxAuthorize } from './sandbox/authorize';
import { sandboxReset } from './sandbox/reset';
import { apiSecurityHeaders } from './security/api-headers';
import { quotable } from './history/redact';
import { ipRateLimit } from './security/rate-limit';
import { sameOriginOnly } from './security/same-origin';
import { tryout } from './tryout';

/** The playground's worker: the API under /api; the built site is served as static assets. */
const app = new Hono<{ Bindings: Env; Variables: RelayVariables }>();

// Security headers first, so they land on every API answer, refusals included.
app.use('/api/*', apiSecurityHeaders, sameOriginOnly);
// Without its HMAC key the worker can neither key history nor tell sandbox sessions apart: a deploy
// that missed `wrangler secret put` says so on every API answer rather than failing at random. Pages
// are static assets and stay up.
app.use('/api/*', async (c, next) => {
  if (!c.env.HISTORY_SECRET)
    throw new ApiError(
      503,
      'not_configured',
      'This playground is not configured: its HISTORY_SECRET is missing. Whoever deploys it: run `npx wrangler secret put HISTORY_SECRET`; locally, `npm start` and `npm run dev` write one into .dev.vars.',
    );
  await next();
});
// WebSocket handshakes first: anything else goes on to the HTTP relay unchanged.
app.get('/api/relay/:region/*', realtimeRelay);
app.route('/api/relay', relay);
app.use('/api/history/*', ipRateLimit);
app.route('/api/history', history);
app.route('/api/sandbox', sandboxReset);
app.route('/api/sandbox', sandboxAuthorize);

app.all('/api/*', (c) => {
  const path = quotable(new URL(c.req.url).pathname, bearerToken(c.req.header('authorization')));
  throw new ApiError(404, 'not_found', `No API route ${c.req.method} ${path}`);
});

// The SDK try-out frames: pages with a policy of their own (worker/tryout/).
app.route('/tryout', tryout);

// Pages: English ones run the worker first for the language redirect; everything else is the assets.
app.get('*', langRedirect);
app.notFound((c) => c.env.ASSETS.fetch(c.req.raw));

// One exit for errors: what handlers throw becomes our error body in Coze's shape, masked
// (worker/error-answer.ts). Headers set before the throw (Retry-After, the run id) are kept.
app.onError((error, c) => {
  const answer = errorAnswer(asApiError(error), {
    authorization: c.req.header('authorization'),
    streams: c.get('streams'),
  });
  answer.headers.forEach((value, name) => c.header(name, value));
  return c.body(answer.body, answer.status as 400);
});

export default app;
export { RealtimeQuota } from './realtime/session-quota';
export { SandboxSession } from './sandbox';
