import { CozeCode, CozeError } from './envelope';

/**
 * Tokens the sandbox's OAuth flows issue, recognisable by any sandbox session. Sessions are one
 * Durable Object per token owner, so the session a token is later used in is not the one that
 * issued it (that is the shared session of token calls); the token therefore carries its own
 * proof: `czu_` (user) or `czs_` (service), 32 hex of randomness, its expiry (8 hex, Unix seconds)
 * and 24 hex of HMAC-SHA256 over the rest under a key derived from the worker's secret. Any other
 * token still opens a session of its own, as the sandbox has always allowed.
 */

const ISSUED_SHAPE = /^(czu|czs)_([0-9a-f]{32})([0-9a-f]{8})([0-9a-f]{24})$/;

const keys = new Map<string, Promise<CryptoKey>>();
function keyOf(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    // A label of its own, so a token's MAC can never double as a history owner id (same secret).
    const material = new TextEncoder().encode(`sandbox-issued-token:${secret}`);
    key = crypto.subtle.importKey('raw', material, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    keys.set(secret, key);
  }
  return key;
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

async function macOf(body: string, secret: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await keyOf(secret), new TextEncoder().encode(body));
  return hex(new Uint8Array(mac).slice(0, 12));
}

/** A new access token of a kind, valid until `expiresAt` (Unix seconds). */
export async function issueToken(kind: 'user' | 'service', expiresAt: number, secret: string): Promise<string> {
  const body = `${kind === 'user' ? 'czu' : 'czs'}_${hex(crypto.getRandomValues(new Uint8Array(16)))}${expiresAt
    .toString(16)
    .padStart(8, '0')}`;
  return `${body}${await macOf(body, secret)}`;
}

/** What a bearer token is to the sandbox. */
export type TokenStanding = 'issued' | 'expired' | 'forged' | 'foreign';

/** Whether a token is one the sandbox issued and still valid, expired, forged in its shape, or of another kind. */
export async function standingOf(token: string | undefined, secret: string, nowS: number): Promise<TokenStanding> {
  const parts = token ? ISSUED_SHAPE.exec(token) : null;
  if (!parts) return 'foreign';
  const body = `${parts[1]}_${parts[2]}${parts[3]}`;
  if ((await macOf(body, secret)) !== parts[4]) return 'forged';
  return parseInt(parts[3]!, 16) <= nowS ? 'expired' : 'issued';
}

/** Refuses, as Coze does (4100, HTTP 401), a token of the issued shape that expired or was never issued. */
export async function assertUsable(token: string | undefined, secret: string, nowS: number): Promise<void> {
  const standing = await standingOf(token, secret, nowS);
  if (standing === 'expired')
    throw new CozeError(CozeCode.unauthorized, 'The access token has expired: refresh it, or get a new one');
  if (standing === 'forged')
    throw new CozeError(CozeCode.unauthorized, 'The access token is invalid: the sandbox never issued it');
}
