import { importSigningKey, jwtClaims, signJwt } from '../../lib/oauth/jwt';
import { SANDBOX_JWT_APP } from '../../lib/oauth/sandbox-service-app';
import { SANDBOX_TEST_PRIVATE_KEY } from '../../lib/oauth/sandbox-test-key';

/** A fresh JWT for the sandbox's service app, signed with its published test key (the sandbox checks the signature). */
export async function sandboxJwt(): Promise<string> {
  const key = await importSigningKey(SANDBOX_TEST_PRIVATE_KEY);
  const claims = jwtClaims({
    appId: SANDBOX_JWT_APP.appId,
    region: 'cn',
    nowS: Math.floor(Date.now() / 1000),
    ttlS: 600,
  });
  return signJwt({ alg: 'RS256', typ: 'JWT', kid: SANDBOX_JWT_APP.kid }, claims, key);
}
