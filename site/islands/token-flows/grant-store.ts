import type { Region } from '../../../lib/relay-route';
import type { Grant } from '../../../lib/oauth/grants';
import { GRANT_KEY, JWT_KEY_KEY, PKCE_PENDING_KEY } from '../setting-keys';
import { readStored, writeStored } from '../storage';

/** The token flows the page runs. */
export type Flow = 'pkce' | 'device' | 'jwt';

/** A grant as kept beside the token: which flow, for which app and region, and how to renew it. */
export interface StoredGrant extends Grant {
  readonly flow: Flow;
  readonly region: Region;
  /** The OAuth app's client id (PKCE, device) or app id (JWT). */
  readonly clientId: string;
  /** JWT only: the key fingerprint and the token duration asked for. */
  readonly kid?: string;
  readonly durationS?: number;
  readonly sessionName?: string;
  /** When the token arrived (Unix seconds): renewal comes a quarter of its lifetime early at most. */
  readonly obtainedAt?: number;
}

/** What a flow hands over when it has a token: which flow and app, and the grant itself. */
export type Obtained = (grant: Omit<StoredGrant, 'accessToken' | 'expiresAt' | 'refreshToken'>, got: Grant) => void;

/** A PKCE authorization waiting for the consent page to send the browser back. */
export interface PendingPkce {
  readonly region: Region;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly verifier: string;
  readonly state: string;
}

function parsed<T>(text: string | null): T | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/** The grant kept with the token, in the same storage as the token (this tab, or this device when remembered). */
export function readGrant(): StoredGrant | undefined {
  return parsed<StoredGrant>(readStored('session', GRANT_KEY) ?? readStored('local', GRANT_KEY));
}

/** Keeps (or, with undefined, forgets) the grant, beside the token. */
export function writeGrant(grant: StoredGrant | undefined, remember: boolean): void {
  const text = grant ? JSON.stringify(grant) : null;
  writeStored(remember ? 'local' : 'session', GRANT_KEY, text);
  writeStored(remember ? 'session' : 'local', GRANT_KEY, null);
}

/** The PKCE authorization under way, if any (this tab only). */
export function readPendingPkce(): PendingPkce | undefined {
  return parsed<PendingPkce>(readStored('session', PKCE_PENDING_KEY));
}

export function writePendingPkce(pending: PendingPkce | undefined): void {
  writeStored('session', PKCE_PENDING_KEY, pending ? JSON.stringify(pending) : null);
}

/** The JWT private key, only if the user chose to keep it in this browser. */
export function readKeptKey(): string | undefined {
  return readStored('local', JWT_KEY_KEY) ?? undefined;
}

export function writeKeptKey(pem: string | undefined): void {
  writeStored('local', JWT_KEY_KEY, pem ?? null);
}
