import type { Lang } from '../../lib/i18n/lang';

/**
 * The live playground's entry for a page in `lang`, as scripts/build-live-playground.mjs publishes
 * it: one bundle of all that starts together, in the page's language.
 * @example liveMountUrl('zh') // '/_astro/zh/live/mount.js'
 */
export function liveMountUrl(lang: Lang): string {
  return lang === 'zh' ? '/_astro/zh/live/mount.js' : '/_astro/live/mount.js';
}
