import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** OAuth device authorization (get device code): POST /api/permission/oauth2/device/code */
export default defineEndpoint({
  id: 'oauth-device-code',
  group: 'auth',
  titleZh: '获取设备验证码',
  titleEn: 'OAuth device authorization (get device code)',
  description:
    'Starts the device flow for apps without a browser, such as TVs and command-line tools: returns a code for the user to enter on a Coze page, and a device code to poll oauth-token-device with.',
  notes: [
    'The OAuth app must be of the TV/device/CLI client type.',
    'Show `user_code` and `verification_uri` to the user, then poll oauth-token-device no faster than `interval` seconds until `expires_in` runs out.',
    'Unlike the token endpoints, `expires_in` here is a duration in seconds.',
    'Enterprise editions have a workspace variant, `/api/permission/oauth2/workspace_id/:workspace_id/device/code`.',
    'Answers have no Coze envelope: the codes come back at the top level, an error as `{error_code, error_message}` (`invalid_request`, `invalid_client`, `internal_error`...).',
  ],
  method: 'POST',
  path: '/api/permission/oauth2/device/code',
  params: {
    body: v.object({
      client_id: v.pipe(
        v.string(),
        v.nonEmpty('client_id is required'),
        v.description('Client id of an OAuth app of the TV/device/CLI type.'),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: v.object({
    device_code: v.optional(v.pipe(v.string(), v.description('Code the device sends when polling for the token.'))),
    user_code: v.optional(
      v.pipe(
        v.string(),
        v.description('Code the user types on the verification page; a string, though the docs type it Integer.'),
        v.examples(['WDJB-MJHT']),
      ),
    ),
    verification_uri: v.optional(v.pipe(v.string(), v.description('Page where the user enters `user_code`.'))),
    verification_url: v.optional(
      v.pipe(v.string(), v.description('Verification URL; sent as well, though the docs do not list it.')),
    ),
    expires_in: v.optional(
      v.pipe(
        v.number(),
        v.integer(),
        v.description('How long `device_code` and `user_code` stay valid, in seconds (default 300).'),
        v.examples([300]),
      ),
    ),
    interval: v.optional(
      v.pipe(
        v.number(),
        v.integer(),
        v.description('Seconds to wait between two polls, at least (default 5).'),
        v.examples([5]),
      ),
    ),
  }),
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: { body: { client_id: SANDBOX_IDS.oauthClient } },
  auth: 'none',
  related: ['oauth-device-flow', 'oauth-token-device'],
});
