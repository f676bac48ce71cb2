import { describe, expect, it } from 'vitest';
import { DOC_PAGES, ENDPOINTS, GROUPS, SUBGROUPS, findEndpoint, navigationPageIds } from '../../catalog';
import { KNOWN_ERROR_CODES, errorCodeAnchor } from '../../catalog/pages/references';
import { BROWSER_ONLY_HOSTS, browserOnlyKind, exampleUrl } from '../../site/browser-only';
import { errorCodeHref, splitRichText } from '../../site/rich-text';
import { allRoutes, endpointHref, findPage, pageHref, pageLink, siteGroups } from '../../site/site-map';

const ALL_PAGES = [...ENDPOINTS, ...DOC_PAGES];

describe('allRoutes', () => {
  it('gives every endpoint and doc page exactly one route, in navigation order', () => {
    const ids = allRoutes().map((route) => route.props.pageId);
    expect(ids).toEqual(navigationPageIds());
    expect([...ids].sort()).toEqual(ALL_PAGES.map((page) => page.id).sort());
  });

  it('puts the group and the id in the params and only the kind and the id in the props', () => {
    const routes = allRoutes();
    expect(routes.find((route) => route.props.pageId === 'create-chat')).toEqual({
      params: { group: 'chat', id: 'create-chat' },
      props: { kind: 'endpoint', pageId: 'create-chat' },
    });
    expect(routes.find((route) => route.props.pageId === 'auth-overview')).toEqual({
      params: { group: 'auth', id: 'auth-overview' },
      props: { kind: 'doc', pageId: 'auth-overview' },
    });
  });

  it('marks each route with the kind of page it renders', () => {
    for (const route of allRoutes())
      expect(route.props.kind, route.props.pageId).toBe(findPage(route.props.pageId)?.kind);
  });

  it('passes only serializable props', () => {
    for (const route of allRoutes()) expect(JSON.parse(JSON.stringify(route))).toEqual(route);
  });
});

describe('endpointHref and pageHref', () => {
  it('build /<group>/<id>/ with a trailing slash', () => {
    expect(endpointHref({ group: 'workflow', id: 'list-workflows' })).toBe('/workflow/list-workflows/');
    expect(pageHref({ group: 'errors', id: 'coze-error-codes' })).toBe('/errors/coze-error-codes/');
  });

  it('give every page a unique, kebab-case href', () => {
    const hrefs = ALL_PAGES.map(pageHref);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    for (const href of hrefs) expect(href).toMatch(/^\/[a-z]+(-[a-z]+)*\/[a-z0-9]+(-[a-z0-9]+)*\/$/);
  });

  it('point each page at the URL its route builds', () => {
    for (const route of allRoutes())
      expect(pageLink(route.props.pageId)?.href).toBe(`/${route.params.group}/${route.params.id}/`);
  });
});

describe('findPage and pageLink', () => {
  it('resolve endpoints and doc pages by id', () => {
    expect(findPage('create-chat')?.kind).toBe('endpoint');
    expect(findPage('ws-chat-upstream-events')?.kind).toBe('doc');
    expect(pageLink('oauth-pkce')).toMatchObject({ href: '/auth/oauth-pkce/', titleZh: 'OAuth PKCE' });
  });

  it('answer undefined for an unknown id', () => {
    expect(findPage('no-such-page')).toBeUndefined();
    expect(pageLink('no-such-page')).toBeUndefined();
  });
});

describe('siteGroups', () => {
  it('keeps the docs order of groups', () => {
    const order = GROUPS.map((group) => group.id);
    const ids = siteGroups().map((group) => group.id);
    expect(ids).toEqual(order.filter((id) => ids.includes(id)));
  });

  it('lists every page once, in route order', () => {
    const listed = siteGroups().flatMap((group) => group.links.map((link) => link.id));
    expect(listed).toEqual(allRoutes().map((route) => route.props.pageId));
  });

  it("splits the audio group into the docs' four subgroups, in order", () => {
    const audio = siteGroups().find((group) => group.id === 'audio');
    expect(audio?.sections.map((section) => section.subgroup?.id)).toEqual(SUBGROUPS.map((subgroup) => subgroup.id));
  });

  it('keeps the links of every section consistent with the flat list', () => {
    for (const group of siteGroups()) expect(group.sections.flatMap((section) => section.links)).toEqual(group.links);
  });

  it('badges WebSocket endpoints WS, other endpoints by method and doc pages by kind', () => {
    const badge = (id: string) => pageLink(id)?.badge.label;
    expect(badge('ws-chat')).toBe('WS');
    expect(badge('create-chat')).toBe('POST');
    expect(badge('ws-chat-upstream-events')).toBe('events');
    expect(badge('coze-error-codes')).toBe('ref');
    expect(badge('auth-overview')).toBe('guide');
  });
});

describe('splitRichText', () => {
  const href = (code: number) => (code === 4100 || code === 700012006 ? `/errors/#code-${code}` : undefined);

  it('turns backtick spans into code', () => {
    expect(splitRichText('Set `stream` to true.', href)).toEqual([
      { kind: 'text', text: 'Set ' },
      { kind: 'code', text: 'stream' },
      { kind: 'text', text: ' to true.' },
    ]);
  });

  it('links the error codes it knows and leaves other numbers alone', () => {
    expect(splitRichText('4100 or 4101, then 700012006.', href)).toEqual([
      { kind: 'error-code', text: '4100', href: '/errors/#code-4100' },
      { kind: 'text', text: ' or 4101, then ' },
      { kind: 'error-code', text: '700012006', href: '/errors/#code-700012006' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('does not find codes inside longer numbers', () => {
    expect(splitRichText('bot 41001 at 1715689059', href)).toEqual([{ kind: 'text', text: 'bot 41001 at 1715689059' }]);
  });

  it('links a code span that is exactly a known code', () => {
    expect(splitRichText('`4100`', href)).toEqual([{ kind: 'code', text: '4100', href: '/errors/#code-4100' }]);
  });
});

describe('errorCodeHref', () => {
  it('points known codes at their row and ignores the rest', () => {
    const known = [...KNOWN_ERROR_CODES][0]!;
    expect(errorCodeHref(known)).toBe(errorCodeAnchor(known));
    expect(errorCodeHref(4999)).toBe(KNOWN_ERROR_CODES.has(4999) ? errorCodeAnchor(4999) : undefined);
    expect(errorCodeHref(1234)).toBeUndefined();
  });
});

describe('browser-only endpoints', () => {
  it('are the WebSocket and redirect endpoints', () => {
    expect(browserOnlyKind(findEndpoint('ws-chat')!)).toBe('websocket');
    expect(browserOnlyKind(findEndpoint('oauth-authorize')!)).toBe('redirect');
    expect(browserOnlyKind(findEndpoint('create-chat')!)).toBeUndefined();
  });

  it('build the example URL on the given host, query included', () => {
    const endpoint = {
      path: '/v1/rooms/:room_id',
      example: { path: { room_id: 'r 1' }, query: { bot_id: '73', n: 2 } },
    };
    expect(exampleUrl(endpoint, BROWSER_ONLY_HOSTS.websocket.cn)).toBe('wss://ws.coze.cn/v1/rooms/r%201?bot_id=73&n=2');
  });

  it('build the authorize URL on the www host', () => {
    const url = new URL(exampleUrl(findEndpoint('oauth-authorize')!, BROWSER_ONLY_HOSTS.redirect.cn));
    expect(url.origin).toBe('https://www.coze.cn');
    expect(url.pathname).toBe('/api/permission/oauth2/authorize');
    expect(url.searchParams.get('response_type')).toBe('code');
  });
});
