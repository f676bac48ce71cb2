import { DurableObject } from 'cloudflare:workers';
import { readRequest } from './call';
import { CozeCode, CozeError, errorReply, newLogid, okReply } from './envelope';
import { HANDLERS } from './routes';
import { SessionStore } from './state';

/**
 * The sandbox upstream: a simulated Coze API, one instance per token owner, so a newcomer can try
 * every endpoint without a Coze token. It answers Coze-shaped requests
 * (`https://sandbox.coze.invalid/v3/chat?…`) as Coze would, keeps the owner's conversations, chats,
 * files and runs in Durable Object storage, and forgets them after 24 hours without use.
 * @example env.SANDBOX.get(env.SANDBOX.idFromName(ownerId)).fetch(cozeRequest)
 */
export class SandboxSession extends DurableObject<Env> {
  private readonly store = new SessionStore(this.ctx.storage);

  override async fetch(request: Request): Promise<Response> {
    const logid = newLogid();
    try {
      const parsed = await readRequest(request);
      const handler = HANDLERS[parsed.endpoint.id];
      if (!handler) throw new CozeError(CozeCode.notFound, `The sandbox does not simulate ${parsed.endpoint.id}`, 404);
      const nowMs = Date.now();
      await this.store.touch(nowMs);
      const result = await handler({ ...parsed, store: this.store, logid, nowMs });
      return result instanceof Response ? result : okReply(result, logid);
    } catch (error) {
      if (error instanceof CozeError) return errorReply(error, logid);
      // Only the message: the request may carry a token.
      console.error('sandbox failed:', error instanceof Error ? error.message : String(error));
      return errorReply(new CozeError(5000, 'The sandbox failed on this request; try again'), logid);
    }
  }

  /** Wipes the session once it has gone 24 hours without a request. */
  override async alarm(): Promise<void> {
    await this.store.expireIfIdle(Date.now());
  }
}
