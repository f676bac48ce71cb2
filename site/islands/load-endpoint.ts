import type { Endpoint } from '../../catalog/types';

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
