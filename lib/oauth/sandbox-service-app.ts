import { SANDBOX_IDS } from '../../catalog/sandbox-ids';

/**
 * The sandbox's OAuth service app (JWT flow) and the public key registered on it. On Coze a
 * developer uploads a public key to the app in the console and gets its fingerprint as `kid`; the
 * sandbox's app has one key registered, whose private half is published as a test key
 * (`sandbox-test-key.ts`), so anyone can sign a JWT for the sandbox without an account or an
 * upload step. The sandbox checks every JWT's RS256 signature against this key.
 */
export const SANDBOX_JWT_APP = {
  /** The app id a JWT names as `iss`: the sandbox's one OAuth app. */
  appId: SANDBOX_IDS.oauthClient,
  /** The key's fingerprint, as Coze's console shows it: base64url SHA-256 of the SPKI public key. */
  kid: 'om-1z-pBjelBrESE7MBE5wWwO8gVvdLprQsOruOG3vs',
  /** The registered public key, as a JWK WebCrypto imports. */
  publicKey: {
    kty: 'RSA',
    e: 'AQAB',
    n: 'wvKct9_cK09ICGB6U11ZyplHvgR2xvJhObuf7eTuePqGwnvTljvcxLW51c7hm4bAR7iOHvwVBLCEovf1zdQV-2a3ZKKyhbwmo_I4DPi48BPK4tMEW3o2i0-UZ8hETFtpDxRGNOxDfTNBqvAmkLg6b2QRWJXaNK5GF2UdAp06nLm4BLHo-EHYPcI_keblSnQKu6WjIKD8m1ImjSs-VaHDgOYav88c043_N6MCgEiLKmrA6S1EEvooFEygybXqullmFyOpUXigp43qk9zUBnMfSDV3E5EPbfbQOGYYQA9tB7QZdLv0AY1JkqGtm8R6N6_2yMAcSuM4CiGNp7n5fvQlPQ',
  },
} as const;
