import type { RequestBodyKind } from '../../catalog/types';

/**
 * Largest request body the relay accepts, by body kind. 20 MB is the largest JSON body Coze
 * documents (workflow runs). Uploads get the same cap although Coze takes up to 512 MB: the relay
 * holds a body in memory to validate it before sending, and a Worker isolate has 128 MB, so a
 * larger cap would let one upload exhaust it. Bigger files go to Coze directly.
 */
export const BODY_LIMITS: Readonly<Record<RequestBodyKind, number>> = {
  json: 20 * 1024 * 1024,
  multipart: 20 * 1024 * 1024,
  none: 0,
};

/** How long the relay waits for the upstream's response headers before giving up. */
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 60_000;

/**
 * Sizes of the request line and headers. Coze's own paths are under 100 characters and its
 * longest query strings (list filters) well under 1 KB; a token is under 1 KB (JWTs included).
 */
export const URL_LIMITS = {
  /** Characters of the URL path, `/api/relay/<region>` included. */
  pathChars: 2 * 1024,
  /** Characters of the query string, `?` included. */
  queryChars: 8 * 1024,
} as const;

/** Characters of one forwarded request header value (`Authorization` included). */
export const HEADER_VALUE_LIMIT = 4 * 1024;
