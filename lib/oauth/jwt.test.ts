import { describe, expect, it } from 'vitest';
import { RS256, KeyFormatError, decodeJwt, importSigningKey, jwtClaims, pkcs8Der, signJwt } from './jwt';
import { SANDBOX_JWT_APP } from './sandbox-service-app';
import { SANDBOX_TEST_PRIVATE_KEY } from './sandbox-test-key';

describe('JWT for service apps', () => {
  it('writes the claims Coze reads: iss, aud of the region, iat, exp an hour on, a fresh jti', () => {
    const claims = jwtClaims({ appId: '42', region: 'com', nowS: 1_700_000_000 });
    expect(claims).toEqual({
      iss: '42',
      aud: 'api.coze.com',
      iat: 1_700_000_000,
      exp: 1_700_003_600,
      jti: expect.any(String),
    });
    expect(claims.jti).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(jwtClaims({ appId: '42', region: 'cn', nowS: 1 }).jti).not.toBe(claims.jti);
    expect(jwtClaims({ appId: '42', region: 'sandbox', nowS: 1, sessionName: 'u1' })).toMatchObject({
      aud: 'api.coze.cn',
      session_name: 'u1',
    });
  });

  it('signs RS256 so the registered public key verifies it, and the parts decode back', async () => {
    const key = await importSigningKey(SANDBOX_TEST_PRIVATE_KEY);
    const header = { alg: 'RS256', typ: 'JWT', kid: SANDBOX_JWT_APP.kid } as const;
    const claims = jwtClaims({ appId: SANDBOX_JWT_APP.appId, region: 'cn', nowS: 1_700_000_000 });
    const jwt = await signJwt(header, claims, key);
    const decoded = decodeJwt(jwt)!;
    expect(decoded.header).toEqual(header);
    expect(decoded.claims).toEqual(claims);
    const publicKey = await crypto.subtle.importKey('jwk', SANDBOX_JWT_APP.publicKey, RS256, false, ['verify']);
    const data = new TextEncoder().encode(decoded.signed);
    expect(await crypto.subtle.verify(RS256, publicKey, decoded.signature, data)).toBe(true);
    const tampered = new TextEncoder().encode(decoded.signed.replace(/.$/, 'A'));
    expect(await crypto.subtle.verify(RS256, publicKey, decoded.signature, tampered)).toBe(false);
  });

  it('imports the key as non-extractable, so no script can read it back', async () => {
    const key = await importSigningKey(SANDBOX_TEST_PRIVATE_KEY);
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', key)).rejects.toThrow();
  });

  it.each([
    ['a PKCS#1 key', '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----', 'pkcs1'],
    ['text that is not PEM', 'my key', 'not-pem'],
  ])('refuses %s with a reason', (_, pem, reason) => {
    expect(() => pkcs8Der(pem)).toThrow(KeyFormatError);
    try {
      pkcs8Der(pem);
    } catch (error) {
      expect((error as KeyFormatError).reason).toBe(reason);
    }
  });

  it('refuses a PEM whose body is not an RSA key', async () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----';
    await expect(importSigningKey(pem)).rejects.toMatchObject({ reason: 'not-rsa' });
  });

  it('decodes nothing from text that is not a JWT', () => {
    expect(decodeJwt('a.b')).toBeUndefined();
    expect(decodeJwt('e30.bm90IGpzb24.c2ln')).toBeUndefined();
  });
});
