import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { ChatSchema, envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Get chat details: GET /v3/chat/retrieve */
export default defineEndpoint({
  id: 'retrieve-chat',
  group: 'chat',
  titleZh: '查看对话详情',
  titleEn: 'Get chat details',
  description: 'Get chat details.',
  notes: [
    'DISAGREEMENT: docs, coze-go and coze-java use GET; coze-js and coze-py send POST (a coze-js issue reports 4100 errors with OAuth tokens caused by POST).',
    'Use GET with query parameters.',
  ],
  method: 'GET',
  alsoAccepts: ['POST'], // coze-js and coze-py send POST
  path: '/v3/chat/retrieve',
  params: {
    query: v.object({
      conversation_id: v.pipe(
        v.string(),
        v.nonEmpty('conversation_id is required'),
        v.description('Conversation of the chat.'),
      ),
      chat_id: v.pipe(
        v.string(),
        v.nonEmpty('chat_id is required'),
        v.description('Chat to read (the `id` from the chat response / chat events).'),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(v.pipe(ChatSchema, v.description('Chat object.'))),
  }),
  permission: 'getChat',
  destructive: false,
  billable: false,
  example: { query: { conversation_id: 'example', chat_id: 'example' } },
});
