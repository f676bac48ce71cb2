import { ZH_TEXTS } from '../../catalog/zh';
import type { Lang } from './lang';

/**
 * A piece of catalog prose in the page's language. English is the source; a Chinese page shows
 * the English only while a translation is missing, which the completeness test forbids on main.
 * @example localize('zh', 'The id of the agent.') // '智能体 ID。'
 */
export function localize(lang: Lang, en: string): string {
  return lang === 'en' ? en : (ZH_TEXTS.get(en) ?? en);
}
