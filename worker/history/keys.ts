/** How long KV keeps a run: 7 days. */
export const RUN_TTL_SECONDS = 604_800;

// Timestamps are stored as MAX - startedAt, zero-padded, so KV's ascending key order lists the
// newest run first. 13 digits hold epoch milliseconds until the year 2286.
const MAX_TIMESTAMP = 9_999_999_999_999;
const TIMESTAMP_DIGITS = 13;
const ENDPOINT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const OWNER_ID = /^[0-9a-f]{64}$/;
const RUN_ID = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([0-9]{13})\.([0-9a-f]{32})$/;

/** The parts of a run id. */
export interface RunIdParts {
  readonly endpointId: string;
  readonly inverted: string;
  readonly random: string;
}

function assertOwnerId(ownerId: string): void {
  // Owner ids come from ownerOf(); anything else could reach into another owner's prefix.
  if (!OWNER_ID.test(ownerId)) throw new Error('History owner id must be 64 hex digits');
}

function assertEndpointId(endpointId: string): void {
  if (endpointId.length > 64 || !ENDPOINT_ID.test(endpointId))
    throw new Error('History endpoint id must be kebab-case');
}

/**
 * A new run id: `<endpointId>.<invertedTimestamp>.<random>`, with 128 random bits so an id cannot
 * be guessed (it also names the run's key, under its owner).
 * @example newRunId('create-chat', 1718792949000) // → 'create-chat.8281207050999.3f9c…' (32 hex digits)
 */
export function newRunId(endpointId: string, startedAt: number): string {
  assertEndpointId(endpointId);
  if (!Number.isInteger(startedAt) || startedAt < 0 || startedAt > MAX_TIMESTAMP) {
    throw new Error('startedAt must be epoch milliseconds');
  }
  const inverted = String(MAX_TIMESTAMP - startedAt).padStart(TIMESTAMP_DIGITS, '0');
  const random = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${endpointId}.${inverted}.${random}`;
}

/** The parts of a well-formed run id, or undefined: nothing else may become a key. */
export function parseRunId(runId: string): RunIdParts | undefined {
  const match = RUN_ID.exec(runId);
  if (!match || match[1]!.length > 64) return undefined;
  return { endpointId: match[1]!, inverted: match[2]!, random: match[3]! };
}

/** The epoch milliseconds a run id was started at. */
export function startedAtOf(parts: RunIdParts): number {
  return MAX_TIMESTAMP - Number(parts.inverted);
}

/** The KV key of one run: `run:<ownerId>:<endpointId>:<invertedTimestamp>:<random>`. */
export function runKey(ownerId: string, parts: RunIdParts): string {
  assertOwnerId(ownerId);
  return `${runPrefix(ownerId, parts.endpointId)}${parts.inverted}:${parts.random}`;
}

/** The key prefix of one owner's runs of one endpoint; listing it returns the newest first. */
export function runPrefix(ownerId: string, endpointId: string): string {
  assertOwnerId(ownerId);
  assertEndpointId(endpointId);
  return `run:${ownerId}:${endpointId}:`;
}

/** The run id a KV key stores, or undefined for a key that is not a run's. */
export function runIdOfKey(key: string): string | undefined {
  const parts = key.split(':');
  if (parts.length !== 5 || parts[0] !== 'run') return undefined;
  const runId = `${parts[2]}.${parts[3]}.${parts[4]}`;
  return parseRunId(runId) ? runId : undefined;
}
