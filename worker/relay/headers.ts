import { ApiError } from '../../lib/api-error';
import { SHOWN_LOCATION_HEADER } from '../../lib/relay-headers';
import { HEADER_VALUE_LIMIT } from './limits';
import type { Region } from '../../lib/relay-route';

// Request headers a Coze call may need. Everything else (cookies, forwarding and hop-by-hop
// headers, a caller's Host) stays behind, so the relay cannot be used to smuggle them upstream.
const FORWARDED_REQUEST_HEADERS = ['authorization', 'content-type', 'accept', 'agw-js-conv'];
// The sandbox reads these to pace and seed its simulated streams; Coze never sees them.
const SANDBOX_REQUEST_HEADERS = ['x-sandbox-pace-ms', 'x-sandbox-seed'];
// Response headers a client of the relay can use; the rest of Coze's edge headers stay behind.
const RETURNED_RESPONSE_HEADERS = ['content-type', 'x-tt-logid', 'content-disposition', 'retry-after'];

/**
 * Refuses headers the relay cannot forward without guessing: two credentials (a second
 * `Authorization` arrives comma-joined to the first), a value over {@link HEADER_VALUE_LIMIT}, or a
 * protocol upgrade (Coze's WebSocket APIs are not relayed). Anything else outside the allow-list is
 * simply left behind by {@link upstreamRequestHeaders}.
 */
export function assertForwardableHeaders(incoming: Headers): void {
  const authorization = incoming.get('authorization');
  if (authorization?.includes(',')) {
    throw new ApiError(400, 'invalid_request', 'Send one Authorization header with one bearer token', [
      { location: 'headers', path: 'authorization', message: 'More than one credential' },
    ]);
  }
  for (const name of [...FORWARDED_REQUEST_HEADERS, ...SANDBOX_REQUEST_HEADERS]) {
    const value = incoming.get(name);
    if (value !== null && value.length > HEADER_VALUE_LIMIT) {
      throw new ApiError(431, 'invalid_request', `The ${name} header is over ${HEADER_VALUE_LIMIT} characters`, [
        { location: 'headers', path: name, message: `At most ${HEADER_VALUE_LIMIT} characters` },
      ]);
    }
  }
  if (incoming.has('upgrade')) {
    throw new ApiError(
      400,
      'invalid_request',
      'The relay does not upgrade connections (WebSocket APIs are not relayed)',
    );
  }
}

/** The headers sent upstream: only those on the allow-list, and none with a control character in it. */
export function upstreamRequestHeaders(incoming: Headers, region: Region): Headers {
  const allowed =
    region === 'sandbox' ? [...FORWARDED_REQUEST_HEADERS, ...SANDBOX_REQUEST_HEADERS] : FORWARDED_REQUEST_HEADERS;
  const out = new Headers();
  for (const name of allowed) {
    const value = incoming.get(name);
    if (value !== null && !/[\x00-\x08\x0a-\x1f\x7f]/.test(value)) out.set(name, value);
  }
  return out;
}

/**
 * The headers returned to the client from an upstream response. A redirect's `Location` goes back
 * as it came to servers and SDKs; a browser (it sends `Sec-Fetch-Mode`) gets it as
 * {@link SHOWN_LOCATION_HEADER} instead, because its fetch would follow a `Location` on its own.
 */
export function clientResponseHeaders(upstream: Headers, fromBrowser = false): Headers {
  const out = new Headers();
  for (const name of RETURNED_RESPONSE_HEADERS) {
    const value = upstream.get(name);
    if (value !== null) out.set(name, value);
  }
  const location = upstream.get('location');
  if (location !== null) out.set(fromBrowser ? SHOWN_LOCATION_HEADER : 'location', location);
  return out;
}
