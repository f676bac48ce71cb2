// The token endpoint's requests and answers as the flows in the page use them: pure, so the
// device flow's polling rules and the answer's reading are tested without a browser.

/** Where every token grant goes, under the relay: `POST /api/relay/<region>` + this. */
export const TOKEN_PATH = '/api/permission/oauth2/token';
/** Where the device flow starts. */
export const DEVICE_CODE_PATH = '/api/permission/oauth2/device/code';

/** The grant types Coze's token endpoint tells flows apart by. */
export const GRANT = {
  code: 'authorization_code',
  refresh: 'refresh_token',
  device: 'urn:ietf:params:oauth:grant-type:device_code',
  jwt: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
} as const;

/** A token as the flows keep it: the access token, when it expires, and how to renew it. */
export interface Grant {
  readonly accessToken: string;
  /** Unix seconds (Coze's `expires_in` on the token endpoint is a point in time). */
  readonly expiresAt: number;
  readonly refreshToken?: string;
}

/** A failure of the token endpoint, `{error_code, error_message}` as Coze answers it. */
export class TokenError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'TokenError';
  }
}

/** Reads a token endpoint answer: a {@link Grant}, or a {@link TokenError} thrown with Coze's code. */
export function readTokenAnswer(status: number, body: unknown): Grant {
  const fields = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const code = fields['error_code'] ?? fields['error'];
  if (typeof fields['access_token'] === 'string' && typeof fields['expires_in'] === 'number' && !code) {
    return {
      accessToken: fields['access_token'],
      expiresAt: fields['expires_in'],
      ...(typeof fields['refresh_token'] === 'string' && fields['refresh_token']
        ? { refreshToken: fields['refresh_token'] }
        : {}),
    };
  }
  const message = fields['error_message'] ?? fields['msg'] ?? (fields['error'] as { message?: unknown })?.message;
  throw new TokenError(
    typeof code === 'string' ? code : `http_${status}`,
    typeof message === 'string' ? message : `The token endpoint answered HTTP ${status} without a token`,
  );
}

/** What to do after one device-flow poll (RFC 8628 §3.5). */
export type PollStep =
  | { readonly kind: 'granted'; readonly grant: Grant }
  | { readonly kind: 'wait'; readonly intervalS: number }
  | { readonly kind: 'failed'; readonly error: TokenError };

/**
 * The next step of the device flow after a poll answered: `authorization_pending` waits the same
 * interval, `slow_down` waits 5 s longer from now on, anything else (`expired_token`,
 * `access_deny`, ...) ends the flow.
 */
export function nextPollStep(status: number, body: unknown, intervalS: number): PollStep {
  try {
    return { kind: 'granted', grant: readTokenAnswer(status, body) };
  } catch (error) {
    const failure = error as TokenError;
    if (failure.code === 'authorization_pending') return { kind: 'wait', intervalS };
    if (failure.code === 'slow_down') return { kind: 'wait', intervalS: intervalS + 5 };
    return { kind: 'failed', error: failure };
  }
}

/** Whether a grant should be renewed now: it expired, or will within `marginS`. */
export function isDue(grant: Pick<Grant, 'expiresAt'>, nowS: number, marginS = 30): boolean {
  return grant.expiresAt - marginS <= nowS;
}
