import type { RunRecord } from './record';

// Headers that carry credentials; the relay already leaves most behind, this is the second line.
const CREDENTIAL_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key']);

// Token-looking text: a bearer credential (also URL- or form-encoded), Coze personal access
// tokens (pat_) and OAuth tokens (czu_, czs_), and JWTs. The lookbehind stops `compat_mode` from
// matching, yet still catches `%20pat_…`.
const TOKEN_PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/\b(Bearer)(?:\s|%20|\+)+[^\s"'\\,;&<>]+/gi, '$1 ***'],
  [/(?<![A-Za-z])(?:pat|czu|czs)_[A-Za-z0-9_\-.]{8,}/g, '***'],
  [/\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+/g, '***'],
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

/** Headers without credential headers (any case), and with token-looking values scrubbed. */
export function scrubHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!CREDENTIAL_HEADERS.has(name.toLowerCase())) out[name] = scrubText(value);
  }
  return out;
}

function scrubOptional(text: string | undefined): string | undefined {
  return text === undefined ? undefined : scrubText(text);
}

/** A run with credentials removed from every header, the URL and every recorded text. */
export function scrubRun(run: RunRecord): RunRecord {
  const { request, response } = run;
  return {
    ...run,
    request: {
      ...request,
      url: scrubText(request.url),
      headers: scrubHeaders(request.headers),
      body: scrubOptional(request.body),
      bodyNote: scrubOptional(request.bodyNote),
    },
    response: {
      ...response,
      headers: scrubHeaders(response.headers),
      body: scrubOptional(response.body),
      events: response.events?.map((event) => ({ ...event, data: scrubText(event.data), id: scrubOptional(event.id) })),
      error: scrubOptional(response.error),
    },
    saveError: scrubOptional(run.saveError),
  };
}
