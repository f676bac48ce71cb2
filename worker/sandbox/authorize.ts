import { Hono } from 'hono';
import { ApiError } from '../../lib/api-error';
import { ownerOf } from '../owner';
import { checkRateLimit } from '../security/rate-limit';
import { AUTHORIZE_PATH } from '.';

/**
 * `GET /api/sandbox/oauth2/authorize?…`: the sandbox's OAuth consent page, where the playground's
 * PKCE flow sends the browser for region `sandbox` (Coze's is `https://www.coze.cn/api/permission/oauth2/authorize`).
 * It is served by the shared session that token calls without a token use, so the code it issues
 * is found again when the page exchanges it through the relay. The page is plain HTML with two
 * links, under the API's CSP (`default-src 'none'`, `sandbox`): no script, no form, no style.
 */
export const sandboxAuthorize = new Hono<{ Bindings: Env }>();

sandboxAuthorize.get('/oauth2/authorize', async (c) => {
  if (!c.env.HISTORY_SECRET) throw new ApiError(500, 'internal', 'HISTORY_SECRET is not configured');
  const refused = await checkRateLimit(c.env, 'sandbox', { ownerId: undefined, ip: c.req.header('cf-connecting-ip') });
  if (refused) {
    c.header('retry-after', String(refused.retryAfterSeconds));
    throw refused.error;
  }
  const ownerId = await ownerOf('anonymous', c.env.HISTORY_SECRET);
  const query = new URL(c.req.url).search;
  const headers = new Headers();
  const language = c.req.header('accept-language');
  if (language) headers.set('accept-language', language.slice(0, 200));
  const answer = await c.env.SANDBOX.get(c.env.SANDBOX.idFromName(ownerId)).fetch(
    new Request(`https://sandbox.coze.invalid${AUTHORIZE_PATH}${query}`, { headers }),
  );
  return new Response(answer.body, {
    status: answer.status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
});
