import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Add agent collaborator: POST /v1/bots/:bot_id/collaborators */
export default defineEndpoint({
  id: 'add-bot-collaborator',
  group: 'bot',
  titleZh: '添加智能体的协作者',
  titleEn: 'Add agent collaborator',
  description: 'Gives a workspace member edit rights on an agent, so a teammate can work on it with you.',
  notes: [
    'Turn on multi-user collaboration first (switch-bot-collaboration-mode).',
    'One collaborator per request, and the user must already be a member of the workspace.',
    'Collaborator calls are limited to 5 QPS.',
  ],
  method: 'POST',
  path: '/v1/bots/:bot_id/collaborators',
  params: {
    path: v.object({
      bot_id: v.pipe(v.string(), v.nonEmpty('bot_id is required'), v.description('Agent to add a collaborator to.')),
    }),
    body: v.object({
      collaborators: v.pipe(
        v.array(
          v.object({
            user_id: v.pipe(
              v.string(),
              v.nonEmpty('user_id is required'),
              v.description("Coze UID of the collaborator; must be a member of the agent's workspace."),
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
  permission: 'Bot.addCollaborator',
  destructive: false,
  billable: false,
  sdks: ['python'],
  example: { path: { bot_id: SANDBOX_IDS.bot }, body: { collaborators: [{ user_id: SANDBOX_IDS.user }] } },
});
