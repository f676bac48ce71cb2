import type { Region } from '../../../lib/relay-route';
import {
  DEVICE_CODE_PATH,
  GRANT,
  TOKEN_PATH,
  nextPollStep,
  readTokenAnswer,
  type Grant,
  type PollStep,
} from '../../../lib/oauth/grants';

// The token endpoint's calls as the page makes them: through the relay, like every call, and
// without the field's token (these calls are what gets one). Only the JWT flow sends a bearer: the
// JWT, which is how Coze takes it.

async function post(region: Region, path: string, body: Record<string, unknown>, bearer?: string) {
  const res = await fetch(`/api/relay/${region}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify(body),
    // Nothing of a token call belongs in the HTTP cache or a referrer.
    cache: 'no-store',
    referrerPolicy: 'no-referrer',
  });
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    json = undefined;
  }
  return { status: res.status, json };
}

/** Exchanges a PKCE code for a user token. */
export async function exchangeCode(
  region: Region,
  input: { clientId: string; code: string; redirectUri: string; verifier: string },
): Promise<Grant> {
  const { status, json } = await post(region, TOKEN_PATH, {
    grant_type: GRANT.code,
    client_id: input.clientId,
    code: input.code,
    redirect_uri: input.redirectUri,
    code_verifier: input.verifier,
  });
  return readTokenAnswer(status, json);
}

/** Renews a user token with its single-use refresh token. */
export async function refreshGrant(region: Region, clientId: string, refreshToken: string): Promise<Grant> {
  const { status, json } = await post(region, TOKEN_PATH, {
    grant_type: GRANT.refresh,
    client_id: clientId,
    refresh_token: refreshToken,
  });
  return readTokenAnswer(status, json);
}

/** What the device flow starts with. */
export interface DeviceStart {
  readonly deviceCode: string;
  readonly userCode: string;
  readonly verificationUri: string;
  readonly expiresInS: number;
  readonly intervalS: number;
}

/** Starts the device flow: a code for the user, a device code to poll with. */
export async function startDevice(region: Region, clientId: string): Promise<DeviceStart> {
  const { status, json } = await post(region, DEVICE_CODE_PATH, { client_id: clientId });
  const body = (json ?? {}) as Record<string, unknown>;
  if (typeof body['device_code'] !== 'string' || typeof body['user_code'] !== 'string') {
    // Same reading of the failure as a token answer: Coze's error_code and error_message.
    readTokenAnswer(status, json);
  }
  return {
    deviceCode: String(body['device_code']),
    userCode: String(body['user_code']),
    verificationUri: String(body['verification_uri'] ?? body['verification_url'] ?? ''),
    expiresInS: typeof body['expires_in'] === 'number' ? body['expires_in'] : 300,
    intervalS: typeof body['interval'] === 'number' ? body['interval'] : 5,
  };
}

/** One device-flow poll and what to do next. */
export async function pollDevice(
  region: Region,
  clientId: string,
  deviceCode: string,
  intervalS: number,
): Promise<PollStep> {
  const { status, json } = await post(region, TOKEN_PATH, {
    grant_type: GRANT.device,
    client_id: clientId,
    device_code: deviceCode,
  });
  return nextPollStep(status, json, intervalS);
}

/** Trades a signed JWT for a service token. */
export async function exchangeJwt(region: Region, jwt: string, durationS: number): Promise<Grant> {
  const { status, json } = await post(region, TOKEN_PATH, { grant_type: GRANT.jwt, duration_seconds: durationS }, jwt);
  return readTokenAnswer(status, json);
}
