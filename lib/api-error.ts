import { CozeCode } from './coze-error-codes';
import { newLogid } from './logid';

/** Where a request field lives, as the relay and the form name it. */
export type IssueLocation = 'path' | 'query' | 'headers' | 'body';

/** One field-level problem with a request. */
export interface FieldIssue {
  readonly location: IssueLocation;
  /** Dotted path inside the location, e.g. `additional_messages.0.content`; empty for the whole location. */
  readonly path: string;
  readonly message: string;
}

/** Machine-readable error codes of everything the worker answers itself. */
export type ApiErrorCode =
  | 'not_found'
  | 'invalid_request'
  | 'unauthorized'
  | 'forbidden'
  | 'payload_too_large'
  | 'rate_limited'
  | 'upstream_unreachable'
  | 'upstream_timeout'
  | 'stream_interrupted'
  | 'history_unavailable'
  | 'not_configured'
  | 'internal';

/**
 * The Coze code each of our errors answers with, so an official SDK raises the class it raises for
 * Coze's own: coze-js picks `BadRequestError` for 4000, `AuthenticationError` for 4100,
 * `PermissionDeniedError` for 4101, `NotFoundError` for 4200 and `RateLimitError` for 4013.
 * A throw site may name a closer code (a too-large upload is 4302).
 */
export const COZE_CODE_OF: Readonly<Record<ApiErrorCode, number>> = {
  not_found: CozeCode.notFound,
  invalid_request: CozeCode.badRequest,
  unauthorized: CozeCode.unauthorized,
  forbidden: CozeCode.forbidden,
  payload_too_large: CozeCode.badRequest,
  rate_limited: CozeCode.tooManyRequests,
  upstream_unreachable: CozeCode.serverError,
  upstream_timeout: CozeCode.serverError,
  stream_interrupted: CozeCode.serverError,
  history_unavailable: CozeCode.serverError,
  // A deploy without its secret cannot serve any call: a server-side failure, as Coze's 5000.
  not_configured: CozeCode.serverError,
  internal: CozeCode.serverError,
};

/**
 * The one error body the worker sends, as JSON or as the data of an SSE `error` event: Coze's
 * fields (`code`, `msg`, `detail.logid`), which the official SDKs read, beside our own `error`,
 * which the site reads. Coze's own errors pass through untouched.
 * @example { "code": 4200, "msg": "No Coze endpoint GET /v9/x", "detail": { "logid": "20261204…" },
 *   "error": { "status": 404, "code": "not_found", "message": "No Coze endpoint GET /v9/x" } }
 */
export interface ApiErrorBody {
  readonly code: number;
  readonly msg: string;
  readonly detail: { readonly logid: string };
  readonly error: {
    readonly status: number;
    readonly code: ApiErrorCode;
    readonly message: string;
    readonly issues?: readonly FieldIssue[];
  };
}

/** How an error is written out: its log id, and what every text goes through before it leaves. */
export interface ErrorBodyOptions {
  readonly logid?: string;
  /** Applied to the message and to each issue's path and message (the worker masks the caller's token). */
  readonly mask?: (text: string) => string;
}

/** Thrown by handlers; `app.onError` turns it into an {@link ApiErrorBody}. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly issues?: readonly FieldIssue[],
    /** Coze's code for this case; by default the one {@link COZE_CODE_OF} gives our code. */
    readonly cozeCode: number = COZE_CODE_OF[code],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The JSON body for this error, every text passed through `mask`. */
  toBody(options: ErrorBodyOptions = {}): ApiErrorBody {
    const mask = options.mask ?? ((text: string) => text);
    const message = mask(this.message);
    const issues = this.issues?.map((issue) => ({ ...issue, path: mask(issue.path), message: mask(issue.message) }));
    return {
      code: this.cozeCode,
      msg: message,
      detail: { logid: options.logid ?? newLogid() },
      error: {
        status: this.status,
        code: this.code,
        message,
        ...(issues?.length ? { issues } : {}),
      },
    };
  }
}

/** True when a parsed JSON value is one of our error bodies (the site tells them from Coze's). */
export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  const error = (value as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}
