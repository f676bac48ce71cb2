import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { decodeJwt, importSigningKey, jwtClaims, signJwt } from '../../lib/oauth/jwt';
import { randomState, randomVerifier, s256Challenge } from '../../lib/oauth/pkce';
import { SANDBOX_JWT_APP } from '../../lib/oauth/sandbox-service-app';
import { SANDBOX_TEST_PRIVATE_KEY } from '../../lib/oauth/sandbox-test-key';
import { base64url } from '../../lib/oauth/base64url';

// The three token flows end to end through the relay, as the page runs them: each ends with a
// sandbox token that a Run then uses, and the sandbox tells its own issued tokens from forgeries.

const CLIENT = SANDBOX_JWT_APP.appId;
const REDIRECT = 'https://playground.test/workspace/users-me/';
const ORIGIN = 'https://playground.test';

function relay(path: string, init: RequestInit = {}) {
  return exports.default.fetch(new Request(`${ORIGIN}/api/relay/sandbox${path}`, init));
}

function postToken(body: Record<string, unknown>, authorization?: string) {
  return relay('/api/permission/oauth2/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization && { authorization }) },
    body: JSON.stringify(body),
  });
}

async function usersMe(token: string) {
  const res = await relay('/v1/users/me', { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

/** Opens the sandbox's consent page and follows its Allow link, as the user's click would. */
async function consent(query: Record<string, string>) {
  const page = await exports.default.fetch(
    new Request(`${ORIGIN}/api/sandbox/oauth2/authorize?${new URLSearchParams(query)}`, {
      headers: { 'sec-fetch-mode': 'navigate', 'sec-fetch-site': 'same-origin' },
    }),
  );
  const html = await page.text();
  const allow = /<a id="allow" href="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
  return { page, html, allow: allow ? new URL(allow) : undefined };
}

async function pkceCode(verifier: string, state = randomState(), redirect = REDIRECT) {
  const { allow } = await consent({
    response_type: 'code',
    client_id: CLIENT,
    redirect_uri: redirect,
    state,
    code_challenge: await s256Challenge(verifier),
    code_challenge_method: 'S256',
  });
  return allow!.searchParams.get('code')!;
}

async function signedJwt(overrides: { kid?: string; claims?: Record<string, unknown>; pem?: string } = {}) {
  const key = await importSigningKey(overrides.pem ?? SANDBOX_TEST_PRIVATE_KEY);
  const claims = {
    ...jwtClaims({ appId: CLIENT, region: 'sandbox', nowS: Math.floor(Date.now() / 1000) }),
    ...overrides.claims,
  };
  return signJwt({ alg: 'RS256', typ: 'JWT', kid: overrides.kid ?? SANDBOX_JWT_APP.kid }, claims as never, key);
}

const JWT_GRANT = { grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', duration_seconds: 900 };

describe('sandbox consent page', () => {
  it('serves a consent page under a strict CSP whose Allow link returns to redirect_uri with code and state', async () => {
    const { page, html, allow } = await consent({
      response_type: 'code',
      client_id: CLIENT,
      redirect_uri: `${REDIRECT}?keep=1`,
      state: 'state-<1>',
      code_challenge: await s256Challenge(randomVerifier()),
      code_challenge_method: 'S256',
    });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html).not.toContain('<script');
    expect(html).not.toContain('state-<1>');
    expect(`${allow!.origin}${allow!.pathname}`).toBe(REDIRECT);
    expect(allow!.searchParams.get('keep')).toBe('1');
    expect(allow!.searchParams.get('state')).toBe('state-<1>');
    expect(allow!.searchParams.get('code')).toMatch(/^code_[0-9a-f]{32}$/);
    const deny = /<a id="deny" href="([^"]+)"/.exec(html)![1]!.replaceAll('&amp;', '&');
    expect(Object.fromEntries(new URL(deny).searchParams)).toMatchObject({
      error: 'access_denied',
      state: 'state-<1>',
    });
  });

  it('speaks the browser’s language, as Coze’s consent page does', async () => {
    const query = new URLSearchParams({ response_type: 'code', client_id: CLIENT, redirect_uri: REDIRECT, state: 's' });
    const page = await exports.default.fetch(
      new Request(`${ORIGIN}/api/sandbox/oauth2/authorize?${query}`, {
        headers: { 'accept-language': 'zh-CN,zh;q=0.9' },
      }),
    );
    const html = await page.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('>允许</a>');
    expect(html).not.toContain('>Allow</a>');
  });

  it.each([
    ['another app', { client_id: '42' }, 'client_id'],
    ['a redirect that is not http(s)', { redirect_uri: 'javascript:alert(1)' }, 'redirect_uri'],
    ['an unknown challenge method', { code_challenge_method: 'S512' }, 'code_challenge_method'],
  ])('answers a page naming the problem, with no Allow link, for %s', async (_, change, word) => {
    const { html, allow } = await consent({
      response_type: 'code',
      client_id: CLIENT,
      redirect_uri: REDIRECT,
      state: 's',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
      ...change,
    });
    expect(allow).toBeUndefined();
    expect(html).toContain(word);
  });
});

describe('PKCE through the relay', () => {
  it('exchanges the code for a token that a Run then uses', async () => {
    const verifier = randomVerifier();
    const code = await pkceCode(verifier);
    const res = await postToken({
      grant_type: 'authorization_code',
      client_id: CLIENT,
      redirect_uri: REDIRECT,
      code,
      code_verifier: verifier,
    });
    expect(res.status).toBe(200);
    const grant = (await res.json()) as Record<string, any>;
    expect(grant.access_token).toMatch(/^czu_[0-9a-f]{64}$/);
    const me = await usersMe(grant.access_token);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ code: 0, data: { user_id: expect.any(String) } });
  });

  it('refuses a verifier that does not match the challenge, and the code then still works with the right one', async () => {
    const verifier = randomVerifier();
    const code = await pkceCode(verifier);
    const exchange = { grant_type: 'authorization_code', client_id: CLIENT, redirect_uri: REDIRECT, code };
    const wrong = await postToken({ ...exchange, code_verifier: randomVerifier() });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({
      error_code: 'invalid_request',
      error_message: expect.stringContaining('code_verifier'),
    });
    expect((await postToken({ ...exchange, code_verifier: verifier })).status).toBe(200);
  });

  it('refuses a redirect_uri other than the one the code was issued for', async () => {
    const verifier = randomVerifier();
    const code = await pkceCode(verifier);
    const res = await postToken({
      grant_type: 'authorization_code',
      client_id: CLIENT,
      redirect_uri: 'https://evil.example/',
      code,
      code_verifier: verifier,
    });
    expect(await res.json()).toMatchObject({
      error_code: 'invalid_request',
      error_message: expect.stringContaining('redirect_uri'),
    });
  });

  it('refuses a code the consent page never issued, and a code used twice', async () => {
    const verifier = randomVerifier();
    const exchange = {
      grant_type: 'authorization_code',
      client_id: CLIENT,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
    };
    expect(await (await postToken({ ...exchange, code: 'code_made_up' })).json()).toMatchObject({
      error_code: 'invalid_request',
    });
    const code = await pkceCode(verifier);
    expect((await postToken({ ...exchange, code })).status).toBe(200);
    expect(await (await postToken({ ...exchange, code })).json()).toMatchObject({
      error_message: expect.stringContaining('once'),
    });
  });

  it('refreshes once: the new token works, the old refresh token is spent', async () => {
    const verifier = randomVerifier();
    const code = await pkceCode(verifier);
    const first = (await (
      await postToken({
        grant_type: 'authorization_code',
        client_id: CLIENT,
        redirect_uri: REDIRECT,
        code,
        code_verifier: verifier,
      })
    ).json()) as Record<string, any>;
    const refresh = { grant_type: 'refresh_token', client_id: CLIENT, refresh_token: first.refresh_token };
    const second = (await (await postToken(refresh)).json()) as Record<string, any>;
    expect(second.access_token).toMatch(/^czu_/);
    expect(second.access_token).not.toBe(first.access_token);
    expect((await usersMe(second.access_token)).status).toBe(200);
    expect(await (await postToken(refresh)).json()).toMatchObject({ error_code: 'invalid_request' });
  });
});

describe('device flow through the relay', () => {
  it('is pending, then granted, and the token works', async () => {
    const started = (await (
      await relay('/api/permission/oauth2/device/code', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ client_id: CLIENT }),
      })
    ).json()) as Record<string, any>;
    const poll = {
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      client_id: CLIENT,
      device_code: started.device_code,
    };
    expect(await (await postToken(poll)).json()).toMatchObject({ error_code: 'authorization_pending' });
    const granted = (await (await postToken(poll)).json()) as Record<string, any>;
    expect((await usersMe(granted.access_token)).status).toBe(200);
  });
});

describe('JWT through the relay', () => {
  it('exchanges a JWT signed with the registered key for a service token that works', async () => {
    const res = await postToken(JWT_GRANT, `Bearer ${await signedJwt()}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, any>;
    expect(body.access_token).toMatch(/^czs_[0-9a-f]{64}$/);
    expect((await usersMe(body.access_token)).status).toBe(200);
  });

  it('refuses a JWT whose signature does not verify', async () => {
    const jwt = await signedJwt();
    const [header, claims] = jwt.split('.');
    const forged = `${header}.${claims}.${base64url(new Uint8Array(256))}`;
    const res = await postToken(JWT_GRANT, `Bearer ${forged}`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({
      error_code: 'invalid_client',
      error_message: expect.stringContaining('signature'),
    });
  });

  it('refuses a JWT whose claims were changed after signing', async () => {
    const jwt = await signedJwt();
    const [header, , signature] = jwt.split('.');
    const claims = { ...decodeJwt(jwt)!.claims, exp: Math.floor(Date.now() / 1000) + 86_000 };
    const res = await postToken(
      JWT_GRANT,
      `Bearer ${header}.${base64url(new TextEncoder().encode(JSON.stringify(claims)))}.${signature}`,
    );
    expect(await res.json()).toMatchObject({ error_code: 'invalid_client' });
  });

  it('refuses a kid the sandbox app has no key for', async () => {
    const res = await postToken(JWT_GRANT, `Bearer ${await signedJwt({ kid: 'unknown-key' })}`);
    expect(await res.json()).toMatchObject({
      error_code: 'invalid_client',
      error_message: expect.stringContaining('kid'),
    });
  });

  it('refuses an alg other than RS256', async () => {
    const jwt = await signedJwt();
    const none = `${base64url(new TextEncoder().encode(JSON.stringify({ alg: 'none', typ: 'JWT', kid: SANDBOX_JWT_APP.kid })))}.${jwt.split('.')[1]}.`;
    expect(await (await postToken(JWT_GRANT, `Bearer ${none}`)).json()).toMatchObject({
      error_code: 'invalid_request',
    });
  });
});

describe('issued sandbox tokens', () => {
  it('stops working when it expires', async () => {
    // Expiry is whole Unix seconds: 3 s leaves the first call at least 2 s, whatever the load.
    const res = await postToken({ ...JWT_GRANT, duration_seconds: 3 }, `Bearer ${await signedJwt()}`);
    const { access_token: token } = (await res.json()) as { access_token: string };
    expect((await usersMe(token)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 4100));
    const late = await usersMe(token);
    expect(late.status).toBe(401);
    expect(late.body).toMatchObject({ code: 4100, msg: expect.stringContaining('expired') });
  });

  it('refuses a token shaped like an issued one that the sandbox never issued', async () => {
    const forged = `czu_${'ab'.repeat(32)}`;
    const me = await usersMe(forged);
    expect(me.status).toBe(401);
    expect(me.body.code).toBe(4100);
    expect(JSON.stringify(me.body)).not.toContain(forged);
  });

  it('still lets any other made-up token into its own sandbox session', async () => {
    expect((await usersMe(`sandbox-${crypto.randomUUID()}`)).status).toBe(200);
  });
});

describe('history of token calls', () => {
  async function runOf(token: string, runId: string) {
    for (let attempt = 0; attempt < 50; attempt++) {
      const res = await exports.default.fetch(
        new Request(`${ORIGIN}/api/history/${runId}`, { headers: { authorization: `Bearer ${token}` } }),
      );
      if (res.status === 200) return JSON.stringify(await res.json());
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('history entry never appeared');
  }

  it('keeps neither the access token nor the refresh token of a token answer', async () => {
    const verifier = randomVerifier();
    const code = await pkceCode(verifier);
    const first = (await (
      await postToken({
        grant_type: 'authorization_code',
        client_id: CLIENT,
        redirect_uri: REDIRECT,
        code,
        code_verifier: verifier,
      })
    ).json()) as Record<string, any>;
    // A refresh sent with a bearer (as an SDK might) is recorded under that bearer's owner.
    const caller = `pat_history_${crypto.randomUUID().replaceAll('-', '')}`;
    const res = await postToken(
      { grant_type: 'refresh_token', client_id: CLIENT, refresh_token: first.refresh_token },
      `Bearer ${caller}`,
    );
    const answer = (await res.json()) as Record<string, any>;
    expect(answer.refresh_token).toBeTruthy();
    const stored = await runOf(caller, res.headers.get('x-playground-run-id')!);
    for (const secret of [first.refresh_token, answer.access_token, answer.refresh_token])
      expect(stored).not.toContain(secret);
    const keys = await env.HISTORY.list();
    for (const key of keys.keys) {
      const value = (await env.HISTORY.get(key.name)) ?? '';
      for (const secret of [first.refresh_token, answer.refresh_token, answer.access_token])
        expect(value).not.toContain(secret);
    }
  });

  it('keeps no access token from a JWT exchange, nor the JWT', async () => {
    const jwt = await signedJwt();
    const res = await postToken(JWT_GRANT, `Bearer ${jwt}`);
    const answer = (await res.json()) as Record<string, any>;
    const stored = await runOf(jwt, res.headers.get('x-playground-run-id')!);
    expect(stored).not.toContain(answer.access_token);
    expect(stored).not.toContain(jwt.split('.')[2]);
  });
});
