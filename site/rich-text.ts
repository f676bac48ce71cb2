import { KNOWN_ERROR_CODES, errorCodeAnchor } from '../catalog/pages/references';

/** A piece of catalog prose: plain text, `code` (backticks in the source), or an error code with its row. */
export type RichSegment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'code'; readonly text: string; readonly href?: string }
  | { readonly kind: 'error-code'; readonly text: string; readonly href: string };

/** Numbers shaped like Coze error codes: 4xxx, 5000 and the nine-digit 7xxxxxxxx family. */
const ERROR_CODE = /\b(4\d{3}|5000|7\d{8})\b/g;

/**
 * Splits prose into segments: odd backtick-delimited parts are code, and numbers that `codeHref`
 * knows become links (a code span that is exactly such a number links as a whole).
 *
 * @example
 * splitRichText('Fails with 4100; see `token`.', (code) => `/errors/#code-${code}`)
 * // [{kind:'text',text:'Fails with '},{kind:'error-code',text:'4100',href:'/errors/#code-4100'},
 * //  {kind:'text',text:'; see '},{kind:'code',text:'token'},{kind:'text',text:'.'}]
 */
export function splitRichText(text: string, codeHref: (code: number) => string | undefined): RichSegment[] {
  const segments: RichSegment[] = [];
  text.split('`').forEach((part, index) => {
    if (index % 2 === 1) {
      const href = /^(4\d{3}|5000|7\d{8})$/.test(part) ? codeHref(Number(part)) : undefined;
      segments.push(href ? { kind: 'code', text: part, href } : { kind: 'code', text: part });
      return;
    }
    let last = 0;
    for (const match of part.matchAll(ERROR_CODE)) {
      const href = codeHref(Number(match[0]));
      if (!href) continue;
      if (match.index > last) segments.push({ kind: 'text', text: part.slice(last, match.index) });
      segments.push({ kind: 'error-code', text: match[0], href });
      last = match.index + match[0].length;
    }
    if (last < part.length) segments.push({ kind: 'text', text: part.slice(last) });
  });
  return segments;
}

/** Where a known error code's row is; undefined for numbers that are not documented codes. */
export function errorCodeHref(code: number): string | undefined {
  return KNOWN_ERROR_CODES.has(code) ? errorCodeAnchor(code) : undefined;
}
