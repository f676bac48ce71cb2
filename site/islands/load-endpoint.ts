import type { RequestSide } from '../../catalog/types';
import type { Lang } from '../../lib/i18n/lang';

export type { RequestSide };

/** The module an endpoint's page loads, as scripts/build-endpoint-modules.mjs publishes it (its request side only). */
interface EndpointModule {
  readonly default: RequestSide;
  /** A Chinese copy's texts that could not be put in place (built from parts), as [English, Chinese] pairs. */
  readonly prose?: readonly (readonly [string, string])[];
}

/**
 * The URL of an endpoint's own module, as scripts/build-endpoint-modules.mjs publishes it: its
 * Chinese copy (the same module with the Chinese texts in place) under /endpoints/zh/.
 */
export function endpointModuleUrl(id: string, lang: Lang = 'en'): string | undefined {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) ? `/endpoints/${lang === 'zh' ? 'zh/' : ''}${id}.js` : undefined;
}

const importModule = (url: string) => import(/* @vite-ignore */ url) as Promise<EndpointModule>;

/**
 * Loads the request side of an endpoint from its own module at a stable URL (not through a
 * bundler map of every endpoint, which every page would ship); undefined for an id that cannot be one.
 */
export function loadEndpoint(id: string): Promise<RequestSide> | undefined {
  const url = endpointModuleUrl(id);
  return url ? importModule(url).then((module) => module.default) : undefined;
}

/**
 * The endpoint as a page's live playground shows it, and how it shows the endpoint's catalog prose:
 * on a Chinese page the Chinese copy, whose texts are already Chinese (the few built from parts are
 * looked up), so a page loads one set of texts; undefined for an id that cannot be one.
 */
export function loadForPage(
  id: string,
  lang: Lang,
): Promise<{ endpoint: RequestSide; prose: (english: string) => string }> | undefined {
  const url = endpointModuleUrl(id, lang);
  if (!url) return undefined;
  return importModule(url).then((module) => {
    const texts = new Map(module.prose ?? []);
    return { endpoint: module.default, prose: (english: string) => texts.get(english) ?? english };
  });
}
