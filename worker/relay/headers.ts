import type { Region } from './regions';

// Request headers a Coze call may need. Everything else (cookies, forwarding and hop-by-hop
// headers, a caller's Host) stays behind, so the relay cannot be used to smuggle them upstream.
const FORWARDED_REQUEST_HEADERS = ['authorization', 'content-type', 'accept', 'agw-js-conv'];
// The sandbox reads these to pace and seed its simulated streams; Coze never sees them.
const SANDBOX_REQUEST_HEADERS = ['x-sandbox-pace-ms', 'x-sandbox-seed'];
// Response headers a client of the relay can use; the rest of Coze's edge headers stay behind.
const RETURNED_RESPONSE_HEADERS = ['content-type', 'x-tt-logid', 'content-disposition', 'retry-after'];

/** The headers sent upstream: only those on the allow-list, and none with CR or LF in it. */
export function upstreamRequestHeaders(incoming: Headers, region: Region): Headers {
  const allowed =
    region === 'sandbox' ? [...FORWARDED_REQUEST_HEADERS, ...SANDBOX_REQUEST_HEADERS] : FORWARDED_REQUEST_HEADERS;
  const out = new Headers();
  for (const name of allowed) {
    const value = incoming.get(name);
    if (value !== null && !/[\r\n]/.test(value)) out.set(name, value);
  }
  return out;
}

/** The headers returned to the client from an upstream response. */
export function clientResponseHeaders(upstream: Headers): Headers {
  const out = new Headers();
  for (const name of RETURNED_RESPONSE_HEADERS) {
    const value = upstream.get(name);
    if (value !== null) out.set(name, value);
  }
  return out;
}

/** A plain object of headers without credentials, for the request preview and history. */
export function recordableHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (name !== 'authorization' && name !== 'cookie') out[name] = value;
  });
  return out;
}
