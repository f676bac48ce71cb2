import { DOC_PAGES } from './pages';
import type { DocPage } from './types';

// The whole catalog, for the site: endpoints, doc pages and the navigation. The worker imports
// `./endpoint-list` instead, which leaves the doc pages out.
export { ENDPOINTS, findEndpoint } from './endpoint-list';
export { GROUPS, SUBGROUPS } from './groups';
export { NAVIGATION, navigationPageIds, type NavEntry, type NavGroup } from './navigation';
export { DOC_PAGES } from './pages';

const DOC_PAGE_BY_ID = new Map(DOC_PAGES.map((page) => [page.id, page]));

/** The doc page with this id, or undefined. */
export function findDocPage(id: string): DocPage | undefined {
  return DOC_PAGE_BY_ID.get(id);
}

export type * from './types';
