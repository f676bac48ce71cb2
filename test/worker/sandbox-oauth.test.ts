import { env } from 'cloudflare:workers';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { findEndpoint } from '../../catalog/index';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import { importSigningKey, signJwt, type JwtClaims } from '../../lib/oauth/jwt';
import { s256Challenge } from '../../lib/oauth/pkce';
import { SANDBOX_JWT_APP } from '../../lib/oauth/sandbox-service-app';
import { SANDBOX_TEST_PRIVATE_KEY } from '../../lib/oauth/sandbox-test-key';

const CLIENT = SANDBOX_IDS.oauthClient;
const REDIRECT = 'https://example.com/oauth/callback';
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';

function stubOf(owner: string) {
  return env.SANDBOX.get(env.SANDBOX.idFromName(owner));
}

/** A code from the session's consent page, for the redirect and (PKCE) the verifier's challenge. */
async function codeFrom(owner: string, verifier?: string): Promise<string> {
  const query = new URLSearchParams({ response_type: 'code', client_id: CLIENT, redirect_uri: REDIRECT, state: 's' });
  if (verifier) {
    query.set('code_challenge', await s256Challenge(verifier));
    query.set('code_challenge_method', 'S256');
  }
  const res = await stubOf(owner).fetch(`https://sandbox.coze.invalid/api/permission/oauth2/authorize?${query}`);
  const html = await res.text();
  return /[?&]code=([^&"]+)/.exec(html)![1]!;
}

function session(owner = `oauth-${crypto.randomUUID()}`) {
  const stub = stubOf(owner);
  const send = async (path: string, body: Record<string, unknown>, authorization?: string) => {
    const res = await stub.fetch(
      new Request(`https://sandbox.coze.invalid/api/permission/oauth2${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization && { authorization }) },
        body: JSON.stringify(body),
      }),
    );
    return {
      status: res.status,
      logid: res.headers.get('x-tt-logid'),
      body: (await res.json()) as Record<string, any>,
    };
  };
  return Object.assign(send, { code: (verifier?: string) => codeFrom(owner, verifier) });
}

/** A JWT signed with the sandbox app's published test key, with some claims changed. */
async function jwt(claims: Record<string, unknown>): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const all = { iss: CLIENT, aud: 'api.coze.cn', iat: now, exp: now + 600, jti: crypto.randomUUID(), ...claims };
  const key = await importSigningKey(SANDBOX_TEST_PRIVATE_KEY);
  return `Bearer ${await signJwt({ alg: 'RS256', typ: 'JWT', kid: SANDBOX_JWT_APP.kid }, all as JwtClaims, key)}`;
}

/** Asserts a user-token answer: the documented fields at the top level, no envelope, expiry ahead. */
function expectUserToken(endpointId: string, body: Record<string, any>) {
  expect(v.safeParse(findEndpoint(endpointId)!.response, body).success).toBe(true);
  expect(body).not.toHaveProperty('code');
  expect(body.access_token).toMatch(/^czu_[0-9a-f]{64}$/);
  expect(body.refresh_token).toMatch(/^rt_/);
  const now = Math.floor(Date.now() / 1000);
  expect(body.expires_in).toBeGreaterThanOrEqual(now + 890);
  expect(body.expires_in).toBeLessThanOrEqual(now + 910);
}

describe('sandbox OAuth: device flow', () => {
  it('issues a device code, answers pending on the first poll and tokens on the next, then expired', async () => {
    const send = session();
    const started = await send('/device/code', { client_id: CLIENT });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({
      expires_in: 300,
      interval: 5,
      user_code: expect.stringMatching(/^[A-Z]{4}-[A-Z]{4}$/),
    });
    expect(v.safeParse(findEndpoint('oauth-device-code')!.response, started.body).success).toBe(true);

    const poll = {
      client_id: CLIENT,
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      device_code: started.body.device_code,
    };
    const pending = await send('/token', poll);
    expect(pending.status).toBe(400);
    expect(pending.body).toMatchObject({ error_code: 'authorization_pending', error: 'authorization_pending' });
    expect(pending.logid).toMatch(/^\d{14}/);

    const granted = await send('/token', poll);
    expect(granted.status).toBe(200);
    expectUserToken('oauth-token-device', granted.body);

    expect((await send('/token', poll)).body.error_code).toBe('expired_token');
  });

  it('answers the seeded device code at once, every time', async () => {
    const send = session();
    const poll = {
      client_id: CLIENT,
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      device_code: SANDBOX_IDS.device,
    };
    expectUserToken('oauth-token-device', (await send('/token', poll)).body);
    expectUserToken('oauth-token-device', (await send('/token', poll)).body);
  });

  it('answers invalid_client with HTTP 401 for another app', async () => {
    const send = session();
    const res = await send('/device/code', { client_id: '42' });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error_code: 'invalid_client', error_message: expect.stringContaining(CLIENT) });
  });
});

describe('sandbox OAuth: authorization code and PKCE', () => {
  it('exchanges a web app’s code once, with the client secret as bearer', async () => {
    const send = session();
    const request = {
      grant_type: 'authorization_code',
      code: await send.code(),
      client_id: CLIENT,
      redirect_uri: REDIRECT,
    };
    expect((await send('/token', request)).body.error_code).toBe('invalid_client');
    const first = await send('/token', request, 'Bearer client_secret_1');
    expectUserToken('oauth-token-authorization-code', first.body);
    const again = await send('/token', request, 'Bearer client_secret_1');
    expect(again.body).toMatchObject({ error_code: 'invalid_request', error_message: expect.stringContaining('once') });
  });

  it('exchanges a PKCE code with a well-formed verifier and no secret', async () => {
    const send = session();
    const request = {
      grant_type: 'authorization_code',
      code: await send.code(VERIFIER),
      client_id: CLIENT,
      redirect_uri: REDIRECT,
    };
    expectUserToken('oauth-token-pkce', (await send('/token', { ...request, code_verifier: VERIFIER })).body);
    const short = await send('/token', { ...request, code: await send.code(VERIFIER), code_verifier: 'short' });
    expect(short.body).toMatchObject({
      error_code: 'invalid_request',
      error_message: expect.stringContaining('code_verifier'),
    });
  });

  it('refreshes with a refresh token once, and the new one works', async () => {
    const send = session();
    const code = {
      grant_type: 'authorization_code',
      code: await send.code(VERIFIER),
      client_id: CLIENT,
      redirect_uri: REDIRECT,
    };
    const first = (await send('/token', { ...code, code_verifier: VERIFIER })).body;
    const refresh = { client_id: CLIENT, grant_type: 'refresh_token', refresh_token: first.refresh_token };
    const second = await send('/token', refresh);
    expectUserToken('oauth-token-refresh', second.body);
    expect(second.body.access_token).not.toBe(first.access_token);
    expect((await send('/token', refresh)).body.error_code).toBe('invalid_request');
    expectUserToken(
      'oauth-token-refresh',
      (await send('/token', { ...refresh, refresh_token: second.body.refresh_token })).body,
    );
  });
});

describe('sandbox OAuth: JWT', () => {
  const request = { grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', duration_seconds: 3600 };

  it('issues a service token for a JWT of the sandbox app, for the asked duration', async () => {
    const res = await session()('/token', request, await jwt({}));
    expect(res.status).toBe(200);
    expect(res.body.access_token).toMatch(/^czs_/);
    expect(res.body).not.toHaveProperty('refresh_token');
    expect(res.body.expires_in - Math.floor(Date.now() / 1000)).toBeGreaterThan(3590);
  });

  it.each([
    ['no JWT', undefined, 'invalid_request'],
    ['another app’s JWT', { iss: '42' }, 'invalid_client'],
    ['an expired JWT', { exp: 1 }, 'invalid_request'],
    ['a JWT for another audience', { aud: 'example.com' }, 'invalid_request'],
  ])('refuses %s', async (_, claims, code) => {
    const authorization = claims ? await jwt(claims) : undefined;
    expect((await session()('/token', request, authorization)).body.error_code).toBe(code);
  });

  it('refuses a JWT used twice', async () => {
    const send = session();
    const token = await jwt({});
    expect((await send('/token', request, token)).status).toBe(200);
    expect((await send('/token', request, token)).body.error_message).toContain('jti');
  });
});

describe('sandbox OAuth errors', () => {
  it('answers a malformed request in the OAuth shape, not Coze’s envelope', async () => {
    const res = await session()('/token', { grant_type: 'refresh_token', client_id: CLIENT });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error_code: 'invalid_request',
      error_message: expect.stringContaining('body.refresh_token: refresh_token is required'),
    });
  });

  it('answers an unknown grant type in the OAuth shape', async () => {
    const res = await session()('/token', { grant_type: 'password', client_id: CLIENT });
    expect(res.body.error_code).toBe('invalid_request');
    expect(res.body.error_message).toContain('grant_type');
  });
});
