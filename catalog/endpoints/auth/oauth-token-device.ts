import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { AccessTokenSchema, ExpiresAtSchema, OAUTH_ERROR_NOTE, RefreshTokenSchema } from './oauth-token-fields';

/** Poll token with device code: POST /api/permission/oauth2/token */
export default defineEndpoint({
  id: 'oauth-token-device',
  group: 'auth',
  titleZh: '获取 Token（设备授权）',
  titleEn: 'Poll token with device code',
  description:
    'Polled by a device in the device flow: answers with a pending state until the user has entered the code, then with a user access token and a refresh token.',
  notes: [
    'Poll no faster than the `interval` oauth-device-code gave; `slow_down` asks you to wait longer between polls.',
    'Until the user decides, the answer carries a state instead of a token: `authorization_pending` (keep polling), `slow_down`, `access_denied` (the user refused) or `expired_token` (start again).',
    'The docs name the state field `error`; clients also see it as `error_code` with `error_message`, so read both.',
    OAUTH_ERROR_NOTE,
  ],
  method: 'POST',
  path: '/api/permission/oauth2/token',
  params: {
    body: v.object({
      client_id: v.pipe(v.string(), v.nonEmpty('client_id is required'), v.description('Client id of the OAuth app.')),
      grant_type: v.pipe(
        v.picklist(['urn:ietf:params:oauth:grant-type:device_code']),
        v.description('Always `urn:ietf:params:oauth:grant-type:device_code`.'),
      ),
      device_code: v.pipe(
        v.string(),
        v.nonEmpty('device_code is required'),
        v.description('The `device_code` oauth-device-code returned.'),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: v.object({
    access_token: v.optional(AccessTokenSchema),
    expires_in: v.optional(ExpiresAtSchema),
    refresh_token: v.optional(RefreshTokenSchema),
    error: v.optional(
      v.pipe(
        v.picklist(['authorization_pending', 'slow_down', 'access_denied', 'expired_token']),
        v.description(
          'While there is no token yet: `authorization_pending` (keep polling), `slow_down` (poll less often), `access_denied` (the user refused) or `expired_token` (the device code ran out).',
        ),
        v.examples(['authorization_pending']),
      ),
    ),
    error_description: v.optional(v.pipe(v.string(), v.description('What the state means, for people.'))),
  }),
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: {
    body: {
      client_id: SANDBOX_IDS.oauthClient,
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      device_code: SANDBOX_IDS.device,
    },
  },
  auth: 'none',
  discriminator: { bodyField: 'grant_type', value: 'urn:ietf:params:oauth:grant-type:device_code' },
  related: ['oauth-device-flow', 'oauth-device-code', 'oauth-token-refresh'],
});
