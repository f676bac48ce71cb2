import { DurableObject } from 'cloudflare:workers';
import { matchRequest, readRequest } from './call';
import { maskedText, secretOf } from '../error-answer';
import { CozeError, OAuthError, asOAuthError, errorReply, newLogid, oauthErrorReply, okReply } from './envelope';
import { generic } from './handlers/generic';
import { authorizePage } from './handlers/oauth';
import { assertUsable } from './issued-tokens';
import { entryFor } from '../../lib/endpoint-table';
import { HANDLERS } from './handler-table';
import { acceptRealtime } from './realtime';
import { SessionStore } from './state';

/** Where the sandbox's consent page is, in the session's Coze-shaped URL space. */
export const AUTHORIZE_PATH = '/api/permission/oauth2/authorize';

/**
 * The sandbox upstream: a simulated Coze API, one instance per token owner, so a newcomer can try
 * every endpoint without a Coze token. It answers Coze-shaped requests
 * (`https://sandbox.coze.invalid/v3/chat?…`) as Coze would, keeps the owner's conversations, chats,
 * files and runs, workspaces, knowledge, voices, voiceprints, callback apps, variables and OAuth
 * grants in Durable Object storage, and forgets them after 24 hours without use. Endpoints without
 * a dedicated handler answer their documented shape from the catalog schema.
 * @example env.SANDBOX.get(env.SANDBOX.idFromName(ownerId)).fetch(cozeRequest)
 */
export class SandboxSession extends DurableObject<Env> {
  private readonly store = new SessionStore(this.ctx.storage);

  override async fetch(request: Request): Promise<Response> {
    // Coze's WebSocket APIs (voice chat, speech, transcription) run as live sessions in this object.
    if (request.headers.get('upgrade')?.toLowerCase() === 'websocket') {
      await this.store.touch(Date.now());
      return acceptRealtime(request, this.store);
    }
    const logid = newLogid();
    const url = new URL(request.url);
    // The consent page is a page, not an API call: the catalog lists it as a redirect, which no
    // API route matches, so it is answered before matching.
    if (request.method === 'GET' && url.pathname === AUTHORIZE_PATH) {
      const nowMs = Date.now();
      await this.store.touch(nowMs);
      return authorizePage(url.searchParams, this.store, nowMs, logid, request.headers.get('accept-language') ?? '');
    }
    let oauth = false;
    try {
      const match = matchRequest(request);
      // The OAuth token calls have no envelope: their failures are `{error_code, error_message}`.
      oauth = match.candidates.every((endpoint) => endpoint.auth === 'none');
      const parsed = await readRequest(request, match);
      const handler = entryFor(HANDLERS, parsed.endpoint.id) ?? generic;
      const nowMs = Date.now();
      const secret = this.env.HISTORY_SECRET ?? '';
      // A token of the shape the sandbox's OAuth flows issue must be one they issued, still valid.
      if (!oauth) await assertUsable(parsed.bearer, secret, Math.floor(nowMs / 1000));
      const seededAtMs = await this.store.touch(nowMs);
      const result = await handler({ ...parsed, store: this.store, logid, nowMs, seededAtMs, secret });
      return result instanceof Response ? result : okReply(result, logid);
    } catch (error) {
      // A message may quote what the caller sent (a field's value, a path): masked like every
      // answer the worker writes, so a token put in the wrong field is not echoed.
      const secret = secretOf(request.headers.get('authorization'));
      if (oauth) {
        const failure = asOAuthError(error);
        if (failure.errorCode === 'internal_error') console.error('sandbox failed:', (error as Error)?.message);
        return oauthErrorReply(
          new OAuthError(failure.errorCode, maskedText(failure.message, secret), failure.status),
          logid,
        );
      }
      if (error instanceof CozeError) {
        return errorReply(new CozeError(error.code, maskedText(error.message, secret), error.status), logid);
      }
      // Only the message: the request may carry a token.
      console.error('sandbox failed:', error instanceof Error ? error.message : String(error));
      return errorReply(new CozeError(5000, 'The sandbox failed on this request; try again'), logid);
    }
  }

  /** Wipes the session now (reset): the next request seeds it again from the fixtures. */
  async reset(): Promise<void> {
    await this.store.wipe();
  }

  /** Wipes the session once it has gone 24 hours without a request. */
  override async alarm(): Promise<void> {
    await this.store.expireIfIdle(Date.now());
  }
}
