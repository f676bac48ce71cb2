import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { ChatSchema, envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Cancel in-progress chat: POST /v3/chat/cancel */
export default defineEndpoint({
  id: 'cancel-chat',
  group: 'chat',
  titleZh: '取消进行中的对话',
  titleEn: 'Cancel in-progress chat',
  description:
    'Cancels a chat that is still running. Use it behind a stop button when the user no longer wants the answer.',
  notes: [
    'Both ids go in the JSON body.',
    'It only sets the status to `canceled`; close an open stream yourself.',
    'Chats that are completed, failed or in `requires_action` cannot be canceled.',
    'The canceled round is not kept as context.',
  ],
  method: 'POST',
  path: '/v3/chat/cancel',
  params: {
    body: v.object({
      chat_id: v.pipe(v.string(), v.nonEmpty('chat_id is required'), v.description('In-progress chat to cancel.')),
      conversation_id: v.pipe(
        v.string(),
        v.nonEmpty('conversation_id is required'),
        v.description('Conversation of the chat.'),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    data: v.optional(v.pipe(ChatSchema, v.description('Chat object.'))),
  }),
  permission: 'cancelChat',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: { body: { chat_id: SANDBOX_IDS.runningChat, conversation_id: SANDBOX_IDS.runningConversation } },
});
