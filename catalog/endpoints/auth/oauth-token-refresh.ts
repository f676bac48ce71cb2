import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { OAUTH_ERROR_NOTE, UserTokenResponseSchema } from './oauth-token-fields';

/** Refresh access token: POST /api/permission/oauth2/token */
export default defineEndpoint({
  id: 'oauth-token-refresh',
  group: 'auth',
  titleZh: '刷新 OAuth Access Token',
  titleEn: 'Refresh access token',
  description:
    'Trades a refresh token for a new access token and a new refresh token, so a user stays signed in past the 15-minute life of an access token. For tokens from the authorization-code, PKCE and device flows.',
  notes: [
    'Web apps send their client secret as `Authorization: Bearer <client_secret>`; PKCE and device apps send no Authorization header.',
    'A refresh token works once: keep the new one from the answer. Refresh tokens last 30 days.',
    'JWT tokens cannot be refreshed: sign a new JWT and call oauth-token-jwt.',
    OAUTH_ERROR_NOTE,
  ],
  method: 'POST',
  path: '/api/permission/oauth2/token',
  params: {
    body: v.object({
      client_id: v.pipe(v.string(), v.nonEmpty('client_id is required'), v.description('Client id of the OAuth app.')),
      grant_type: v.pipe(v.picklist(['refresh_token']), v.description('Always `refresh_token`.')),
      refresh_token: v.pipe(
        v.string(),
        v.nonEmpty('refresh_token is required'),
        v.description('A refresh token that has not expired; a successful refresh uses it up.'),
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
      client_id: SANDBOX_IDS.oauthClient,
      grant_type: 'refresh_token',
      refresh_token: SANDBOX_IDS.oauthRefreshToken,
    },
  },
  auth: 'none',
  discriminator: { bodyField: 'grant_type', value: 'refresh_token' },
  related: ['oauth-token-authorization-code', 'oauth-token-pkce', 'oauth-token-device'],
});
