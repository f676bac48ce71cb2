import type { Endpoint } from './types';

/** Identity with a type check: each endpoint file default-exports `defineEndpoint({...})`. */
export function defineEndpoint<const T extends Endpoint>(endpoint: T): T {
  return endpoint;
}
