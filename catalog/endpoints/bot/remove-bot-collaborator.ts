import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Remove agent collaborator: DELETE /v1/bots/:bot_id/collaborators/:user_id */
export default defineEndpoint({
  id: 'remove-bot-collaborator',
  group: 'bot',
  titleZh: '删除智能体的协作者',
  titleEn: 'Remove agent collaborator',
  description:
    "Takes a collaborator's edit rights on an agent away. Use it when a teammate should no longer edit the agent, or before switching it back to single-user mode.",
  notes: ["One user per request; the user's id goes in the path.", 'Collaborator calls are limited to 5 QPS.'],
  method: 'DELETE',
  path: '/v1/bots/:bot_id/collaborators/:user_id',
  params: {
    path: v.object({
      bot_id: v.pipe(
        v.string(),
        v.nonEmpty('bot_id is required'),
        v.description('Agent to remove the collaborator from.'),
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
  permission: 'Bot.removeCollaborator',
  destructive: true,
  billable: false,
  sdks: ['python'],
  example: { path: { bot_id: SANDBOX_IDS.bot, user_id: SANDBOX_IDS.user } },
});
