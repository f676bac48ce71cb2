import type { RunEvent, RunRecord } from '../../lib/run-record';

// Every way the worker removes a secret from what it writes (history records, error messages,
// headers it answers with) lives here, so a new encoding is handled once for all of them.

/** What a removed secret is replaced by. */
export const MASK = '***';

/**
 * Tokens shorter than this are not masked by their value: they are too likely to occur by chance
 * (the sandbox takes any token, even `t`), and masking them would mangle the text.
 */
export const MIN_MASKED_TOKEN = 8;

// Headers that carry credentials; the relay already leaves most behind, this is the second line.
const CREDENTIAL_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key']);

// Token-looking text: a bearer credential (also URL- or form-encoded), Coze personal access
// tokens (pat_) and OAuth tokens (czu_, czs_), and JWTs. The lookbehind stops `compat_mode` from
// matching, yet still catches `%20pat_…`.
const TOKEN_PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/\b(Bearer)(?:\s|%20|\+)+[^\s"'\\,;&<>]+/gi, '$1 ***'],
  [/(?<![A-Za-z])(?:pat|czu|czs)_[A-Za-z0-9_\-.]{8,}/g, MASK],
  [/\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+/g, MASK],
  // The OAuth token endpoint's secrets by name, whatever their shape (a refresh token has no
  // prefix to know it by): in JSON (the answer, a request body) and form-encoded.
  [/("(?:access_token|refresh_token|code_verifier|client_secret)"\s*:\s*)"(?:[^"\\]|\\.)*"/g, `$1"${MASK}"`],
  [/(\b(?:access_token|refresh_token|code_verifier|client_secret)=)[^&\s"']+/g, `$1${MASK}`],
];

/**
 * Text with anything that looks like a token replaced by `***`.
 * @example scrubText('{"note":"Bearer pat_abcdefgh123"}') // → '{"note":"Bearer ***"}'
 */
export function scrubText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of TOKEN_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

const encoder = new TextEncoder();

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function hexOf(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The characters of base64 that depend on the secret's bytes alone, at each of the three
 * alignments the secret can have inside a longer encoded text (`Bearer <token>`, a JSON document,
 * Basic credentials): whatever surrounds it, an encoding of it contains one of these.
 */
function base64Cores(bytes: Uint8Array): string[] {
  const cores: string[] = [];
  for (let shift = 0; shift < 3; shift++) {
    const padded = new Uint8Array(shift + bytes.length);
    padded.set(bytes, shift);
    const encoded = base64Of(padded);
    // Group i encodes bytes 3i..3i+2: keep the groups that lie wholly inside the secret.
    const first = Math.ceil(shift / 3);
    const end = Math.floor(padded.length / 3);
    const core = encoded.slice(4 * first, 4 * end);
    if (core.length >= MIN_MASKED_TOKEN) cores.push(core, core.replaceAll('+', '-').replaceAll('/', '_'));
  }
  return cores;
}

/** Every literal spelling of a secret that text may carry, longest first. */
function spellingsOf(secret: string): string[] {
  const bytes = encoder.encode(secret);
  const hex = hexOf(bytes);
  const everyByteEscaped = hex.replace(/../g, '%$&');
  const forms = new Set([
    secret,
    secret.toUpperCase(),
    secret.toLowerCase(),
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1),
    everyByteEscaped,
    everyByteEscaped.toUpperCase(),
    hex,
    hex.toUpperCase(),
    ...base64Cores(bytes),
  ]);
  return [...forms].filter((form) => form.length >= MIN_MASKED_TOKEN).sort((a, b) => b.length - a.length);
}

// A JSON string literal with at least one escape: only those can spell a secret differently.
const ESCAPED_JSON_STRING = /"(?:[^"\\\n]|\\.)*\\(?:[^"\\\n]|\\.)*"/g;
// A run of URL-encoded text: percent-decoding it may reveal a secret spelled with mixed escapes.
const PERCENT_RUN =
  /(?:%[0-9A-Fa-f]{2}|[A-Za-z0-9._~!*'()+-])*%[0-9A-Fa-f]{2}(?:%[0-9A-Fa-f]{2}|[A-Za-z0-9._~!*'()+-])*/g;
// A run of text with HTML character references (`&#112;`, `&#x70;`), as an HTML answer may spell things.
const ENTITY_RUN =
  /(?:&#(?:[0-9]{1,7}|x[0-9A-Fa-f]{1,6});|[A-Za-z0-9._~+/=-])*&#(?:[0-9]{1,7}|x[0-9A-Fa-f]{1,6});(?:&#(?:[0-9]{1,7}|x[0-9A-Fa-f]{1,6});|[A-Za-z0-9._~+/=-])*/g;

function decodeEntities(run: string): string {
  return run.replace(/&#(x?)([0-9A-Fa-f]+);/g, (_, hex: string, digits: string) => {
    const code = parseInt(digits, hex ? 16 : 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

// Nested encodings (a JSON string inside a JSON string inside a URL) are unwrapped this deep.
const MAX_DEPTH = 3;

/**
 * A stretch of the secret this long is masked wherever it stands, not only the whole secret: a
 * quote cut short (`…`), a capped body or a stream cut mid-token keeps a piece of it, and twelve
 * characters of a token are still most of its secret part.
 */
const PIECE_CHARS = 12;
const HALF = PIECE_CHARS / 2;

/** [from, to) stretches merged where they overlap or touch, in order. */
function merge(stretches: readonly (readonly [number, number])[]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [from, to] of [...stretches].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** Text with each stretch replaced by one {@link MASK}. */
function cutOut(text: string, stretches: readonly (readonly [number, number])[]): string {
  let out = text;
  for (const [from, to] of merge(stretches).reverse()) out = out.slice(0, from) + MASK + out.slice(to);
  return out;
}

/** A secret, found wherever text spells it: whole in any spelling, a long piece of it, or its start at the end. */
class SecretMasker {
  private readonly spellings: string[];
  private readonly pieces = new Set<string>();
  // Every piece contains one of these at a position that is a multiple of HALF in the text, so the
  // scan looks there first and checks whole pieces only around a match: a sixth of the look-ups.
  private readonly halves = new Set<string>();

  constructor(private readonly secret: string) {
    this.spellings = spellingsOf(secret);
    for (let at = 0; at + PIECE_CHARS <= secret.length; at++) this.pieces.add(secret.slice(at, at + PIECE_CHARS));
    for (let at = 0; at + HALF <= secret.length; at++) this.halves.add(secret.slice(at, at + HALF));
  }

  /** Text with every hit masked, looking inside JSON string escapes and percent-encoding too. */
  mask(text: string, depth = 0): string {
    let out = cutOut(text, this.hits(text));
    if (depth < MAX_DEPTH && out.includes('\\')) {
      out = out.replace(ESCAPED_JSON_STRING, (literal) => {
        let decoded: unknown;
        try {
          decoded = JSON.parse(literal);
        } catch {
          return literal;
        }
        if (typeof decoded !== 'string') return literal;
        const masked = this.mask(decoded, depth + 1);
        return masked === decoded ? literal : JSON.stringify(masked);
      });
    }
    if (depth < MAX_DEPTH && out.includes('%')) {
      out = out.replace(PERCENT_RUN, (run) => {
        let decoded: string;
        try {
          decoded = decodeURIComponent(run.replaceAll('+', ' '));
        } catch {
          return run;
        }
        return this.mask(decoded, depth + 1) === decoded ? run : MASK;
      });
    }
    if (depth < MAX_DEPTH && out.includes('&#')) {
      out = out.replace(ENTITY_RUN, (run) => {
        const decoded = decodeEntities(run);
        return this.mask(decoded, depth + 1) === decoded ? run : MASK;
      });
    }
    return out;
  }

  /** Where text holds the secret literally: any spelling, any piece of {@link PIECE_CHARS} or more, its start at the end. */
  hits(text: string): [number, number][] {
    const found: [number, number][] = [];
    for (const spelling of this.spellings) {
      for (let at = text.indexOf(spelling); at >= 0; at = text.indexOf(spelling, at + spelling.length)) {
        found.push([at, at + spelling.length]);
      }
    }
    if (this.pieces.size > 0) {
      for (let probe = 0; probe + HALF <= text.length; probe += HALF) {
        if (!this.halves.has(text.slice(probe, probe + HALF))) continue;
        // A piece holding text[probe, probe + HALF) starts between probe - HALF and probe.
        for (let at = Math.max(0, probe - HALF); at <= probe; at++) {
          if (this.pieces.has(text.slice(at, at + PIECE_CHARS))) found.push([at, at + PIECE_CHARS]);
        }
      }
    }
    const longest = Math.min(text.length, this.secret.length - 1);
    for (let size = longest; size >= MIN_MASKED_TOKEN; size--) {
      if (text.endsWith(this.secret.slice(0, size))) {
        found.push([text.length - size, text.length]);
        break;
      }
    }
    return merge(found);
  }
}

function maskerFor(secret: string | undefined): SecretMasker | undefined {
  return secret !== undefined && secret.length >= MIN_MASKED_TOKEN ? new SecretMasker(secret) : undefined;
}

/**
 * Text with token-shaped values removed, and the caller's own secret removed in every spelling
 * (plain, upper or lower case, `Bearer …`, URL-, percent-, JSON-`\u`- or HTML-entity-escaped,
 * base64 and base64url at any alignment, hex), and any piece of 12 characters or more of it.
 * @example redactText('echo cGF0X3NlY3JldDEyMzQ=', 'pat_secret1234') // → 'echo ***='
 */
export function redactText(text: string, secret: string | undefined): string {
  return maskText(text, maskerFor(secret));
}

// Building a masker (every spelling and piece of the secret) costs far more than using one: a run
// builds it once, not once per header, event name and event data.
function maskText(text: string, masker: SecretMasker | undefined): string {
  const scrubbed = scrubText(text);
  return masker ? masker.mask(scrubbed) : scrubbed;
}

/** Headers without credential headers (any case), and with secrets removed from every value. */
export function redactHeaders(headers: Readonly<Record<string, string>>, secret?: string): Record<string, string> {
  return maskHeaders(headers, maskerFor(secret));
}

function maskHeaders(
  headers: Readonly<Record<string, string>>,
  masker: SecretMasker | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!CREDENTIAL_HEADERS.has(name.toLowerCase())) out[name] = maskText(value, masker);
  }
  return out;
}

/** One stretch of a piece of text as it lies in a run: which event, which value, where. */
interface Piece {
  readonly event: number;
  readonly path: string;
  readonly start: number;
  readonly end: number;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function leaves(value: Json, path: string, visit: (path: string, text: string) => void): void {
  if (typeof value === 'string') visit(path, value);
  else if (Array.isArray(value)) value.forEach((item, index) => leaves(item, `${path}[${index}]`, visit));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) leaves(item, `${path}.${key}`, visit);
}

function replaceLeaf(value: Json, path: string, text: string): Json {
  const match = /^(?:\.([^.[]+)|\[(\d+)\])(.*)$/.exec(path);
  if (!match) return text;
  const [, key, index, rest] = match;
  if (index !== undefined && Array.isArray(value)) {
    const copy = [...value];
    copy[Number(index)] = replaceLeaf(copy[Number(index)]!, rest!, text);
    return copy;
  }
  if (key !== undefined && value && typeof value === 'object' && !Array.isArray(value)) {
    return { ...value, [key]: replaceLeaf(value[key]!, rest!, text) };
  }
  return value;
}

/**
 * Events with the secret removed where a stream split it: each event's data is read as JSON, the
 * string values at one place in the events (every `content`, say) are joined in order, and each
 * occurrence of the secret in the join is masked in every event that holds a part of it. Data that
 * is not JSON is joined as it is.
 */
function maskAcrossEvents(events: readonly RunEvent[], masker: SecretMasker): RunEvent[] {
  const parsed: (Json | undefined)[] = events.map((event) => {
    try {
      return JSON.parse(event.data) as Json;
    } catch {
      return undefined;
    }
  });
  const joins = new Map<string, { text: string; pieces: Piece[] }>();
  const add = (event: number, path: string, text: string) => {
    const join = joins.get(path) ?? { text: '', pieces: [] };
    join.pieces.push({ event, path, start: join.text.length, end: join.text.length + text.length });
    join.text += text;
    joins.set(path, join);
  };
  events.forEach((event, index) => {
    const value = parsed[index];
    if (value === undefined) add(index, '', event.data);
    else leaves(value, '', (path, text) => add(index, path, text));
  });
  // Per event and path: the [start, end) stretches of its text to mask.
  const cuts = new Map<number, Map<string, [number, number][]>>();
  for (const { text, pieces } of joins.values()) {
    for (const [from, to] of masker.hits(text)) {
      for (const piece of pieces) {
        if (piece.end <= from || piece.start >= to) continue;
        const perEvent = cuts.get(piece.event) ?? new Map<string, [number, number][]>();
        const stretches = perEvent.get(piece.path) ?? [];
        stretches.push([Math.max(from, piece.start) - piece.start, Math.min(to, piece.end) - piece.start]);
        perEvent.set(piece.path, stretches);
        cuts.set(piece.event, perEvent);
      }
    }
  }
  if (cuts.size === 0) return [...events];
  return events.map((event, index) => {
    const perEvent = cuts.get(index);
    if (!perEvent) return event;
    const value = parsed[index];
    if (value === undefined) return { ...event, data: cutOut(event.data, perEvent.get('')!) };
    let next = value;
    for (const [path, stretches] of perEvent) {
      let original = '';
      leaves(value, '', (at, text) => {
        if (at === path) original = text;
      });
      next = replaceLeaf(next, path, cutOut(original, stretches));
    }
    return { ...event, data: JSON.stringify(next) };
  });
}

function maskOptional(text: string | undefined, masker: SecretMasker | undefined): string | undefined {
  return text === undefined ? undefined : maskText(text, masker);
}

/**
 * A run with credentials removed from every header, the URL, every recorded text and every event,
 * including the caller's own secret in any spelling {@link redactText} knows and split across
 * stream events. Without a secret, only token-shaped text is removed.
 */
export function redactRun(run: RunRecord, secret?: string): RunRecord {
  const masker = maskerFor(secret);
  const { request, response } = run;
  const events = response.events && masker ? maskAcrossEvents(response.events, masker) : response.events;
  return {
    ...run,
    request: {
      ...request,
      url: maskText(request.url, masker),
      headers: maskHeaders(request.headers, masker),
      body: maskOptional(request.body, masker),
      bodyNote: maskOptional(request.bodyNote, masker),
    },
    response: {
      ...response,
      headers: maskHeaders(response.headers, masker),
      body: maskOptional(response.body, masker),
      events: events?.map((event) => ({
        ...event,
        event: maskText(event.event, masker),
        data: maskText(event.data, masker),
        id: maskOptional(event.id, masker),
      })),
      error: maskOptional(response.error, masker),
    },
    ...(run.validation
      ? {
          validation: run.validation.map((issue) => ({
            ...issue,
            path: maskText(issue.path, masker),
            message: maskText(issue.message, masker),
          })),
        }
      : {}),
    saveError: maskOptional(run.saveError, masker),
  };
}

/**
 * Part of a request to quote in an error message: at most 200 characters, with anything shaped
 * like a token removed and the caller's own token masked in any spelling, so an answer never
 * carries a credential even when the caller put one in the path or a field.
 * @example quotable('/v1/nope/pat_abc123456789', undefined) // → '/v1/nope/***'
 */
export function quotable(text: string, token: string | undefined): string {
  return redactText(text.slice(0, 200), token);
}
