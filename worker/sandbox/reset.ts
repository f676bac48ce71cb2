import { Hono } from 'hono';
import { ApiError } from '../../lib/api-error';
import { bearerToken, ownerOf } from '../owner';
import { checkRateLimit } from '../security/rate-limit';

/**
 * `POST /api/sandbox/reset`: puts the caller's sandbox session (the one their token names) back to
 * its seed, so a delete tried on one page no longer breaks the examples of others. It wipes that
 * owner's Durable Object storage; the next sandbox call seeds it again. It counts against the
 * sandbox rate-limit windows like a sandbox call, and touches no other owner's session.
 * @example await fetch('/api/sandbox/reset', { method: 'POST', headers: { Authorization: `Bearer ${token}` } })
 */
export const sandboxReset = new Hono<{ Bindings: Env }>();

sandboxReset.post('/reset', async (c) => {
  const token = bearerToken(c.req.header('authorization'));
  if (!token) throw new ApiError(401, 'unauthorized', 'Send the sandbox token as Authorization: Bearer <token>');
  if (!c.env.HISTORY_SECRET) throw new ApiError(500, 'internal', 'HISTORY_SECRET is not configured');
  const ownerId = await ownerOf(token, c.env.HISTORY_SECRET);
  const refused = await checkRateLimit(c.env, 'sandbox', { ownerId, ip: c.req.header('cf-connecting-ip') });
  if (refused) {
    c.header('retry-after', String(refused.retryAfterSeconds));
    throw refused.error;
  }
  await c.env.SANDBOX.get(c.env.SANDBOX.idFromName(ownerId)).reset();
  return c.json({ reset: true });
});
