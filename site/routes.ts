import { ENDPOINTS, GROUPS, endpointsOf } from '../catalog';
import type { Endpoint, Group } from '../catalog';

/** What `getStaticPaths` returns for one endpoint page: the URL params and the serializable prop. */
export interface EndpointRoute {
  readonly params: { readonly group: string; readonly id: string };
  readonly props: { readonly endpointId: string };
}

/** A group of the navigation with its endpoints, both in the Coze docs' order. */
export interface NavGroup extends Group {
  readonly endpoints: readonly Endpoint[];
}

/** The page URL of an endpoint: `/<group>/<endpoint-id>/` (trailing slash, as the site is built). */
export function endpointHref(endpoint: Pick<Endpoint, 'group' | 'id'>): string {
  return `/${endpoint.group}/${endpoint.id}/`;
}

/** One route per endpoint, computed once from the catalog; the page file only returns it. */
export function endpointRoutes(): EndpointRoute[] {
  return ENDPOINTS.map((endpoint) => ({
    params: { group: endpoint.group, id: endpoint.id },
    props: { endpointId: endpoint.id },
  }));
}

const NAV: readonly NavGroup[] = GROUPS.map((group) => ({ ...group, endpoints: endpointsOf(group.id) })).filter(
  (group) => group.endpoints.length > 0,
);

/** Groups with their endpoints for the tree and the index page; empty groups are left out. */
export function navGroups(): readonly NavGroup[] {
  return NAV;
}
