import { env } from 'cloudflare:workers';

/**
 * A client for one sandbox Durable Object: `send` returns the Response, `json` its parsed body.
 * Each call gets a fresh owner unless one is given, so tests do not see each other's state.
 */
export function sandboxSession(kind: string, owner = `${kind}-${crypto.randomUUID()}`) {
  const stub = env.SANDBOX.get(env.SANDBOX.idFromName(owner));
  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    stub.fetch(
      new Request(`https://sandbox.coze.invalid${path}`, {
        method,
        headers: {
          authorization: `Bearer pat_${kind}_test`,
          'content-type': 'application/json',
          'x-sandbox-pace-ms': '0',
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
  const json = async (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
    (await (await send(method, path, body, headers)).json()) as Record<string, any>;
  return { send, json };
}
