import type { Endpoint } from '../../catalog/types';
import type { Lang } from '../../lib/i18n/lang';

/** The URL of an endpoint's own module, as scripts/build-endpoint-modules.mjs publishes it. */
export function endpointModuleUrl(id: string): string | undefined {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) ? `/endpoints/${id}.js` : undefined;
}

/**
 * Loads the catalog entry of an endpoint from its own module at a stable URL (not through a
 * bundler map of every endpoint, which every page would ship); undefined for an id that cannot be one.
 */
export function loadEndpoint(id: string): Promise<Endpoint> | undefined {
  const url = endpointModuleUrl(id);
  if (!url) return undefined;
  return import(/* @vite-ignore */ url).then((module: { default: Endpoint }) => module.default);
}

/** The URL of an endpoint's Chinese prose (its texts as [English, Chinese] pairs), as the same script publishes it. */
export function proseModuleUrl(id: string): string | undefined {
  return endpointModuleUrl(id)?.replace('/endpoints/', '/endpoints/zh/');
}

/**
 * How the live playground shows the endpoint's catalog prose: as is on an English page (nothing
 * loads), through the endpoint's own translations on a Chinese one (a few KiB, never every page's).
 */
export async function loadProse(id: string, lang: Lang): Promise<(english: string) => string> {
  const url = lang === 'zh' ? proseModuleUrl(id) : undefined;
  if (!url) return (english) => english;
  const module = (await import(/* @vite-ignore */ url)) as { default: readonly (readonly [string, string])[] };
  const texts = new Map(module.default);
  return (english) => texts.get(english) ?? english;
}
