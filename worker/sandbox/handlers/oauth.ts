import { SANDBOX_IDS } from '../../../catalog/sandbox-ids';
import { OAuthError, plainReply } from '../envelope';
import { seconds } from '../params';
import { FIXTURE_REFRESH_TOKEN } from '../platform-fixtures';
import type { Call, Handler } from '../call';
import type { DeviceGrantRecord } from '../records';

/**
 * The OAuth token calls, answered for the sandbox's OAuth app ({@link SANDBOX_IDS.oauthClient})
 * as Coze answers them: token fields at the top level, failures as `{error_code, error_message}`.
 * The sandbox plays the user who always consents: any authorization code is accepted once (there
 * is no consent page to get one from), a device code is approved on its second poll.
 */

/** User tokens live 15 minutes, refresh tokens 30 days, device codes 5 minutes. */
const ACCESS_SECONDS = 900;
const REFRESH_SECONDS = 30 * 86_400;
const DEVICE_SECONDS = 300;
const POLL_INTERVAL = 5;
const MAX_JWT_SECONDS = 86_399;

function randomHex(bytes: number): string {
  return [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function checkClient(clientId: unknown): void {
  if (clientId !== SANDBOX_IDS.oauthClient)
    throw new OAuthError(
      'invalid_client',
      `Unknown client_id ${JSON.stringify(clientId)}: the sandbox's OAuth app is ${SANDBOX_IDS.oauthClient}`,
    );
}

/** A fresh user token with its single-use refresh token, stored so the refresh can be checked. */
async function userTokens(call: Call): Promise<Response> {
  const refresh = `rt_${randomHex(24)}`;
  const now = seconds(call.nowMs);
  await call.store.putItem('refresh-token', refresh, {
    client_id: SANDBOX_IDS.oauthClient,
    expires_at: now + REFRESH_SECONDS,
    used: false,
  });
  return plainReply(
    { access_token: `czu_${randomHex(32)}`, expires_in: now + ACCESS_SECONDS, refresh_token: refresh },
    call.logid,
  );
}

/** POST /api/permission/oauth2/device/code: starts a device authorization. */
export const deviceCode: Handler = async (call) => {
  checkClient(call.body['client_id']);
  const letters = 'BCDFGHJKLMNPQRSTVWXZ';
  const pickLetters = () =>
    [...crypto.getRandomValues(new Uint8Array(4))].map((b) => letters[b % letters.length]).join('');
  const grant: DeviceGrantRecord = {
    device_code: `dc_${randomHex(20)}`,
    user_code: `${pickLetters()}-${pickLetters()}`,
    client_id: SANDBOX_IDS.oauthClient,
    created_at_ms: call.nowMs,
    polls: 0,
    consumed: false,
    fixture: false,
  };
  await call.store.putItem('device-grant', grant.device_code, grant);
  const page = `https://sandbox.coze.invalid/oauth/device?user_code=${grant.user_code}`;
  return plainReply(
    {
      device_code: grant.device_code,
      user_code: grant.user_code,
      verification_uri: page,
      verification_url: page,
      expires_in: DEVICE_SECONDS,
      interval: POLL_INTERVAL,
    },
    call.logid,
  );
};

/** POST /api/permission/oauth2/token (device_code grant): pending on the first poll, tokens on the next. */
export const deviceToken: Handler = async (call) => {
  checkClient(call.body['client_id']);
  const code = String(call.body['device_code']);
  const grant = await call.store.item('device-grant', code);
  if (!grant || grant.client_id !== SANDBOX_IDS.oauthClient)
    throw new OAuthError('expired_token', `Unknown device_code ${code}: start again with the device-code call`);
  if (!grant.fixture && (grant.consumed || call.nowMs > grant.created_at_ms + DEVICE_SECONDS * 1000))
    throw new OAuthError('expired_token', 'The device_code has expired or was already exchanged: start again');
  await call.store.putItem('device-grant', code, {
    ...grant,
    polls: grant.polls + 1,
    consumed: grant.polls > 0 && !grant.fixture,
  });
  if (grant.polls === 0)
    throw new OAuthError(
      'authorization_pending',
      `Waiting for the user to enter ${grant.user_code}; the sandbox approves by the next poll`,
    );
  return userTokens(call);
};

/** POST /api/permission/oauth2/token (authorization_code grant, web and PKCE apps). */
export const codeToken: Handler = async (call) => {
  checkClient(call.body['client_id']);
  const pkce = call.endpoint.params.body?.entries['code_verifier'] !== undefined;
  if (pkce) {
    const verifier = String(call.body['code_verifier'] ?? '');
    if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier))
      throw new OAuthError(
        'invalid_request',
        'code_verifier must be 43-128 characters of A-Z a-z 0-9 - . _ ~ (RFC 7636)',
      );
  } else if (!call.bearer) {
    throw new OAuthError('invalid_client', 'Send the web app’s client secret as Authorization: Bearer <client_secret>');
  }
  if (!/^https?:\/\/\S+$/.test(String(call.body['redirect_uri'])))
    throw new OAuthError('invalid_request', 'redirect_uri must be the http(s) URL registered on the OAuth app');
  const code = String(call.body['code']);
  if (await call.store.item('spent-grant', `code:${code}`))
    throw new OAuthError('invalid_request', 'This authorization code was already exchanged: codes work once');
  await call.store.putItem('spent-grant', `code:${code}`, { spent_at: seconds(call.nowMs) });
  return userTokens(call);
};

/** POST /api/permission/oauth2/token (refresh_token grant): a refresh token works once. */
export const refreshToken: Handler = async (call) => {
  checkClient(call.body['client_id']);
  const token = String(call.body['refresh_token']);
  const record = await call.store.item('refresh-token', token);
  if (!record || record.used || record.expires_at < seconds(call.nowMs))
    throw new OAuthError('invalid_request', 'The refresh token is unknown, expired or already used');
  if (token !== FIXTURE_REFRESH_TOKEN) await call.store.putItem('refresh-token', token, { ...record, used: true });
  return userTokens(call);
};

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    const json = atob(
      part
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(part.length / 4) * 4, '='),
    );
    const value = JSON.parse(json) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * POST /api/permission/oauth2/token (jwt-bearer grant): a service token for the JWT in the
 * Authorization header. The sandbox checks the JWT's form and claims (`iss` the sandbox app, `aud`
 * a Coze API host, `exp` in the future, `jti` unused) but not its signature: it has no public key.
 */
export const jwtToken: Handler = async (call) => {
  const parts = (call.bearer ?? '').split('.');
  const header = parts.length === 3 ? decodePart(parts[0]!) : undefined;
  const claims = parts.length === 3 ? decodePart(parts[1]!) : undefined;
  if (!header || !claims)
    throw new OAuthError('invalid_request', 'Send the signed JWT as Authorization: Bearer <header.payload.signature>');
  checkClient(claims['iss']);
  const now = seconds(call.nowMs);
  if (claims['aud'] !== 'api.coze.cn' && claims['aud'] !== 'api.coze.com')
    throw new OAuthError('invalid_request', 'The JWT aud must be api.coze.cn or api.coze.com');
  if (typeof claims['exp'] !== 'number' || claims['exp'] <= now)
    throw new OAuthError('invalid_request', 'The JWT has expired: exp must be a Unix time in the future');
  if (typeof claims['jti'] !== 'string' || !claims['jti'])
    throw new OAuthError('invalid_request', 'The JWT needs a jti: a random id, new for every token request');
  if (await call.store.item('spent-grant', `jti:${claims['jti']}`))
    throw new OAuthError('invalid_request', 'This JWT (its jti) was already used: sign a new one for each request');
  const duration = Number(call.body['duration_seconds'] ?? ACCESS_SECONDS);
  if (!Number.isInteger(duration) || duration < 1 || duration > MAX_JWT_SECONDS)
    throw new OAuthError('invalid_request', `duration_seconds must be from 1 to ${MAX_JWT_SECONDS}`);
  await call.store.putItem('spent-grant', `jti:${claims['jti']}`, { spent_at: now });
  return plainReply({ access_token: `czs_${randomHex(32)}`, expires_in: now + duration }, call.logid);
};
