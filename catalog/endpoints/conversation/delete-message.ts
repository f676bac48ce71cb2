import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { MessageSchema, envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Delete message: POST /v1/conversation/message/delete */
export default defineEndpoint({
  id: 'delete-message',
  group: 'conversation',
  titleZh: '删除消息',
  titleEn: 'Delete message',
  description: 'Delete message.',
  notes: [
    'Destructive.',
    'POST with both IDs in the query string; returns the deleted message.',
    'Only question/answer messages can be deleted.',
  ],
  method: 'POST',
  path: '/v1/conversation/message/delete',
  params: {
    query: v.object({
      conversation_id: v.pipe(
        v.string(),
        v.nonEmpty('conversation_id is required'),
        v.description('Conversation that contains the message.'),
      ),
      message_id: v.pipe(
        v.string(),
        v.nonEmpty('message_id is required'),
        v.description('Message to delete; must belong to the conversation and be of type `question` or `answer`.'),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(v.pipe(MessageSchema, v.description('The message that was deleted.'))),
  }),
  permission: 'deleteMessage',
  destructive: true,
  billable: false,
  example: { query: { conversation_id: 'example', message_id: 'example' } },
});
