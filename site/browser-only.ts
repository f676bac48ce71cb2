import type { Endpoint } from '../catalog';
import { fillPath } from '../lib/match-endpoint';
import { queryString } from '../lib/request-model';

/** Endpoints the relay does not carry: WebSocket handshakes, and pages the user's browser opens. */
export type BrowserOnlyKind = 'websocket' | 'redirect';

/** Where those endpoints live, per site (coze.cn, coze.com). */
export const BROWSER_ONLY_HOSTS: Readonly<Record<BrowserOnlyKind, { readonly cn: string; readonly com: string }>> = {
  websocket: { cn: 'wss://ws.coze.cn', com: 'wss://ws.coze.com' },
  redirect: { cn: 'https://www.coze.cn', com: 'https://www.coze.com' },
};

/** The browser-only kind of an endpoint, or undefined for the ones the playground can run. */
export function browserOnlyKind(endpoint: Pick<Endpoint, 'responseKind'>): BrowserOnlyKind | undefined {
  return endpoint.responseKind === 'websocket' || endpoint.responseKind === 'redirect'
    ? endpoint.responseKind
    : undefined;
}

/**
 * The endpoint's URL on a host with its example's path and query filled in.
 *
 * @example
 * exampleUrl(wsChat, 'wss://ws.coze.cn') // 'wss://ws.coze.cn/v1/chat?bot_id=7351000000000000001'
 */
export function exampleUrl(endpoint: Pick<Endpoint, 'path' | 'example'>, host: string): string {
  return `${host}${fillPath(endpoint.path, endpoint.example.path ?? {})}${queryString({ ...endpoint.example.query })}`;
}
