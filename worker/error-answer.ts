import { ApiError, type FieldIssue } from '../lib/api-error';
import { LOGID_HEADER, newLogid } from '../lib/logid';
import { bearerToken } from './owner';
import { quotable } from './history/redact';

/**
 * The credential of an `Authorization` header, whatever its scheme: the bearer token, or what
 * follows another scheme's name (`Basic …`), or the whole value. It is what an answer must not
 * echo, even when the relay refused the header.
 * @example secretOf('Basic dXNlcjpwYXNz') // 'dXNlcjpwYXNz'
 */
export function secretOf(authorization: string | null | undefined): string | undefined {
  if (!authorization?.trim()) return undefined;
  return bearerToken(authorization) ?? /^\S+\s+(\S[\s\S]*?)\s*$/.exec(authorization)?.[1] ?? authorization.trim();
}

/**
 * Text the worker writes into an answer (a message, a field path, a header value), through
 * `quotable`: anything shaped like a token removed, the caller's own token masked in every spelling,
 * at most 200 characters. A message listing several problems is quoted problem by problem (`; `
 * apart), so each keeps its 200.
 * @example maskedText('stream: expected boolean but received "my-secret-token"', 'my-secret-token')
 *   // → 'stream: expected boolean but received "***"'
 */
export function maskedText(text: string, secret: string | undefined): string {
  return text
    .split('; ')
    .map((part) => quotable(part, secret))
    .join('; ');
}

/** Issues as they go back to the client and into history: each path and message masked. */
export function maskedIssues(issues: readonly FieldIssue[], secret: string | undefined): FieldIssue[] {
  return issues.map((issue) => ({
    location: issue.location,
    path: maskedText(issue.path, secret),
    message: maskedText(issue.message, secret),
  }));
}

/** What the answer to a refused request depends on besides the error. */
export interface RefusedRequest {
  /** The request's `Authorization` header: its credential is masked everywhere in the answer. */
  readonly authorization?: string | null;
  /**
   * Whether the request asked for a stream. coze-js cannot read the body of a failed stream
   * request (it hands its error the unread stream: no code, no message), so, as Coze does, such a
   * refusal is HTTP 200 with the error as JSON: coze-js's stream methods yield it as Coze's `error`
   * event, and the other SDKs raise it with its code. Gateway failures (5xx) keep their status:
   * there is no Coze answer for them to stand for.
   */
  readonly streams?: boolean;
}

/**
 * The one way an {@link ApiError} becomes an answer: Coze's fields beside ours, a fresh log id in
 * the body and in `x-tt-logid`, and every text masked. `app.onError` and the relay's failure path
 * both answer through it, so no refusal can skip the masking.
 * @example return errorAnswer(new ApiError(404, 'not_found', 'No Coze endpoint GET /v9/x'), { authorization })
 */
export function errorAnswer(
  error: ApiError,
  request: RefusedRequest = {},
): { status: number; body: string; headers: Headers } {
  const secret = secretOf(request.authorization);
  const logid = newLogid();
  const body = error.toBody({ logid, mask: (text) => maskedText(text, secret) });
  const status = request.streams && error.status < 500 ? 200 : error.status;
  return {
    status,
    body: JSON.stringify(body),
    headers: new Headers({ 'content-type': 'application/json; charset=utf-8', [LOGID_HEADER]: logid }),
  };
}

/** Anything thrown, as the error it is answered with: ours as it is, anything else a logged 500. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  // Logged by message only: never the request, which may carry a token.
  console.error('worker error:', error instanceof Error ? error.message : String(error));
  return new ApiError(500, 'internal', 'The playground worker failed; the error is logged');
}
