import { CozeCode } from '../../lib/coze-error-codes';

// The codes and the log id are shared with the relay's own answers; handlers import them from here.
export { CozeCode } from '../../lib/coze-error-codes';
export { newLogid } from '../../lib/logid';

/**
 * A Coze-level failure. Handlers throw it; the session answers `{code, msg, detail}` with HTTP 200
 * like Coze does, except for 4100, which Coze sends with HTTP 401.
 * @example throw new CozeError(CozeCode.notFound, 'conversation 123 not found')
 */
export class CozeError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly status = code === CozeCode.unauthorized ? 401 : 200,
  ) {
    super(message);
  }
}

/** The headers every sandbox answer carries: its content type and the log id, as Coze sends them. */
export function replyHeaders(contentType: string, logid: string): Headers {
  return new Headers({ 'content-type': contentType, 'x-tt-logid': logid });
}

function json(body: unknown, logid: string, status: number): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: replyHeaders('application/json; charset=utf-8', logid),
  });
}

/**
 * A success envelope around an endpoint's own top-level fields (`data`, or `message`, `has_more`…).
 * @example okReply({ data: conversation }, logid) // {"code":0,"msg":"","data":{…},"detail":{"logid":"…"}}
 */
export function okReply(fields: Record<string, unknown>, logid: string): Response {
  return json({ code: CozeCode.ok, msg: '', ...fields, detail: { logid } }, logid, 200);
}

/** The envelope of a failure: `{code, msg, detail}` with no data. */
export function errorReply(error: CozeError, logid: string): Response {
  return json({ code: error.code, msg: error.message, detail: { logid } }, logid, error.status);
}

/** The `error_code` values of Coze's OAuth endpoints, device-flow polling states included. */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'unsupported_grant_type'
  | 'access_deny'
  | 'internal_error'
  | 'authorization_pending'
  | 'slow_down'
  | 'access_denied'
  | 'expired_token';

/**
 * A failure of an OAuth token call. Those endpoints have no `{code, msg}` envelope: the session
 * answers `{error_code, error_message}` (and, for device polling, the `error` field the docs name).
 * @example throw new OAuthError('invalid_client', 'Unknown client_id 42', 401)
 */
export class OAuthError extends Error {
  constructor(
    readonly errorCode: OAuthErrorCode,
    message: string,
    readonly status = errorCode === 'invalid_client' ? 401 : errorCode === 'internal_error' ? 500 : 400,
  ) {
    super(message);
  }
}

const POLLING = new Set<OAuthErrorCode>(['authorization_pending', 'slow_down', 'access_denied', 'expired_token']);

/** The OAuth error an error thrown while serving an OAuth endpoint stands for. */
export function asOAuthError(error: unknown): OAuthError {
  if (error instanceof OAuthError) return error;
  if (error instanceof CozeError && error.code !== 5000) return new OAuthError('invalid_request', error.message);
  return new OAuthError('internal_error', 'The sandbox failed on this request; try again');
}

/** The body of an OAuth failure: `{error_code, error_message}`, plus `error` for the device-flow states. */
export function oauthErrorReply(error: OAuthError, logid: string): Response {
  const polling = POLLING.has(error.errorCode) ? { error: error.errorCode, error_description: error.message } : {};
  return json({ error_code: error.errorCode, error_message: error.message, ...polling }, logid, error.status);
}

/** JSON without Coze's envelope: OAuth token fields, or any endpoint whose schema has no `code`. */
export function plainReply(body: Record<string, unknown>, logid: string): Response {
  return json(body, logid, 200);
}
