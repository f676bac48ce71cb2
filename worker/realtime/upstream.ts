import { ApiError } from '../../lib/api-error';
import type { Region } from '../../lib/relay-route';

/** Coze's WebSocket hosts by region, when wrangler.toml does not say otherwise. */
const DEFAULT_WS_ORIGINS = { cn: 'wss://ws.coze.cn', com: 'wss://ws.coze.com' } as const;

// Where the sandbox's Durable Object is addressed; the host is never resolved.
const SANDBOX_ORIGIN = 'https://sandbox.coze.invalid';

/**
 * The HTTP origin a region's WebSocket handshake goes to (`fetch` speaks http(s); the Upgrade header
 * makes it a WebSocket). Tests point `UPSTREAM_WS_CN`/`UPSTREAM_WS_COM` at a local server, but the
 * value must still be a ws(s) or http(s) origin without a path, so a misconfiguration cannot add one.
 */
export function wsOriginOf(env: Env, region: Exclude<Region, 'sandbox'>): string {
  const configured = (region === 'cn' ? env.UPSTREAM_WS_CN : env.UPSTREAM_WS_COM) || DEFAULT_WS_ORIGINS[region];
  const name = `UPSTREAM_WS_${region.toUpperCase()}`;
  if (!URL.canParse(configured)) throw new ApiError(500, 'internal', `${name} is not a URL`);
  const url = new URL(configured);
  const scheme = { 'wss:': 'https:', 'https:': 'https:', 'ws:': 'http:', 'http:': 'http:' }[url.protocol];
  if (!scheme || url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new ApiError(500, 'internal', `${name} must be an origin like ${DEFAULT_WS_ORIGINS[region]}`);
  }
  return `${scheme}//${url.host}`;
}

/** A WebSocket handshake the relay sends, already checked: the path is a catalog WebSocket endpoint's. */
export interface WsUpstreamCall {
  readonly region: Region;
  /** Coze path and query, without the token, e.g. `/v1/chat?bot_id=7351`. */
  readonly pathAndQuery: string;
  readonly token: string;
  /** Sandbox session the call belongs to (the caller's owner id). */
  readonly ownerId: string;
  readonly timeoutMs: number;
  /** The sandbox's pacing header (`x-sandbox-pace-ms`), passed to the sandbox only. */
  readonly sandboxPace?: string;
}

/** The upstream's answer to the handshake: an open socket, or the response that refused it. */
export type WsUpstreamResult =
  { readonly socket: WebSocket; readonly logid: string | null } | { readonly refused: Response };

/**
 * Opens the WebSocket to Coze (or the sandbox) with the token on the handshake's `Authorization`
 * header. This module is the only one that decides where a WebSocket goes.
 */
export async function connectUpstream(env: Env, call: WsUpstreamCall): Promise<WsUpstreamResult> {
  const origin = call.region === 'sandbox' ? SANDBOX_ORIGIN : wsOriginOf(env, call.region);
  const url = new URL(call.pathAndQuery, origin);
  if (url.origin !== origin) throw new ApiError(404, 'not_found', 'Not a Coze endpoint path');
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), call.timeoutMs);
  const headers = new Headers({ upgrade: 'websocket', authorization: `Bearer ${call.token}` });
  if (call.region === 'sandbox' && call.sandboxPace !== undefined) headers.set('x-sandbox-pace-ms', call.sandboxPace);
  // A redirect is never followed: it could name another host.
  const request = new Request(url, { headers, signal: controller.signal, redirect: 'manual' });
  let response: Response;
  try {
    response =
      call.region === 'sandbox'
        ? await env.SANDBOX.get(env.SANDBOX.idFromName(call.ownerId)).fetch(request)
        : await fetch(request);
  } catch (error) {
    if (controller.signal.aborted) {
      throw new ApiError(
        504,
        'upstream_timeout',
        `${call.region} did not answer the handshake within ${call.timeoutMs} ms`,
      );
    }
    throw new ApiError(502, 'upstream_unreachable', `Could not reach ${call.region}: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
  const socket = response.webSocket;
  if (response.status !== 101 || !socket) return { refused: response };
  return { socket, logid: response.headers.get('x-tt-logid') };
}
