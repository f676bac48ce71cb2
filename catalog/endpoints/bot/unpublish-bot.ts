import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Unpublish agent: POST /v1/bots/:bot_id/unpublish */
export default defineEndpoint({
  id: 'unpublish-bot',
  group: 'bot',
  titleZh: '下架智能体',
  titleEn: 'Unpublish agent',
  description:
    'Takes an agent off one channel, so users there can no longer reach it; the agent itself and its other channels stay. The reason you give is shown to the developer in publish management.',
  notes: [
    "Only the agent's owner may unpublish it.",
    'The Doubao channel cannot be unpublished through the API.',
    'Unpublishing from 1024 stops create-chat with the published version from reaching the agent.',
  ],
  method: 'POST',
  path: '/v1/bots/:bot_id/unpublish',
  params: {
    path: v.object({
      bot_id: v.pipe(v.string(), v.nonEmpty('bot_id is required'), v.description('Agent to take down.')),
    }),
    body: v.object({
      connector_id: v.pipe(
        v.string(),
        v.nonEmpty('connector_id is required'),
        v.description(
          'Channel to take the agent off: 1024 API, 999 Chat SDK, 10000122 Coze Store, a WeChat, Douyin, Feishu or Juejin channel id, or a custom channel id. Not Doubao.',
        ),
        v.examples(['1024']),
      ),
      unpublish_reason: v.optional(
        v.pipe(
          v.string(),
          v.maxLength(1024, 'unpublish_reason takes at most 1024 characters'),
          v.description('Reason shown to the developer on the publish-management page, up to 1024 characters.'),
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'disconnectBot',
  destructive: true,
  billable: false,
  sdks: ['python'],
  example: {
    path: { bot_id: SANDBOX_IDS.bot },
    body: { connector_id: SANDBOX_IDS.apiConnector, unpublish_reason: 'Replaced by a newer agent.' },
  },
});
