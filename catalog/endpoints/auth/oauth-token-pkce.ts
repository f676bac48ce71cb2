import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { SANDBOX_IDS } from '../../sandbox-ids';
import {
  CODE_EXCHANGE_FIELDS,
  EXAMPLE_REDIRECT_URI,
  OAUTH_ERROR_NOTE,
  UserTokenResponseSchema,
} from './oauth-token-fields';

/** Exchange code for token (PKCE): POST /api/permission/oauth2/token */
export default defineEndpoint({
  id: 'oauth-token-pkce',
  group: 'auth',
  titleZh: '获取 OAuth Access Token（PKCE）',
  titleEn: 'Exchange code for token (PKCE)',
  description:
    'An app that cannot keep a secret, such as a mobile or single-page app, trades the `code` from the authorize redirect for a user token, proving itself with the `code_verifier` behind its `code_challenge`.',
  notes: [
    'No client secret and no Authorization header: the `code_verifier` proves the caller.',
    'Posts the same `grant_type` (`authorization_code`) as the web-app flow; a body with `code_verifier` is a PKCE exchange.',
    'The verifier must match the `code_challenge` and `code_challenge_method` sent to oauth-authorize.',
    'The access token lasts 15 minutes; renew it with oauth-token-refresh.',
    OAUTH_ERROR_NOTE,
  ],
  method: 'POST',
  path: '/api/permission/oauth2/token',
  params: {
    body: v.object({
      ...CODE_EXCHANGE_FIELDS,
      code_verifier: v.pipe(
        v.string(),
        v.nonEmpty('code_verifier is required'),
        v.description(
          'The random verifier whose transform was sent as `code_challenge`. Required for PKCE, though the docs, sharing one table with the web-app flow, mark it optional.',
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: UserTokenResponseSchema,
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: {
    body: {
      grant_type: 'authorization_code',
      code: 'code_7351_pkce_0001',
      client_id: SANDBOX_IDS.oauthClient,
      redirect_uri: EXAMPLE_REDIRECT_URI,
      code_verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
    },
  },
  auth: 'none',
  discriminator: { bodyField: 'grant_type', value: 'authorization_code' },
  related: ['oauth-pkce', 'oauth-authorize', 'oauth-token-refresh'],
});
