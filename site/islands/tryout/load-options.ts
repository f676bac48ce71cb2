import type { TryoutOptions } from '../../../catalog/types';

/** Where each SDK's options module is published (scripts/build-endpoint-modules.mjs). */
const MODULES = { 'chat-sdk': '/endpoints/tryout-chat-sdk.js', 'web-sdk': '/endpoints/tryout-web-sdk.js' } as const;

/**
 * Loads an SDK's option schema and example from its own module at a stable URL (built beside the
 * endpoint modules), as the playground loads an endpoint: the site's bundle then carries no schema
 * constructors, which every endpoint page would load too.
 */
export async function loadTryoutOptions(sdk: keyof typeof MODULES): Promise<TryoutOptions> {
  const module = (await import(/* @vite-ignore */ MODULES[sdk])) as { default: TryoutOptions };
  return module.default;
}
