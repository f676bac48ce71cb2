import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../catalog';
import { fillPath, matchEndpoint, selectCandidate } from '../../lib/match-endpoint';

describe('matchEndpoint', () => {
  it('matches every relayed catalog endpoint by its own method and filled path', () => {
    for (const endpoint of ENDPOINTS) {
      const params = Object.fromEntries([...endpoint.path.matchAll(/:([a-z_]+)/g)].map(([, name]) => [name!, '7351']));
      const match = matchEndpoint(ENDPOINTS, endpoint.method, fillPath(endpoint.path, params));
      if (endpoint.responseKind === 'websocket' || endpoint.responseKind === 'redirect') {
        expect(match, `${endpoint.id} is documented, not relayed`).toBeUndefined();
        continue;
      }
      expect(
        match?.candidates.map((c) => c.id),
        endpoint.id,
      ).toContain(endpoint.id);
      if (!endpoint.discriminator) expect(match?.endpoint.id, endpoint.id).toBe(endpoint.id);
      expect(match?.pathParams).toEqual(params);
    }
  });

  it('prefers a literal segment over a placeholder', () => {
    expect(matchEndpoint(ENDPOINTS, 'POST', '/v1/workflows/resume')?.endpoint.id).toBe('resume-workflow');
    expect(matchEndpoint(ENDPOINTS, 'GET', '/v1/workflows/7351')?.endpoint.id).toBe('retrieve-workflow');
  });

  it('is case-insensitive on the method only', () => {
    expect(matchEndpoint(ENDPOINTS, 'post', '/v3/chat')?.endpoint.id).toBe('create-chat');
    expect(matchEndpoint(ENDPOINTS, 'POST', '/V3/chat')).toBeUndefined();
  });

  it.each([
    ['GET', '/v3/chat'],
    ['POST', '/v3/chat/'],
    ['POST', '//v3/chat'],
    ['GET', '/v1/bots/..'],
    ['GET', '/v1/bots/%2e%2e'],
    ['GET', '/v1/bots/a%2Fb'],
    ['GET', '/v1/bots/a\\b'],
    ['GET', '/v1/bots/user@evil.example'],
    ['GET', '/v1/bots/http:'],
    ['GET', `/v1/bots/${'9'.repeat(200)}`],
    ['GET', 'v1/bots'],
    ['GET', ''],
  ])('matches nothing for %s %s', (method, path) => {
    expect(matchEndpoint(ENDPOINTS, method, path)).toBeUndefined();
  });

  it('encodes values when filling a path', () => {
    expect(fillPath('/v1/bots/:bot_id', { bot_id: 'a/b' })).toBe('/v1/bots/a%2Fb');
  });
});

describe('SDK method aliases', () => {
  it('accepts the GET that @coze/api sends to the deprecated knowledge file list', () => {
    const match = matchEndpoint(ENDPOINTS, 'GET', '/open_api/knowledge/document/list');
    expect(match?.endpoint.id).toBe('knowledge-documents-list');
    expect(matchEndpoint(ENDPOINTS, 'GET', '/open_api/knowledge/document/create')).toBeUndefined();
  });

  it('accepts the POST that coze-js sends to retrieve-chat, and only where the catalog says so', () => {
    expect(matchEndpoint(ENDPOINTS, 'POST', '/v3/chat/retrieve')?.endpoint.id).toBe('retrieve-chat');
    expect(matchEndpoint(ENDPOINTS, 'POST', '/v3/chat/message/list')).toBeUndefined();
  });
});

describe('endpoints sharing a path', () => {
  const token = (body: Record<string, unknown>) => {
    const match = matchEndpoint(ENDPOINTS, 'POST', '/api/permission/oauth2/token')!;
    return selectCandidate(match, body)?.id;
  };

  it('tells the OAuth token flows apart by grant_type and required fields', () => {
    expect(token({ grant_type: 'refresh_token', refresh_token: 'r', client_id: 'c' })).toBe('oauth-token-refresh');
    expect(
      token({
        grant_type: 'authorization_code',
        code: 'x',
        redirect_uri: 'https://a',
        client_id: 'c',
        code_verifier: 'v',
      }),
    ).toBe('oauth-token-pkce');
    expect(token({ grant_type: 'authorization_code', code: 'x', redirect_uri: 'https://a', client_id: 'c' })).toBe(
      'oauth-token-authorization-code',
    );
  });

  it('selects nothing for an unknown grant_type', () => {
    expect(token({ grant_type: 'password' })).toBeUndefined();
  });
});
