import { scrubText } from '../history/scrub';

/**
 * Tokens shorter than this are not masked by their value: they are too likely to occur by chance
 * (the sandbox takes any token, even `t`), and masking them would mangle the text.
 */
export const MIN_MASKED_TOKEN = 8;

/**
 * Part of a request to quote in an error message: at most 200 characters, with anything shaped
 * like a token removed and the caller's own token masked, so an answer never carries a credential
 * even when the caller put one in the path.
 * @example quotable('/v1/nope/pat_abc123456789', undefined) // → '/v1/nope/***'
 */
export function quotable(text: string, token: string | undefined): string {
  const short = scrubText(text.slice(0, 200));
  return token && token.length >= MIN_MASKED_TOKEN ? short.replaceAll(token, '***') : short;
}
