import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { ApiAppSchema, ApiAppTypeSchema } from './api-app';

/** Create callback app: POST /v1/api_apps */
export default defineEndpoint({
  id: 'api-apps-create',
  group: 'callbacks',
  titleZh: '创建回调应用',
  titleEn: 'Create callback app',
  description:
    'Creates a callback app, the receiver of the events Coze pushes (agent published or deleted, usage bills, plugin scaling), and returns its id and verify token. Set its URL with api-apps-update and choose events with api-apps-events-subscribe.',
  notes: [
    '`normal` apps need a `name` (up to 128 characters); `connector` apps need a `connector_id` and take the channel name.',
    'Personal accounts: anyone can create `normal` apps, and only the creator of a channel its `connector` app. Enterprises: only super admins and admins.',
    'The app starts without a `callback_url`.',
  ],
  method: 'POST',
  path: '/v1/api_apps',
  params: {
    body: v.object({
      app_type: ApiAppTypeSchema,
      name: v.optional(
        v.pipe(
          v.string(),
          v.maxLength(128, 'name takes at most 128 characters'),
          v.description('Name of a `normal` app (required there), up to 128 characters.'),
          v.examples(['Publish notifier']),
        ),
      ),
      connector_id: v.optional(v.pipe(v.string(), v.description('Channel of a `connector` app (required there).'))),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    data: v.optional(v.pipe(ApiAppSchema, v.description('The app created.'))),
  }),
  permission: 'createApiApp',
  destructive: false,
  billable: false,
  sdks: ['python'],
  example: { body: { app_type: 'normal', name: 'Publish notifier' } },
});
