import { ApiError } from '../../lib/api-error';
import type { Region } from '../../lib/relay-route';

/** The Coze request the relay sends, already checked: the path is a catalog endpoint's. */
export interface UpstreamCall {
  readonly region: Region;
  readonly method: string;
  /** Coze path and query string, e.g. `/v3/chat?conversation_id=1`. */
  readonly pathAndQuery: string;
  readonly headers: Headers;
  readonly body?: ArrayBuffer;
  /** Sandbox session the call belongs to (the caller's owner id). */
  readonly ownerId: string;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

// The only hosts the relay talks to. Tests override the base URLs with env vars, but the values
// still have to be http(s) origins without a path, so a misconfiguration cannot add a path.
const SANDBOX_ORIGIN = 'https://sandbox.coze.invalid';

function originOf(env: Env, region: Exclude<Region, 'sandbox'>): string {
  const configured = region === 'cn' ? env.UPSTREAM_CN : env.UPSTREAM_COM;
  const url = new URL(configured);
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || (url.pathname !== '/' && url.pathname !== '')) {
    throw new ApiError(
      500,
      'internal',
      `UPSTREAM_${region.toUpperCase()} must be an origin like https://api.coze.${region}`,
    );
  }
  return url.origin;
}

/**
 * Sends a checked call to Coze or to the sandbox and resolves when the response headers arrive.
 * This module is the only one that decides where a request goes.
 */
export async function sendUpstream(env: Env, call: UpstreamCall): Promise<Response> {
  const origin = call.region === 'sandbox' ? SANDBOX_ORIGIN : originOf(env, call.region);
  const url = new URL(call.pathAndQuery, origin);
  if (url.origin !== origin) throw new ApiError(404, 'not_found', 'Not a Coze endpoint path');
  // The timer covers the wait for response headers only: a stream may run for minutes after that.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, call.timeoutMs);
  call.signal?.addEventListener('abort', () => controller.abort(), { once: true });
  const request = new Request(url, {
    method: call.method,
    headers: call.headers,
    body: call.body,
    signal: controller.signal,
    // A redirect is Coze's answer, not an instruction to the relay: following one would send the
    // caller's token and body wherever a Location points (another host, a path off the allow-list).
    redirect: 'manual',
  });
  try {
    if (call.region === 'sandbox') {
      return await env.SANDBOX.get(env.SANDBOX.idFromName(call.ownerId)).fetch(request);
    }
    return await fetch(request);
  } catch (error) {
    if (timedOut) {
      throw new ApiError(504, 'upstream_timeout', `${call.region} did not answer within ${call.timeoutMs} ms`);
    }
    throw new ApiError(502, 'upstream_unreachable', `Could not reach ${call.region}: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}
