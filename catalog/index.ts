import { ALL_ENDPOINTS } from './endpoints';
import { navigationPageIds } from './navigation';
import { DOC_PAGES } from './pages';
import type { DocPage, Endpoint, GroupId } from './types';

export { GROUPS, SUBGROUPS } from './groups';
export { NAVIGATION, navigationPageIds, type NavEntry, type NavGroup } from './navigation';
export { DOC_PAGES } from './pages';

const ORDER = new Map(navigationPageIds().map((id, index) => [id, index]));
const position = (id: string) => ORDER.get(id) ?? Number.MAX_SAFE_INTEGER;

/** Every endpoint, in the Coze docs' order. */
export const ENDPOINTS: readonly Endpoint[] = [...ALL_ENDPOINTS].sort((a, b) => position(a.id) - position(b.id));

const ENDPOINT_BY_ID = new Map(ENDPOINTS.map((endpoint) => [endpoint.id, endpoint]));
const DOC_PAGE_BY_ID = new Map(DOC_PAGES.map((page) => [page.id, page]));

/** The endpoint with this id, or undefined. */
export function findEndpoint(id: string): Endpoint | undefined {
  return ENDPOINT_BY_ID.get(id);
}

/** The doc page with this id, or undefined. */
export function findDocPage(id: string): DocPage | undefined {
  return DOC_PAGE_BY_ID.get(id);
}

/** The endpoints of one group, in order. */
export function endpointsOf(group: GroupId): Endpoint[] {
  return ENDPOINTS.filter((endpoint) => endpoint.group === group);
}

export type * from './types';
