import { ApiError } from '../../lib/api-error';
import { bearerToken } from '../owner';

/** The query parameter @coze/api and browsers carry the token in: they cannot set handshake headers. */
export const TOKEN_QUERY_PARAM = 'authorization';

/**
 * The caller's token, from the `Authorization` header (servers, cozepy, coze-go, coze-java) or the
 * `authorization` query parameter (browsers; @coze/api in Node sends both). Two credentials that
 * differ, or a query value that is not `Bearer <token>`, are refused rather than one picked.
 */
export function handshakeToken(headers: Headers, url: URL): string | undefined {
  const header = headers.get('authorization');
  if (header?.includes(',')) {
    throw new ApiError(400, 'invalid_request', 'Send one Authorization header with one bearer token', [
      { location: 'headers', path: 'authorization', message: 'More than one credential' },
    ]);
  }
  const fromHeader = header === null ? undefined : bearerToken(header);
  if (header !== null && !fromHeader) {
    throw new ApiError(401, 'unauthorized', 'Authorization must be "Bearer <token>"');
  }
  const values = url.searchParams.getAll(TOKEN_QUERY_PARAM);
  if (values.length > 1) {
    throw new ApiError(400, 'invalid_request', 'Send the authorization query parameter once', [
      { location: 'query', path: TOKEN_QUERY_PARAM, message: 'More than one credential' },
    ]);
  }
  const fromQuery = values.length ? bearerToken(values[0]) : undefined;
  if (values.length && !fromQuery) {
    throw new ApiError(401, 'unauthorized', 'The authorization query parameter must be "Bearer <token>"');
  }
  if (fromHeader && fromQuery && fromHeader !== fromQuery) {
    throw new ApiError(
      400,
      'invalid_request',
      'The Authorization header and the authorization query parameter differ',
      [{ location: 'query', path: TOKEN_QUERY_PARAM, message: 'A second, different credential' }],
    );
  }
  return fromHeader ?? fromQuery;
}

/**
 * The query string to send upstream: the caller's, without the token, which goes on the handshake's
 * `Authorization` header only (a URL ends up in logs).
 */
export function upstreamQuery(url: URL): string {
  const params = new URLSearchParams(url.search);
  params.delete(TOKEN_QUERY_PARAM);
  const query = params.toString();
  return query ? `?${query}` : '';
}
