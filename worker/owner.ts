// Importing the key costs more than the HMAC itself; the secret is the same for every request of an isolate.
const keys = new Map<string, Promise<CryptoKey>>();
function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
    ]);
    keys.set(secret, key);
  }
  return key;
}

/**
 * The owner id of a token: hex HMAC-SHA256 of the token under the server secret. History keys and
 * sandbox sessions are named by it, so the token itself is never stored, and without the secret an
 * owner id cannot be turned back into a token or guessed from one.
 */
export async function ownerOf(token: string, secret: string): Promise<string> {
  const key = await hmacKey(secret);
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(token));
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The bearer token of an `Authorization` header, or undefined when there is none. */
export function bearerToken(authorization: string | null | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1];
}
