import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { SANDBOX_IDS } from '../../sandbox-ids';
import {
  CODE_EXCHANGE_FIELDS,
  EXAMPLE_REDIRECT_URI,
  OAUTH_ERROR_NOTE,
  UserTokenResponseSchema,
} from './oauth-token-fields';

/** Exchange authorization code for token: POST /api/permission/oauth2/token */
export default defineEndpoint({
  id: 'oauth-token-authorization-code',
  group: 'auth',
  titleZh: '获取 OAuth Access Token（授权码）',
  titleEn: 'Exchange authorization code for token',
  description:
    "A web app's server trades the `code` from the authorize redirect for a user access token and a refresh token, proving itself with the app's client secret.",
  notes: [
    "Send the web app's client secret as `Authorization: Bearer <client_secret>`, not a personal access token.",
    'PKCE apps post the same `grant_type` without a secret and with `code_verifier`: see oauth-token-pkce.',
    'A code works once. The access token lasts 15 minutes; renew it with oauth-token-refresh.',
    OAUTH_ERROR_NOTE,
  ],
  method: 'POST',
  path: '/api/permission/oauth2/token',
  params: {
    body: v.object({
      ...CODE_EXCHANGE_FIELDS,
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
      code: 'code_7351_web_0001',
      client_id: SANDBOX_IDS.oauthClient,
      redirect_uri: EXAMPLE_REDIRECT_URI,
    },
  },
  auth: 'none',
  discriminator: { bodyField: 'grant_type', value: 'authorization_code' },
  related: ['oauth-authorization-code', 'oauth-authorize', 'oauth-token-refresh'],
});
