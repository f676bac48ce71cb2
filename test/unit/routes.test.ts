import { describe, expect, it } from 'vitest';
import { ENDPOINTS, GROUPS, findEndpoint } from '../../catalog';
import { endpointHref, endpointRoutes, navGroups } from '../../site/routes';

describe('endpointRoutes', () => {
  it('gives every endpoint exactly one route', () => {
    const ids = endpointRoutes().map((route) => route.props.endpointId);
    expect(ids).toEqual(ENDPOINTS.map((endpoint) => endpoint.id));
  });

  it('puts the group and the id in the params and only the id in the props', () => {
    const route = endpointRoutes().find((candidate) => candidate.props.endpointId === 'create-chat');
    expect(route).toEqual({ params: { group: 'chat', id: 'create-chat' }, props: { endpointId: 'create-chat' } });
  });

  it('passes only serializable props', () => {
    for (const route of endpointRoutes()) expect(JSON.parse(JSON.stringify(route))).toEqual(route);
  });
});

describe('endpointHref', () => {
  it('builds /<group>/<endpoint-id>/ with a trailing slash', () => {
    expect(endpointHref({ group: 'workflow', id: 'list-workflows' })).toBe('/workflow/list-workflows/');
  });

  it('gives every endpoint a unique, kebab-case href', () => {
    const hrefs = ENDPOINTS.map(endpointHref);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    for (const href of hrefs) expect(href).toMatch(/^\/[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*\/$/);
  });

  it('points each endpoint at the URL its route builds', () => {
    for (const route of endpointRoutes()) {
      const endpoint = findEndpoint(route.props.endpointId);
      expect(endpoint && endpointHref(endpoint)).toBe(`/${route.params.group}/${route.params.id}/`);
    }
  });
});

describe('navGroups', () => {
  it('keeps the docs order of groups', () => {
    const order = GROUPS.map((group) => group.id);
    const ids = navGroups().map((group) => group.id);
    expect(ids).toEqual(order.filter((id) => ids.includes(id)));
  });

  it('lists every endpoint once, in catalog order within its group', () => {
    const listed = navGroups().flatMap((group) => group.endpoints.map((endpoint) => endpoint.id));
    expect([...listed].sort()).toEqual(ENDPOINTS.map((endpoint) => endpoint.id).sort());
    for (const group of navGroups()) {
      const inCatalog = ENDPOINTS.filter((endpoint) => endpoint.group === group.id);
      expect(group.endpoints).toEqual(inCatalog);
      expect(group.endpoints.length).toBeGreaterThan(0);
    }
  });
});
