import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { SANDBOX_IDS } from '../../sandbox-ids';
import retrieveBot from '../bot/retrieve-bot';

/** [Deprecated] Get published bot configuration: GET /v1/bot/get_online_info */
export default defineEndpoint({
  id: 'deprecated-bot-get-online-info',
  group: 'deprecated',
  titleZh: '【Deprecated】获取已发布智能体的配置',
  titleEn: '[Deprecated] Get published bot configuration',
  description:
    'The old way to read the configuration of an agent published to the API channel. Coze will retire it: use retrieve-bot, which also reads drafts.',
  notes: [
    'Works only for agents published to the API channel, in a workspace the token can reach.',
    'The agent id goes in the query string, not in the path as with retrieve-bot.',
    'Answers with the same configuration object as retrieve-bot.',
  ],
  method: 'GET',
  path: '/v1/bot/get_online_info',
  params: {
    query: v.object({
      bot_id: v.pipe(
        v.string(),
        v.nonEmpty('bot_id is required'),
        v.description('Agent to read; it must be published to the API channel.'),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: retrieveBot.response,
  permission: 'getMetadata',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  deprecated: { replacement: 'retrieve-bot' },
  example: { query: { bot_id: SANDBOX_IDS.bot } },
});
