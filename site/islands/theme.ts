/** Light, dark, or whatever the system says (the default). */
export type Theme = 'light' | 'dark' | 'system';

/**
 * Where the choice is kept (localStorage). Base.astro's inline head script reads the same key
 * before first paint; a test checks that the two agree.
 */
export const THEME_KEY = 'coze-playground.theme';

/** Puts a theme on the page: `<html data-theme>`, which global.css reads; none for `system`. */
export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
