import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { AccessTokenSchema, ExpiresAtSchema, OAUTH_ERROR_NOTE } from './oauth-token-fields';

/** Get access token with a signed JWT (service/server apps): POST /api/permission/oauth2/token */
export default defineEndpoint({
  id: 'oauth-token-jwt',
  group: 'auth',
  titleZh: '通过 JWT 获取 OAuth Access Token',
  titleEn: 'Get access token with a signed JWT (service/server apps)',
  description:
    'A server-side OAuth app trades a JWT signed with its private key for an access token, without a user in the loop. Channel apps can narrow the token to chatting with given agents.',
  notes: [
    'The JWT goes in `Authorization: Bearer <JWT>`: RS256, header `kid` = the public key fingerprint; payload `iss` = client id, `aud` = api.coze.cn (or api.coze.com), `iat`, `exp`, and a unique `jti`. Each JWT works once.',
    'Optional payload claims: `session_name` isolates conversations per end user; `session_context.device_info` carries device ids for usage control.',
    'The token lasts `duration_seconds`: 900 by default, at most 86399. There is no refresh token; sign a new JWT instead.',
    'Enterprise apps post to `/api/permission/oauth2/account/:account_id/token` (an organization) or `/api/permission/oauth2/enterprise_id/:enterprise_id/token` (privileged apps); the playground sends the plain path only.',
    OAUTH_ERROR_NOTE,
  ],
  method: 'POST',
  path: '/api/permission/oauth2/token',
  params: {
    body: v.object({
      grant_type: v.pipe(
        v.picklist(['urn:ietf:params:oauth:grant-type:jwt-bearer']),
        v.description('Always `urn:ietf:params:oauth:grant-type:jwt-bearer`.'),
      ),
      duration_seconds: v.optional(
        v.pipe(
          v.number(),
          v.integer(),
          v.minValue(1),
          v.maxValue(86399, 'duration_seconds is at most 86399'),
          v.description('Token lifetime in seconds: 900 (15 minutes) by default, at most 86399 (just under a day).'),
          v.examples([900]),
        ),
      ),
      scope: v.optional(
        v.pipe(
          v.object({
            account_permission: v.pipe(
              v.object({
                permission_list: v.pipe(
                  v.array(v.string()),
                  v.description('Permission keys, e.g. `["Connector.botChat"]` to chat.'),
                  v.examples([['Connector.botChat']]),
                ),
              }),
              v.description('What the token may do.'),
            ),
            attribute_constraint: v.pipe(
              v.object({
                connector_bot_chat_attribute: v.pipe(
                  v.object({
                    bot_id_list: v.pipe(
                      v.array(v.string()),
                      v.description('Agents, published to the API channel, the token may chat with.'),
                    ),
                  }),
                  v.description('Agents the token may chat with.'),
                ),
              }),
              v.description('Which resources it may do it with.'),
            ),
          }),
          v.description('Channel apps only: narrows what the token can do.'),
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: v.object({
    access_token: v.optional(v.pipe(AccessTokenSchema, v.examples(['czs_7351sandboxtoken']))),
    expires_in: v.optional(ExpiresAtSchema),
  }),
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: { body: { grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', duration_seconds: 900 } },
  auth: 'none',
  discriminator: { bodyField: 'grant_type', value: 'urn:ietf:params:oauth:grant-type:jwt-bearer' },
  related: ['oauth-jwt-developer', 'oauth-jwt-channel', 'oauth-jwt-enterprise-privileged'],
});
