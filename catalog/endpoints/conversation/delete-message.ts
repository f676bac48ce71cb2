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
  description:
    "Deletes one message from a conversation and returns it. Use it to drop a wrong question or answer from the conversation's context.",
  notes: [
    'A POST with both ids in the query string and no body.',
    'Only messages of type `question` or `answer` can be deleted.',
    'Cannot be undone.',
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
  sdks: ['python', 'node', 'go', 'java'],
  example: { query: { conversation_id: SANDBOX_IDS.conversation, message_id: SANDBOX_IDS.message } },
});
