import { SANDBOX_IDS } from '../../../catalog/sandbox-ids';
import { base64url } from '../../../lib/oauth/base64url';
import { RS256, decodeJwt } from '../../../lib/oauth/jwt';
import { VERIFIER_PATTERN } from '../../../lib/oauth/pkce';
import { SANDBOX_JWT_APP } from '../../../lib/oauth/sandbox-service-app';
import { OAuthError, plainReply, replyHeaders } from '../envelope';
import { issueToken } from '../issued-tokens';
import { seconds } from '../params';
import { FIXTURE_REFRESH_TOKEN } from '../platform-fixtures';
import type { Call, Handler } from '../call';
import type { AuthCodeRecord, DeviceGrantRecord } from '../records';
import type { SessionStore } from '../state';

/**
 * The OAuth token calls, answered for the sandbox's OAuth app ({@link SANDBOX_IDS.oauthClient})
 * as Coze answers them: token fields at the top level, failures as `{error_code, error_message}`.
 * The sandbox plays the user: its consent page ({@link authorizePage}) issues a code bound to the
 * redirect URI and PKCE challenge it was asked with, and the exchange checks both; a device code is
 * approved on its second poll; a JWT must carry an RS256 signature of the key registered on the
 * sandbox's app. The tokens it issues carry their own proof ({@link issueToken}), so any session
 * they are later used in can tell them from forgeries and expired ones.
 */

/** User tokens live 15 minutes, refresh tokens 30 days, device codes 5 minutes. */
const ACCESS_SECONDS = 900;
const REFRESH_SECONDS = 30 * 86_400;
const DEVICE_SECONDS = 300;
const POLL_INTERVAL = 5;
const MAX_JWT_SECONDS = 86_399;
/** Codes live 10 minutes, as RFC 6749 §4.1.2 advises at most. */
const CODE_SECONDS = 600;

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
  const expiresAt = now + ACCESS_SECONDS;
  return plainReply(
    { access_token: await issueToken('user', expiresAt, call.secret), expires_in: expiresAt, refresh_token: refresh },
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

async function challengeOf(verifier: string, method: AuthCodeRecord['code_challenge_method']): Promise<string> {
  if (method === 'plain') return verifier;
  return base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
}

/**
 * POST /api/permission/oauth2/token (authorization_code grant, web and PKCE apps): the code must
 * come from the consent page, unused and under 10 minutes old, with the same client and
 * redirect_uri; a PKCE code needs the verifier of its challenge, a web app's code its secret.
 */
export const codeToken: Handler = async (call) => {
  checkClient(call.body['client_id']);
  const code = String(call.body['code']);
  const record = await call.store.item('auth-code', code);
  if (!record || record.client_id !== SANDBOX_IDS.oauthClient)
    throw new OAuthError('invalid_request', `Unknown authorization code ${code}: get one from the authorize page`);
  if (record.used)
    throw new OAuthError('invalid_request', 'This authorization code was already exchanged: codes work once');
  if (!record.fixture && call.nowMs > record.created_at_ms + CODE_SECONDS * 1000)
    throw new OAuthError(
      'invalid_request',
      'The authorization code has expired (codes live 10 minutes): authorize again',
    );
  if (call.body['redirect_uri'] !== record.redirect_uri)
    throw new OAuthError(
      'invalid_request',
      'redirect_uri must be the one the code was issued for on the authorize page',
    );
  const verifier = call.body['code_verifier'];
  if (record.code_challenge !== undefined) {
    if (typeof verifier !== 'string' || !VERIFIER_PATTERN.test(verifier))
      throw new OAuthError(
        'invalid_request',
        'code_verifier must be 43-128 characters of A-Z a-z 0-9 - . _ ~ (RFC 7636)',
      );
    if ((await challengeOf(verifier, record.code_challenge_method)) !== record.code_challenge)
      throw new OAuthError('invalid_request', 'The code_verifier does not match the code_challenge sent to authorize');
  } else if (!call.bearer) {
    throw new OAuthError('invalid_client', 'Send the web app’s client secret as Authorization: Bearer <client_secret>');
  }
  if (!record.fixture) await call.store.putItem('auth-code', code, { ...record, used: true });
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

let registeredKey: Promise<CryptoKey> | undefined;
function publicKey(): Promise<CryptoKey> {
  registeredKey ??= crypto.subtle.importKey('jwk', SANDBOX_JWT_APP.publicKey, RS256, false, ['verify']);
  return registeredKey;
}

/**
 * POST /api/permission/oauth2/token (jwt-bearer grant): a service token for the JWT in the
 * Authorization header. The JWT must be RS256, name the registered key as `kid`, verify against
 * it, and carry the claims Coze checks (`iss` the sandbox app, `aud` a Coze API host, `exp` in the
 * future, a `jti` not seen before).
 */
export const jwtToken: Handler = async (call) => {
  const jwt = decodeJwt(call.bearer ?? '');
  if (!jwt)
    throw new OAuthError('invalid_request', 'Send the signed JWT as Authorization: Bearer <header.payload.signature>');
  const { header, claims } = jwt;
  if (header['alg'] !== 'RS256') throw new OAuthError('invalid_request', 'The JWT must be signed RS256 (header alg)');
  if (header['kid'] !== SANDBOX_JWT_APP.kid)
    throw new OAuthError(
      'invalid_client',
      `The JWT header kid ${JSON.stringify(header['kid'])} names no key of the sandbox app: its key is ${SANDBOX_JWT_APP.kid}`,
    );
  const valid = await crypto.subtle.verify(
    RS256,
    await publicKey(),
    jwt.signature,
    new TextEncoder().encode(jwt.signed),
  );
  if (!valid)
    throw new OAuthError(
      'invalid_client',
      'The JWT signature does not verify with the public key registered for its kid',
    );
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
  const expiresAt = now + duration;
  return plainReply(
    { access_token: await issueToken('service', expiresAt, call.secret), expires_in: expiresAt },
    call.logid,
  );
};

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);

/** The consent page's words, in the language the browser asks for (as Coze's pages follow it). */
const CONSENT_WORDS = {
  en: {
    title: 'Sandbox: authorize this app?',
    cannot: 'Cannot authorize',
    ask: (client: string, origin: string) =>
      `The sandbox's OAuth app ${client} asks to act as the sandbox user. Allow sends you back to ${origin} with a code that works once, within 10 minutes.`,
    allow: 'Allow',
    deny: 'Deny',
  },
  zh: {
    title: '沙盒：授权此应用？',
    cannot: '无法授权',
    ask: (client: string, origin: string) =>
      `沙盒的 OAuth 应用 ${client} 请求以沙盒用户的身份访问。允许后将返回 ${origin}，并带上一个 10 分钟内有效、只能使用一次的授权码。`,
    allow: '允许',
    deny: '拒绝',
  },
} as const;

function page(title: string, body: string, logid: string, status: number, zh: boolean): Response {
  const html = `<!doctype html><html lang="${zh ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
  return new Response(html, { status, headers: replyHeaders('text/html; charset=utf-8', logid) });
}

function withQuery(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}

/**
 * GET /api/permission/oauth2/authorize: the sandbox's consent page, as the user of the sandbox
 * sees it. It records a code bound to the app, the redirect URI and the PKCE challenge, and links
 * back to the redirect URI with `code` and `state` (Allow) or `error=access_denied` (Deny). A
 * request it cannot honour gets a page naming the problem and no way back, as Coze's does.
 */
export async function authorizePage(
  query: URLSearchParams,
  store: SessionStore,
  nowMs: number,
  logid: string,
  acceptLanguage = '',
) {
  const zh = /^\s*zh\b/i.test(acceptLanguage);
  const words = zh ? CONSENT_WORDS.zh : CONSENT_WORDS.en;
  const problem = (text: string) => page(words.cannot, `<p>${escapeHtml(text)}</p>`, logid, 400, zh);
  const clientId = query.get('client_id') ?? '';
  if (clientId !== SANDBOX_IDS.oauthClient)
    return problem(
      `Unknown client_id ${JSON.stringify(clientId)}: the sandbox's OAuth app is ${SANDBOX_IDS.oauthClient}`,
    );
  if (query.get('response_type') !== 'code') return problem('response_type must be code');
  const redirect = query.get('redirect_uri') ?? '';
  if (!URL.canParse(redirect) || !/^https?:$/.test(new URL(redirect).protocol))
    return problem('redirect_uri must be an http(s) URL');
  const state = query.get('state') ?? '';
  if (!state) return problem('state is required: a random value the app checks on return');
  const challenge = query.get('code_challenge') ?? undefined;
  const method = query.get('code_challenge_method') ?? (challenge ? 'plain' : undefined);
  if (method !== undefined && method !== 'plain' && method !== 'S256')
    return problem('code_challenge_method must be S256 or plain');
  if (challenge !== undefined && !/^[A-Za-z0-9\-._~]{43,128}$/.test(challenge))
    return problem('code_challenge must be 43-128 characters of A-Z a-z 0-9 - . _ ~');
  const code = `code_${randomHex(16)}`;
  await store.putItem('auth-code', code, {
    client_id: clientId,
    redirect_uri: redirect,
    ...(challenge !== undefined && { code_challenge: challenge, code_challenge_method: method as 'plain' | 'S256' }),
    created_at_ms: nowMs,
    used: false,
    fixture: false,
  });
  const allow = withQuery(redirect, { code, state });
  const deny = withQuery(redirect, { error: 'access_denied', state });
  return page(
    words.title,
    `<p>${escapeHtml(words.ask(clientId, new URL(redirect).origin))}</p>` +
      `<p><a id="allow" href="${escapeHtml(allow)}">${words.allow}</a> · <a id="deny" href="${escapeHtml(deny)}">${words.deny}</a></p>`,
    logid,
    200,
    zh,
  );
}
