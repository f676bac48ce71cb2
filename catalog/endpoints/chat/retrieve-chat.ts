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
  description:
    'Reads the status and token usage of one chat. Use it to poll a non-streaming chat until it completes, fails, is canceled or waits for tool outputs.',
  notes: [
    'Both ids go in the query string of a GET; a POST, as some SDKs send, can fail with 4100 under OAuth tokens.',
    'Poll at most once a second.',
    'Status `requires_action` means the agent waits for submit-tool-outputs.',
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
  sdks: ['python', 'node', 'go', 'java'],
  example: { query: { conversation_id: SANDBOX_IDS.conversation, chat_id: SANDBOX_IDS.chat } },
});
