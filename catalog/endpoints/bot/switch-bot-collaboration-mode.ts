import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Turn agent multi-user collaboration on/off: POST /v1/bots/:bot_id/collaboration_mode */
export default defineEndpoint({
  id: 'switch-bot-collaboration-mode',
  group: 'bot',
  titleZh: '开启或关闭智能体多人协作',
  titleEn: 'Turn agent multi-user collaboration on/off',
  description:
    'Turns multi-user collaboration on or off for an agent. Turn it on before adding collaborators; turn it off to return the agent to single-user editing.',
  notes: [
    'The docs list `collaboration_mode` as optional, but a call without it changes nothing.',
    'Remove every collaborator before switching back to `single`.',
  ],
  method: 'POST',
  path: '/v1/bots/:bot_id/collaboration_mode',
  params: {
    path: v.object({
      bot_id: v.pipe(
        v.string(),
        v.nonEmpty('bot_id is required'),
        v.description('Agent whose collaboration mode to change.'),
      ),
    }),
    body: v.object({
      collaboration_mode: v.optional(
        v.pipe(
          v.picklist(['single', 'collaboration']),
          v.description('`single` = single-user editing, `collaboration` = multi-user collaboration.'),
          v.examples(['collaboration']),
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'Bot.switchDevelopMode',
  destructive: false,
  billable: false,
  sdks: ['python'],
  example: { path: { bot_id: SANDBOX_IDS.bot }, body: { collaboration_mode: 'collaboration' } },
});
