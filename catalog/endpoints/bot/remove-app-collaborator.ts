import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Remove app collaborator: DELETE /v1/apps/:app_id/collaborators/:user_id */
export default defineEndpoint({
  id: 'remove-app-collaborator',
  group: 'bot',
  titleZh: '删除应用的协作者',
  titleEn: 'Remove app collaborator',
  description:
    "Takes a collaborator's edit rights on a low-code app away. Use it when a teammate should no longer edit the app.",
  notes: ["One user per request; the user's id goes in the path.", 'Collaborator calls are limited to 5 QPS.'],
  method: 'DELETE',
  path: '/v1/apps/:app_id/collaborators/:user_id',
  params: {
    path: v.object({
      app_id: v.pipe(
        v.string(),
        v.nonEmpty('app_id is required'),
        v.description('Low-code app to remove the collaborator from.'),
      ),
      user_id: v.pipe(
        v.string(),
        v.nonEmpty('user_id is required'),
        v.description('Coze UID of the collaborator to remove.'),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({}),
  permission: 'Project.removeCollaborator',
  destructive: true,
  billable: false,
  sdks: ['python'],
  example: { path: { app_id: SANDBOX_IDS.app, user_id: SANDBOX_IDS.user } },
});
