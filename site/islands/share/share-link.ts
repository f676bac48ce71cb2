// Share links: the form's state (region, path, query, declared headers, body) in the URL's fragment,
// compressed (deflate-raw, base64url), so it fits long bodies and no server ever sees it (browsers
// do not send a fragment). The token never goes in: it is not part of the state, an Authorization
// header is dropped, a field whose value holds the token is left out, and the encoded text is
// checked for the token in every spelling before a link is made.
import type { FormValues, Region } from '../../../lib/request-model';

/** The fragment prefix of a share link. */
export const SHARE_PREFIX = '#share=';

/** What a share link carries. */
export interface SharedState {
  readonly endpointId: string;
  readonly region?: Region;
  readonly values: FormValues;
  /** Fields the sender's form had that the link leaves out (file fields), so the banner can name them. */
  readonly omitted?: readonly Omitted[];
}

/** Why a field was left out of a link: a file (its bytes cannot travel), or a value holding the token. */
export interface Omitted {
  readonly field: string;
  readonly reason: 'file' | 'token';
}

/** The state to encode and what was left out of it. */
export interface ShareableState {
  readonly state: SharedState;
  readonly omitted: readonly Omitted[];
}

const LOCATIONS = ['path', 'query', 'headers', 'body'] as const;
/** Headers that carry credentials; never shared whatever the endpoint declares. */
const CREDENTIAL_HEADER = /^(authorization|cookie|proxy-authorization|x-api-key)$/i;

function isFile(value: unknown): boolean {
  return typeof Blob !== 'undefined' && value instanceof Blob;
}

/** The spellings of a token that could appear in JSON text: as it is and JSON-escaped. */
function tokenSpellings(token: string): string[] {
  return [...new Set([token, JSON.stringify(token).slice(1, -1)])];
}

/**
 * Whether `text` holds the token in any spelling a link could carry it in: as it is (in any case),
 * JSON-escaped, URL-encoded, base64 or base64url at each of the three alignments it can have inside
 * a longer encoded text. Tokens under 8 characters are not looked for in encodings (too likely to
 * occur by chance, the limit history's redaction uses too).
 */
export function holdsToken(text: string, token: string | undefined): boolean {
  if (!token || token.length < 4) return false;
  const lower = text.toLowerCase();
  if (lower.includes(token.toLowerCase())) return true;
  if (token.length < 8) return false;
  const spellings = [...tokenSpellings(token), encodeURIComponent(token)];
  const bytes = new TextEncoder().encode(token);
  for (let shift = 0; shift < 3; shift++) {
    const padded = new Uint8Array(shift + bytes.length);
    padded.set(bytes, shift);
    const base64 = btoa(String.fromCharCode(...padded));
    // Only the characters made of the token's bits alone, whatever stands before or after it.
    const inner = base64.slice(Math.ceil((8 * shift) / 6), Math.floor((8 * (shift + bytes.length)) / 6));
    spellings.push(inner, inner.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return spellings.some((spelling) => text.includes(spelling));
}

/** The secrets a link must not hold: the user's token and, where there is one, the sandbox token. */
export type Secrets = string | readonly (string | undefined)[] | undefined;

const listOf = (secrets: Secrets) =>
  (typeof secrets === 'string' ? [secrets] : (secrets ?? [])).filter((secret): secret is string => !!secret);

const holdsAny = (text: string, secrets: readonly string[]) => secrets.some((secret) => holdsToken(text, secret));

/** A copy of `value` without files and token-holding strings, noting each left out at its dotted path. */
function clean(value: unknown, path: string, token: readonly string[], omitted: Omitted[]): unknown {
  if (isFile(value)) {
    omitted.push({ field: path, reason: 'file' });
    return undefined;
  }
  if (typeof value === 'string') {
    if (holdsAny(value, token)) {
      omitted.push({ field: path, reason: 'token' });
      return undefined;
    }
    return value;
  }
  if (Array.isArray(value)) return value.map((item, index) => clean(item, `${path}.${index}`, token, omitted) ?? null);
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const kept = clean(item, `${path}.${key}`, token, omitted);
      if (kept !== undefined) copy[key] = kept;
    }
    return copy;
  }
  return value;
}

/**
 * The state a link may carry: the form's values without files, credential headers and anything
 * holding the token (each named in `omitted`).
 */
export function shareableState(
  endpointId: string,
  region: Region | undefined,
  values: FormValues,
  secrets: Secrets,
): ShareableState {
  const token = listOf(secrets);
  const omitted: Omitted[] = [];
  const headers = Object.fromEntries(
    Object.entries(values.headers ?? {}).filter(([name]) => !CREDENTIAL_HEADER.test(name)),
  );
  const cleaned = Object.fromEntries(
    LOCATIONS.map((location) => [
      location,
      (clean(location === 'headers' ? headers : (values[location] ?? {}), location, token, omitted) ?? {}) as Record<
        string,
        unknown
      >,
    ]),
  ) as unknown as FormValues;
  return {
    state: { endpointId, ...(region ? { region } : {}), values: cleaned, ...(omitted.length ? { omitted } : {}) },
    omitted,
  };
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

/** Compressed and encoded: the text after `#share=`. Refuses (throws) if the token is in it anyhow. */
export async function encodeShared(state: SharedState, secrets?: Secrets): Promise<string> {
  const json = JSON.stringify({ v: 1, e: state.endpointId, r: state.region, o: state.omitted, ...state.values });
  if (holdsAny(json, listOf(secrets))) throw new Error('The link would hold the token.');
  return base64url(await through(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
}

/** The state in a `#share=` fragment, or undefined for one that is not a share link or is damaged. */
export async function decodeShared(hash: string): Promise<SharedState | undefined> {
  if (!hash.startsWith(SHARE_PREFIX)) return undefined;
  try {
    const bytes = await through(fromBase64url(hash.slice(SHARE_PREFIX.length)), new DecompressionStream('deflate-raw'));
    const data = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
    if (data['v'] !== 1 || typeof data['e'] !== 'string') return undefined;
    const record = (value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    const region = data['r'];
    const omitted = Array.isArray(data['o'])
      ? (data['o'] as Omitted[]).filter(
          (item) => typeof item?.field === 'string' && (item.reason === 'file' || item.reason === 'token'),
        )
      : [];
    return {
      endpointId: data['e'],
      ...(region === 'sandbox' || region === 'cn' || region === 'com' ? { region } : {}),
      ...(omitted.length ? { omitted } : {}),
      values: {
        path: record(data['path']),
        query: record(data['query']),
        headers: record(data['headers']),
        body: record(data['body']),
      },
    };
  } catch {
    return undefined;
  }
}

/**
 * A link to `pagePath` that opens it with this state in the form.
 * @example await shareLink('https://p.dev', '/chat/create-chat/', state) // 'https://p.dev/chat/create-chat/#share=…'
 */
export async function shareLink(
  origin: string,
  pagePath: string,
  state: SharedState,
  secrets?: Secrets,
): Promise<string> {
  return `${origin}${pagePath}${SHARE_PREFIX}${await encodeShared(state, secrets)}`;
}

/** The top-level fields a state fills, per location, for the banner that says what a link filled. */
export function filledFields(values: FormValues): Partial<Record<(typeof LOCATIONS)[number], string[]>> {
  const filled: Partial<Record<(typeof LOCATIONS)[number], string[]>> = {};
  for (const location of LOCATIONS) {
    const keys = Object.keys(values[location] ?? {});
    if (keys.length) filled[location] = keys;
  }
  return filled;
}
