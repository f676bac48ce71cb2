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
  description: 'Cancel in-progress chat.',
  notes: [
    'Only cancels the state (to canceled); it does not cut an already-open stream (close the connection yourself).',
    'Cannot cancel completed/failed/requires_action chats.',
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
  example: { body: { chat_id: 'example', conversation_id: 'example' } },
});
