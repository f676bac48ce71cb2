/**
 * The prose a reader sees on a built page, in runs between tags, with what the language test
 * allows in either language left out: `<code>`, `<pre>`, `<kbd>`, `<textarea>` (values), `<title>`,
 * scripts and styles, SVG, and any element inside `<body>` that carries its own `lang`: only the
 * catalog's titles do (`TitlePair` and the tree), as Coze names them. A Chinese page shows each
 * English title beside the Chinese one, an English page the Chinese titles (`titleZh`), and some
 * official Chinese titles hold English terms (`获取 OAuth Access Token`).
 */
const SKIPPED = new Set(['code', 'pre', 'kbd', 'textarea', 'title', 'script', 'style', 'svg', 'noscript']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

const decode = (text: string) =>
  text
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');

/** Each text node of `html` outside the skipped places, decoded and trimmed (empty ones left out). */
export function visibleTexts(html: string): string[] {
  const body = html.slice(Math.max(0, html.indexOf('<body')));
  const stack: { name: string; skip: boolean }[] = [];
  const texts: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?-->/g;
  let last = 0;
  const skipping = () => stack.some((entry) => entry.skip);
  for (const match of body.matchAll(tag)) {
    const text = decode(body.slice(last, match.index)).trim();
    if (text && !skipping()) texts.push(text);
    last = match.index + match[0].length;
    if (match[0].startsWith('<!--')) continue;
    const [, closing, rawName, attrs = ''] = match;
    const name = rawName!.toLowerCase();
    if (closing) {
      const at = stack.map((entry) => entry.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (VOID.has(name) || attrs.trimEnd().endsWith('/')) continue;
    const title = /\slang="[^"]*"/.test(attrs);
    stack.push({ name, skip: SKIPPED.has(name) || title });
  }
  return texts;
}

/** English prose: three or more words in a row, as a Chinese page must not show outside code and titles. */
export const ENGLISH_RUN = /[A-Za-z][A-Za-z'’-]*(?:[ \u00a0]+[A-Za-z][A-Za-z'’-]*){2,}/;

/** Any Han character, as an English page must not show outside code and Chinese titles. */
export const HAN = /\p{Script=Han}/u;
