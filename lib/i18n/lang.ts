/**
 * The two languages of the site. English pages keep the paths they always had (`/chat/create-chat/`);
 * each has a Chinese twin under `/zh/` (`/zh/chat/create-chat/`), so both are linkable.
 */
export type Lang = 'en' | 'zh';

export const LANGS: readonly Lang[] = ['en', 'zh'];

/** What `<html lang>` says for each language. */
export const HTML_LANG: Readonly<Record<Lang, string>> = { en: 'en', zh: 'zh-CN' };

/**
 * The language a path is in.
 * @example langOfPath('/zh/chat/create-chat/') // 'zh'
 */
export function langOfPath(pathname: string): Lang {
  return pathname === '/zh' || pathname.startsWith('/zh/') ? 'zh' : 'en';
}

/**
 * The same page in another language, query and fragment kept.
 * @example pathInLang('/chat/create-chat/#run', 'zh') // '/zh/chat/create-chat/#run'
 */
export function pathInLang(path: string, lang: Lang): string {
  const bare = langOfPath(path) === 'zh' ? path.slice(3) || '/' : path;
  const rooted = bare.startsWith('/') ? bare : `/${bare}`;
  return lang === 'zh' ? `/zh${rooted}` : rooted;
}

/** UI strings of one component in both languages; the type makes a missing translation a compile error. */
export interface Texts<T> {
  readonly en: T;
  readonly zh: T;
}
