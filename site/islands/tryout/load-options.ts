import type { TryoutOptions } from '../../../catalog/types';

/**
 * Loads an SDK's option schema and example from its own module at a stable URL (built beside the
 * endpoint modules by scripts/build-endpoint-modules.mjs), as the playground loads an endpoint: the
 * site's bundle then carries no schema constructors, which every endpoint page would load too.
 */
export function loadTryoutOptions(sdk: 'chat-sdk' | 'web-sdk'): Promise<TryoutOptions> {
  // Literal URLs, so the bench and the budget test can follow them to the files they load.
  const loading: Promise<{ default: TryoutOptions }> =
    sdk === 'chat-sdk'
      ? import(/* @vite-ignore */ '/endpoints/tryout-chat-sdk.js')
      : import(/* @vite-ignore */ '/endpoints/tryout-web-sdk.js');
  return loading.then((module) => module.default);
}
