import { describe, expect, it } from 'vitest';
import {
  VERIFIER_PATTERN,
  authorizeUrl,
  randomState,
  randomVerifier,
  readAuthorizeReturn,
  s256Challenge,
  withoutAuthorizeReturn,
} from './pkce';

describe('PKCE', () => {
  it('derives the S256 challenge of RFC 7636’s example verifier', async () => {
    expect(await s256Challenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('makes verifiers RFC 7636 accepts, a new one each time', () => {
    const verifiers = new Set(Array.from({ length: 20 }, randomVerifier));
    expect(verifiers.size).toBe(20);
    for (const verifier of verifiers) expect(verifier).toMatch(VERIFIER_PATTERN);
    expect(randomState()).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it.each([
    ['cn', 'https://www.coze.cn/api/permission/oauth2/authorize'],
    ['com', 'https://www.coze.com/api/permission/oauth2/authorize'],
    ['sandbox', 'https://pg.test/api/sandbox/oauth2/authorize'],
  ] as const)('opens %s’s consent page with the PKCE parameters', (region, base) => {
    const url = new URL(
      authorizeUrl({
        region,
        origin: 'https://pg.test',
        clientId: '42',
        redirectUri: 'https://pg.test/workspace/users-me/?x=1',
        state: 'st',
        challenge: 'ch',
      }),
    );
    expect(`${url.origin}${url.pathname}`).toBe(base);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: '42',
      redirect_uri: 'https://pg.test/workspace/users-me/?x=1',
      state: 'st',
      code_challenge: 'ch',
      code_challenge_method: 'S256',
    });
  });

  it('reads a code, a refusal or nothing from the redirect’s query', () => {
    expect(readAuthorizeReturn('?code=c1&state=s1')).toEqual({ kind: 'code', code: 'c1', state: 's1' });
    expect(readAuthorizeReturn('?error=access_denied&state=s1')).toEqual({
      kind: 'denied',
      error: 'access_denied',
      state: 's1',
    });
    expect(readAuthorizeReturn('?code=c1')).toEqual({ kind: 'none' });
    expect(readAuthorizeReturn('')).toEqual({ kind: 'none' });
  });

  it('removes the redirect’s parameters from the page URL and keeps the rest', () => {
    expect(withoutAuthorizeReturn('https://pg.test/a/?keep=1&code=c&state=s#run')).toBe(
      'https://pg.test/a/?keep=1#run',
    );
  });
});
