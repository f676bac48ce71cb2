import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { ApiAppIdSchema } from './api-app';

/** Update callback app: PUT /v1/api_apps/:api_app_id */
export default defineEndpoint({
  id: 'api-apps-update',
  group: 'callbacks',
  titleZh: '修改回调应用',
  titleEn: 'Update callback app',
  description:
    'Renames a callback app or sets the URL Coze pushes its events to. Setting the URL is how a new app starts receiving events.',
  notes: [
    'A new `callback_url` is checked at once: Coze POSTs a challenge to it, and your server must echo the challenge back within 3 seconds or the update fails.',
    'Personal accounts can change only their own apps; in an enterprise only super admins and admins can.',
    'The answer carries no `data`.',
  ],
  method: 'PUT',
  path: '/v1/api_apps/:api_app_id',
  params: {
    path: v.object({ api_app_id: ApiAppIdSchema }),
    body: v.object({
      name: v.optional(v.pipe(v.string(), v.description('New name.'), v.examples(['Publish notifier']))),
      callback_url: v.optional(
        v.pipe(
          v.string(),
          v.description('New URL to receive events; it must answer the challenge Coze sends to it.'),
          v.examples(['https://example.com/coze/callback']),
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'updateApiApp',
  destructive: false,
  billable: false,
  sdks: ['python'],
  example: {
    path: { api_app_id: SANDBOX_IDS.apiApp },
    body: { callback_url: 'https://example.com/coze/callback' },
  },
});
