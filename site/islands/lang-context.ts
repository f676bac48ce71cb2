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
