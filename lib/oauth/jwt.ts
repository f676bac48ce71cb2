import type { Region } from '../relay-route';
import { base64url, base64urlJson, fromBase64url } from './base64url';

/** RS256 in WebCrypto's words. */
export const RS256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

/** A JWT's header as Coze reads it: RS256, and the registered key's fingerprint as `kid`. */
export interface JwtHeader {
  readonly alg: 'RS256';
  readonly typ: 'JWT';
  readonly kid: string;
}

/** The claims of a JWT-flow token request (coze-js and cozepy send the same ones). */
export interface JwtClaims {
  /** The app id. */
  readonly iss: string;
  /** The API host the token is for: `api.coze.cn` or `api.coze.com`. */
  readonly aud: string;
  readonly iat: number;
  readonly exp: number;
  /** A random id, new for every request: Coze takes each JWT once. */
  readonly jti: string;
  /** Isolates conversations per end user of a service app. */
  readonly session_name?: string;
}

/** The `aud` a region's tokens are for; the sandbox takes either host, and is sent cn's. */
export function audienceOf(region: Region): string {
  return region === 'com' ? 'api.coze.com' : 'api.coze.cn';
}

/** What {@link jwtClaims} needs. */
export interface ClaimsInput {
  readonly appId: string;
  readonly region: Region;
  /** Unix seconds. */
  readonly nowS: number;
  /** How long the JWT itself is valid: the SDKs use an hour. */
  readonly ttlS?: number;
  readonly sessionName?: string;
}

/**
 * The claims of a fresh JWT: `iat` now, `exp` ttl later, a random 128-bit `jti`.
 * @example jwtClaims({ appId: '1', region: 'cn', nowS: 1700000000 }).aud // 'api.coze.cn'
 */
export function jwtClaims(input: ClaimsInput): JwtClaims {
  const jti = base64url(crypto.getRandomValues(new Uint8Array(16)));
  return {
    iss: input.appId,
    aud: audienceOf(input.region),
    iat: input.nowS,
    exp: input.nowS + (input.ttlS ?? 3600),
    jti,
    ...(input.sessionName ? { session_name: input.sessionName } : {}),
  };
}

/** Why a pasted key cannot be used, in words a user can act on. */
export class KeyFormatError extends Error {
  constructor(readonly reason: 'pkcs1' | 'not-pem' | 'not-rsa') {
    super(
      reason === 'pkcs1'
        ? 'This is a PKCS#1 key (BEGIN RSA PRIVATE KEY): convert it with `openssl pkcs8 -topk8 -nocrypt -in key.pem`'
        : reason === 'not-pem'
          ? 'Paste the private key as PEM: -----BEGIN PRIVATE KEY----- … -----END PRIVATE KEY-----'
          : 'The key is not an RSA private key WebCrypto can sign RS256 with',
    );
    this.name = 'KeyFormatError';
  }
}

/** The DER bytes of a PKCS#8 PEM private key. */
export function pkcs8Der(pem: string): Uint8Array<ArrayBuffer> {
  if (/BEGIN RSA PRIVATE KEY/.test(pem)) throw new KeyFormatError('pkcs1');
  const match = /-----BEGIN PRIVATE KEY-----([\s\S]+?)-----END PRIVATE KEY-----/.exec(pem);
  if (!match) throw new KeyFormatError('not-pem');
  const body = match[1]!.replace(/\s+/g, '');
  try {
    return fromBase64url(body.replace(/\+/g, '-').replace(/\//g, '_'));
  } catch {
    throw new KeyFormatError('not-pem');
  }
}

/** A non-extractable RS256 signing key from a PKCS#8 PEM. */
export async function importSigningKey(pem: string): Promise<CryptoKey> {
  try {
    return await crypto.subtle.importKey('pkcs8', pkcs8Der(pem), RS256, false, ['sign']);
  } catch (error) {
    throw error instanceof KeyFormatError ? error : new KeyFormatError('not-rsa');
  }
}

/**
 * A signed JWT, `header.claims.signature`, RS256 over the first two parts.
 * @example await signJwt({ alg: 'RS256', typ: 'JWT', kid }, jwtClaims({...}), key)
 */
export async function signJwt(header: JwtHeader, claims: JwtClaims, key: CryptoKey): Promise<string> {
  const signed = `${base64urlJson(header)}.${base64urlJson(claims)}`;
  const signature = await crypto.subtle.sign(RS256, key, new TextEncoder().encode(signed));
  return `${signed}.${base64url(signature)}`;
}

/** A JWT's parts: header and claims decoded, the signed text and the signature's bytes. */
export interface DecodedJwt {
  readonly header: Record<string, unknown>;
  readonly claims: Record<string, unknown>;
  readonly signed: string;
  readonly signature: Uint8Array<ArrayBuffer>;
}

/** A JWT's three parts, decoded; undefined when it is not one. */
export function decodeJwt(jwt: string): DecodedJwt | undefined {
  const parts = jwt.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const json = (part: string) => {
      const value = JSON.parse(new TextDecoder().decode(fromBase64url(part))) as unknown;
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
      return value as Record<string, unknown>;
    };
    return {
      header: json(parts[0]!),
      claims: json(parts[1]!),
      signed: `${parts[0]}.${parts[1]}`,
      signature: fromBase64url(parts[2]!),
    };
  } catch {
    return undefined;
  }
}
