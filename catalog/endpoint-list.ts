import { ALL_ENDPOINTS } from './endpoints';
import { navigationPageIds } from './navigation';
import type { Endpoint } from './types';

// The catalog's entry for code that calls endpoints and never shows a doc page: the worker imports
// this, not `./index`, so the guides, event lists and references (about 150 KB) stay out of its bundle
// and its start-up.

const ORDER = new Map(navigationPageIds().map((id, index) => [id, index]));
const position = (id: string) => ORDER.get(id) ?? Number.MAX_SAFE_INTEGER;

/** Every endpoint, in the Coze docs' order. */
export const ENDPOINTS: readonly Endpoint[] = [...ALL_ENDPOINTS].sort((a, b) => position(a.id) - position(b.id));

const ENDPOINT_BY_ID = new Map(ENDPOINTS.map((endpoint) => [endpoint.id, endpoint]));

/** The endpoint with this id, or undefined. */
export function findEndpoint(id: string): Endpoint | undefined {
  return ENDPOINT_BY_ID.get(id);
}
