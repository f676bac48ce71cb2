import type { MiddlewareHandler } from 'hono';
import { langOfPath, pathInLang, type Lang } from '../lib/i18n/lang';
import { LANG_COOKIE } from '../lib/i18n/lang-cookie';

/**
 * The language a browser asks for first, from `Accept-Language` (q-values honoured, order breaking
 * ties); undefined when it names neither of ours before the other.
 * @example preferredLang('zh-CN,zh;q=0.9,en;q=0.8') // 'zh'
 */
export function preferredLang(header: string | undefined): Lang | undefined {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return undefined;
}

/** The language a `lang` cookie chose, if any: an explicit choice always wins over the browser's. */
export function chosenLang(cookie: string | undefined): Lang | undefined {
  const value = new RegExp(`(?:^|;\\s*)${LANG_COOKIE}=([^;]*)`).exec(cookie ?? '')?.[1]?.trim();
  return value === 'zh' || value === 'en' ? value : undefined;
}

/** A browser opening a page (not a script, image or fetch), by Sec-Fetch-Dest or, without it, Accept. */
function isDocumentNavigation(request: Request): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const dest = request.headers.get('sec-fetch-dest');
  if (dest) return dest === 'document';
  return (request.headers.get('accept') ?? '').includes('text/html');
}

/**
 * English pages run the worker first (wrangler.toml), only for this: a first visit whose browser
 * prefers Chinese is sent to the page's Chinese twin; a `lang` cookie (set by the language switch)
 * decides instead whenever present. English pages say what they vary on, so no cache hands a
 * Chinese reader the English page or the other way round.
 */
export const langRedirect: MiddlewareHandler<{ Bindings: Env }> = async (c, next) => {
  const url = new URL(c.req.url);
  if (url.pathname.startsWith('/api/') || langOfPath(url.pathname) !== 'en') return next();
  const cookie = chosenLang(c.req.header('cookie'));
  if (
    isDocumentNavigation(c.req.raw) &&
    cookie !== 'en' &&
    (cookie ?? preferredLang(c.req.header('accept-language'))) === 'zh'
  ) {
    return new Response(null, {
      status: 302,
      headers: {
        location: pathInLang(`${url.pathname}${url.search}`, 'zh'),
        vary: 'Accept-Language, Cookie',
        'cache-control': 'private, no-store',
      },
    });
  }
  const asset = await c.env.ASSETS.fetch(c.req.raw);
  if (!(asset.headers.get('content-type') ?? '').includes('text/html')) return asset;
  const response = new Response(asset.body, asset);
  response.headers.append('vary', 'Accept-Language, Cookie');
  return response;
};
