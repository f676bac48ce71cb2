import type { Region } from '../relay-route';
import { base64url } from './base64url';

/** The characters RFC 7636 allows in a code verifier, 43 to 128 of them. */
export const VERIFIER_PATTERN = /^[A-Za-z0-9\-._~]{43,128}$/;

/**
 * A fresh code verifier: 32 random bytes in base64url, 43 characters (RFC 7636 §4.1).
 * @example randomVerifier() // 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'
 */
export function randomVerifier(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

/** A random `state` against CSRF: 16 bytes, base64url. */
export function randomState(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(16)));
}

/**
 * The S256 challenge of a verifier: BASE64URL(SHA-256(ASCII(verifier))) (RFC 7636 §4.2).
 * @example await s256Challenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk') // 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'
 */
export async function s256Challenge(verifier: string): Promise<string> {
  return base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
}

/** The sandbox's consent page on the worker (the relay sends API calls only, and Coze's page is not one). */
export const SANDBOX_AUTHORIZE_PATH = '/api/sandbox/oauth2/authorize';

/** Where a user consents, per region: Coze's consent pages are on www., the sandbox's on the worker. */
export function authorizeBase(region: Region, origin: string): string {
  if (region === 'sandbox') return `${origin}${SANDBOX_AUTHORIZE_PATH}`;
  return `https://www.coze.${region}/api/permission/oauth2/authorize`;
}

/** What the authorize URL carries for a PKCE app (the names @coze/api's getPKCEAuthenticationUrl sends). */
export interface AuthorizeInput {
  readonly region: Region;
  /** The playground's origin, for the sandbox's consent page. */
  readonly origin: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly state: string;
  readonly challenge: string;
}

/**
 * The URL that opens the consent page for a PKCE authorization with an S256 challenge.
 * @example authorizeUrl({ region: 'cn', origin: '', clientId: '1', redirectUri: 'https://x/', state: 's', challenge: 'c' })
 */
export function authorizeUrl(input: AuthorizeInput): string {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: input.clientId,
    redirect_uri: input.redirectUri,
    state: input.state,
    code_challenge: input.challenge,
    code_challenge_method: 'S256',
  });
  return `${authorizeBase(input.region, input.origin)}?${query}`;
}

/** What the consent page sent back to the redirect URI, read from its query. */
export type AuthorizeReturn =
  | { readonly kind: 'code'; readonly code: string; readonly state: string }
  | { readonly kind: 'denied'; readonly error: string; readonly state: string }
  | { readonly kind: 'none' };

/** Reads a return from the authorize step out of a page URL's query. */
export function readAuthorizeReturn(search: string): AuthorizeReturn {
  const query = new URLSearchParams(search);
  const state = query.get('state');
  if (state === null) return { kind: 'none' };
  const code = query.get('code');
  if (code) return { kind: 'code', code, state };
  const error = query.get('error');
  return error ? { kind: 'denied', error, state } : { kind: 'none' };
}

/** The page URL with the authorize step's parameters removed, so a reload does not redo the exchange. */
export function withoutAuthorizeReturn(href: string): string {
  const url = new URL(href);
  for (const name of ['code', 'state', 'error', 'error_description']) url.searchParams.delete(name);
  return url.toString();
}
