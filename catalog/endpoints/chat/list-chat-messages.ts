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
  description:
    'Lists the messages one chat produced: the answer, tool calls and their results, follow-up suggestions and the like. Use it to read the answer once a non-streaming chat has completed.',
  notes: ["`data` is an array of messages; the user's own question is not in it."],
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
  sdks: ['python', 'node', 'go', 'java'],
  example: { query: { conversation_id: SANDBOX_IDS.conversation, chat_id: SANDBOX_IDS.chat } },
});
