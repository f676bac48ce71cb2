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
 * The one error body the worker sends, as JSON or as the data of an SSE `error` event.
 * Coze's own errors (`{code, msg}`) pass through untouched; this shape is only for our answers.
 * @example { "error": { "status": 404, "code": "not_found", "message": "No Coze endpoint GET /v9/x" } }
 */
export interface ApiErrorBody {
  readonly error: {
    readonly status: number;
    readonly code: ApiErrorCode;
    readonly message: string;
    readonly issues?: readonly FieldIssue[];
  };
}

/** Thrown by handlers; `app.onError` turns it into an {@link ApiErrorBody}. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly issues?: readonly FieldIssue[],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The JSON body for this error. */
  toBody(): ApiErrorBody {
    return {
      error: {
        status: this.status,
        code: this.code,
        message: this.message,
        ...(this.issues?.length ? { issues: this.issues } : {}),
      },
    };
  }
}

/** True when a parsed JSON value is one of our error bodies (the site tells them from Coze's). */
export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  const error = (value as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}
