import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { MessageSchema, envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** List chat messages: GET /v3/chat/message/list */
export default defineEndpoint({
  id: 'list-chat-messages',
  group: 'chat',
  titleZh: '查看对话消息详情',
  titleEn: 'List chat messages',
  description: 'List chat messages.',
  notes: ['Returns `data` as an array of Message objects (everything except the user query).'],
  method: 'GET',
  path: '/v3/chat/message/list',
  params: {
    query: v.object({
      conversation_id: v.pipe(
        v.string(),
        v.nonEmpty('conversation_id is required'),
        v.description('Conversation of the chat.'),
      ),
      chat_id: v.pipe(v.string(), v.nonEmpty('chat_id is required'), v.description('Chat whose messages to list.')),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.array(MessageSchema),
        v.description(
          "All messages of the chat except the user's query: answers, tool calls, follow-ups, verbose, etc.",
        ),
      ),
    ),
  }),
  permission: 'chat',
  destructive: false,
  billable: false,
  example: { query: { conversation_id: 'example', chat_id: 'example' } },
});
