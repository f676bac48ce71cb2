import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { ApiAppIdSchema } from './api-app';

/** Delete callback app: DELETE /v1/api_apps/:api_app_id */
export default defineEndpoint({
  id: 'api-apps-delete',
  group: 'callbacks',
  titleZh: '删除回调应用',
  titleEn: 'Delete callback app',
  description: 'Deletes a callback app together with its event subscriptions. Coze stops pushing any event to its URL.',
  notes: ['Cannot be undone: every subscription of the app ends with it.', 'No body; the id goes in the path.'],
  method: 'DELETE',
  path: '/v1/api_apps/:api_app_id',
  params: {
    path: v.object({ api_app_id: ApiAppIdSchema }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({}),
  permission: 'deleteApiApp',
  destructive: true,
  billable: false,
  sdks: ['python'],
  example: { path: { api_app_id: SANDBOX_IDS.apiApp } },
});
