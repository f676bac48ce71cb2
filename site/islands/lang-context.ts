import { createContext, useContext } from 'solid-js';
import type { Lang, Texts } from '../../lib/i18n/lang';

/**
 * The page's language for every island below a root. Roots provide it from their props (the
 * static render) or from `<html lang>` (the live mount), so a component never reads the DOM for it.
 */
export const LangContext = createContext<Lang>('en');

/** The page's language. */
export function useLang(): Lang {
  return useContext(LangContext);
}

/** A component's strings in the page's language. */
export function useTexts<T>(texts: Texts<T>): T {
  return texts[useLang()];
}

/** Catalog prose in the page's language (field descriptions, meanings): English as is by default. */
export type Prose = (english: string) => string;

/**
 * How island code shows catalog prose. The static render passes `localize` over the whole Chinese
 * catalog; the live mount passes a lookup over the endpoint's own translations (loaded with it on
 * a Chinese page only), so no page ships every translation.
 */
export const ProseContext = createContext<Prose>((english) => english);

/** The page's way to show a piece of catalog prose. */
export function useProse(): Prose {
  return useContext(ProseContext);
}

/** The language a live page was built in, read once from `<html lang>` (set from its path). */
export function documentLang(): Lang {
  return typeof document !== 'undefined' && document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
}
