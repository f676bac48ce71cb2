import { redactText } from '../history/redact';

/**
 * Part of a request to quote in an error message: at most 200 characters, with anything shaped
 * like a token removed and the caller's own token masked in any spelling, so an answer never
 * carries a credential even when the caller put one in the path or a field.
 * @example quotable('/v1/nope/pat_abc123456789', undefined) // → '/v1/nope/***'
 */
export function quotable(text: string, token: string | undefined): string {
  return redactText(text.slice(0, 200), token);
}
