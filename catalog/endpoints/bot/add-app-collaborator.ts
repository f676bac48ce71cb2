import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Add app collaborator: POST /v1/apps/:app_id/collaborators */
export default defineEndpoint({
  id: 'add-app-collaborator',
  group: 'bot',
  titleZh: '添加应用的协作者',
  titleEn: 'Add app collaborator',
  description: 'Gives a workspace member edit rights on a low-code app, so a teammate can build it with you.',
  notes: [
    'Works on low-code apps (projects); agents have add-bot-collaborator.',
    'One collaborator per request, and the user must already be a member of the workspace.',
    'Collaborator calls are limited to 5 QPS.',
  ],
  method: 'POST',
  path: '/v1/apps/:app_id/collaborators',
  params: {
    path: v.object({
      app_id: v.pipe(
        v.string(),
        v.nonEmpty('app_id is required'),
        v.description('Low-code app to add a collaborator to.'),
      ),
    }),
    body: v.object({
      collaborators: v.pipe(
        v.array(
          v.object({
            user_id: v.pipe(
              v.string(),
              v.nonEmpty('user_id is required'),
              v.description("Coze UID of the collaborator; must be a member of the app's workspace."),
            ),
          }),
        ),
        v.length(1, 'collaborators takes exactly one user per request'),
        v.description('The collaborator to add: exactly one per request.'),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'Project.addCollaborator',
  destructive: false,
  billable: false,
  sdks: ['python'],
  example: { path: { app_id: SANDBOX_IDS.app }, body: { collaborators: [{ user_id: SANDBOX_IDS.user }] } },
});
