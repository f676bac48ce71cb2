/**
 * The policy of the playground's pages (the static build), less the hashes of their inline
 * scripts, which the build adds. Scripts: our own files and our own inline scripts only, no
 * `eval`. Styles may be inline (islands set them; a style cannot run code, and with images,
 * fonts and connections held to our origin it cannot send anything away either).
 */
export const PAGE_CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** Headers of every page and asset besides the CSP. */
export const PAGE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

// Cloudflare's `_headers` takes at most 2,000 characters per header line.
const HEADER_LINE_LIMIT = 2000;

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const EXECUTABLE_TYPE = /^\s*(?:text\/javascript|application\/javascript|module)?\s*$/i;

/**
 * The text of each inline script a browser would run in this HTML: no `src`, and no data type
 * such as `application/json` (which a CSP does not govern).
 * @example inlineScriptsOf('<script>a()</script><script src="/x.js"></script>') // → ['a()']
 */
export function inlineScriptsOf(html: string): string[] {
  const out: string[] = [];
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
    if (EXECUTABLE_TYPE.test(type)) out.push(text);
  }
  return out;
}

/** The Content-Security-Policy of the pages, admitting exactly these inline script hashes. */
export function pageCsp(scriptHashes: readonly string[]): string {
  const hashes = [...new Set(scriptHashes)].sort().map((hash) => `'sha256-${hash}'`);
  return [...PAGE_CSP_DIRECTIVES, ["script-src 'self'", ...hashes].join(' ')].join('; ');
}

/**
 * The `_headers` file for the static build: every path gets the CSP and the other headers.
 * Throws when the CSP outgrows a `_headers` line, so a build never ships a policy Cloudflare drops.
 * @example pageHeadersFile(['47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='])
 */
export function pageHeadersFile(scriptHashes: readonly string[]): string {
  const lines = [
    `Content-Security-Policy: ${pageCsp(scriptHashes)}`,
    ...Object.entries(PAGE_SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}`),
  ];
  const long = lines.find((line) => line.length > HEADER_LINE_LIMIT);
  if (long)
    throw new Error(
      `A _headers line is ${long.length} characters, over Cloudflare's ${HEADER_LINE_LIMIT}: fewer distinct inline scripts, please`,
    );
  return [
    '# Written by the build (astro.config.mjs): security headers of every page and asset.',
    '/*',
    ...lines.map((line) => `  ${line}`),
    '',
  ].join('\n');
}
