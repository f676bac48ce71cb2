import {
  DOC_PAGES,
  ENDPOINTS,
  GROUPS,
  NAVIGATION,
  SUBGROUPS,
  findDocPage,
  findEndpoint,
  navigationPageIds,
} from '../catalog';
import type { DocPage, Endpoint, Group, GroupId, Subgroup } from '../catalog';

/** A page of the site: an endpoint, or a doc page (events, reference, guide). */
export type SitePage =
  { readonly kind: 'endpoint'; readonly endpoint: Endpoint } | { readonly kind: 'doc'; readonly page: DocPage };

/** What `getStaticPaths` returns for one page: the URL params and serializable props only. */
export interface PageRoute {
  readonly params: { readonly group: string; readonly id: string };
  readonly props: { readonly kind: SitePage['kind']; readonly pageId: string };
}

/** The small label before a title in the tree and the index: HTTP method, `WS`, or the doc kind. */
export interface PageBadge {
  readonly label: string;
  /** CSS suffix: `get`, `post`, `put`, `delete`, `ws`, `events`, `guide` or `ref`. */
  readonly tone: string;
  /** Spoken instead of the label, where the label is an abbreviation. */
  readonly title: string;
}

/** A page as a link: what the tree, the index and `links` sections show. */
export interface PageLink {
  readonly id: string;
  readonly group: GroupId;
  readonly href: string;
  readonly titleZh: string;
  readonly titleEn: string;
  readonly badge: PageBadge;
}

/** A run of links in a group, under a subgroup heading or none. */
export interface NavSection {
  readonly subgroup?: Subgroup;
  readonly links: readonly PageLink[];
}

/** A group of the navigation with its pages, as the tree and the index render it. */
export interface SiteGroup extends Group {
  readonly sections: readonly NavSection[];
  /** Every link of the group, in order. */
  readonly links: readonly PageLink[];
}

/** The page URL of an endpoint: `/<group>/<endpoint-id>/` (trailing slash, as the site is built). */
export function endpointHref(endpoint: Pick<Endpoint, 'group' | 'id'>): string {
  return `/${endpoint.group}/${endpoint.id}/`;
}

/** The page URL of a doc page; the same scheme as endpoints, so any page id has one URL. */
export function pageHref(page: Pick<DocPage, 'group' | 'id'>): string {
  return `/${page.group}/${page.id}/`;
}

/** The endpoint or doc page with this id, or undefined. */
export function findPage(id: string): SitePage | undefined {
  const endpoint = findEndpoint(id);
  if (endpoint) return { kind: 'endpoint', endpoint };
  const page = findDocPage(id);
  return page && { kind: 'doc', page };
}

const DOC_BADGES: Record<DocPage['kind'], PageBadge> = {
  events: { label: 'events', tone: 'events', title: 'Event list' },
  reference: { label: 'ref', tone: 'ref', title: 'Reference' },
  guide: { label: 'guide', tone: 'guide', title: 'Guide' },
};

function badgeOf(page: SitePage): PageBadge {
  if (page.kind === 'doc') return DOC_BADGES[page.page.kind];
  const { method, responseKind } = page.endpoint;
  if (responseKind === 'websocket') return { label: 'WS', tone: 'ws', title: 'WebSocket' };
  return { label: method, tone: method.toLowerCase(), title: method };
}

function linkOf(page: SitePage): PageLink {
  const { id, group, titleZh, titleEn } = page.kind === 'endpoint' ? page.endpoint : page.page;
  return { id, group, href: pageHref({ group, id }), titleZh, titleEn, badge: badgeOf(page) };
}

/** One link per page id that resolves; ids nobody has written yet are left out rather than broken. */
function linksOf(ids: readonly string[]): PageLink[] {
  return ids.flatMap((id) => {
    const page = findPage(id);
    return page ? [linkOf(page)] : [];
  });
}

function buildGroups(): SiteGroup[] {
  const listed = new Set(navigationPageIds());
  const strays = [...ENDPOINTS, ...DOC_PAGES].filter((page) => !listed.has(page.id));
  return GROUPS.flatMap((group) => {
    const nav = NAVIGATION.find((candidate) => candidate.group === group.id);
    const sections: { subgroup?: Subgroup; links: PageLink[] }[] = [];
    for (const entry of nav?.entries ?? []) {
      if (typeof entry === 'string') {
        const last = sections.at(-1);
        if (last && !last.subgroup) last.links.push(...linksOf([entry]));
        else sections.push({ links: linksOf([entry]) });
      } else {
        const subgroup = SUBGROUPS.find((candidate) => candidate.id === entry.subgroup);
        sections.push({ ...(subgroup && { subgroup }), links: linksOf(entry.pages) });
      }
    }
    // A catalog page missing from NAVIGATION still gets a page, at the end of its group.
    const extra = linksOf(strays.filter((page) => page.group === group.id).map((page) => page.id));
    if (extra.length > 0) sections.push({ links: extra });
    const nonEmpty = sections.filter((section) => section.links.length > 0);
    const links = nonEmpty.flatMap((section) => section.links);
    return links.length > 0 ? [{ ...group, sections: nonEmpty, links }] : [];
  });
}

const SITE_GROUPS: readonly SiteGroup[] = buildGroups();
const LINK_BY_ID = new Map(SITE_GROUPS.flatMap((group) => group.links.map((link) => [link.id, link] as const)));
const ROUTES: readonly PageRoute[] = SITE_GROUPS.flatMap((group) =>
  group.links.map((link) => ({
    params: { group: link.group, id: link.id },
    props: { kind: findEndpoint(link.id) ? 'endpoint' : 'doc', pageId: link.id },
  })),
);

/** Groups in the docs' order with their pages, subgroups kept; groups with no page yet are left out. */
export function siteGroups(): readonly SiteGroup[] {
  return SITE_GROUPS;
}

/** The link to the page with this id (any kind), or undefined when no such page exists. */
export function pageLink(id: string): PageLink | undefined {
  return LINK_BY_ID.get(id);
}

/** One route per page, endpoints and doc pages alike, in navigation order; page files only return them. */
export function allRoutes(): PageRoute[] {
  return [...ROUTES];
}
