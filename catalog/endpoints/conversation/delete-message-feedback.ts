import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Delete message feedback: DELETE /v1/conversations/:conversation_id/messages/:message_id/feedback */
export default defineEndpoint({
  id: 'delete-message-feedback',
  group: 'conversation',
  titleZh: '删除消息评价',
  titleEn: 'Delete message feedback',
  description: 'Removes the feedback given on a message. Use it when a user takes a rating back.',
  notes: ['A DELETE with both ids in the path and no body.'],
  method: 'DELETE',
  path: '/v1/conversations/:conversation_id/messages/:message_id/feedback',
  params: {
    path: v.object({
      conversation_id: v.pipe(
        v.string(),
        v.nonEmpty('conversation_id is required'),
        v.description('Conversation of the message.'),
      ),
      message_id: v.pipe(
        v.string(),
        v.nonEmpty('message_id is required'),
        v.description('Message whose feedback to remove.'),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({}),
  permission: 'feedback',
  destructive: true,
  billable: false,
  sdks: ['python', 'go'],
  example: { path: { conversation_id: SANDBOX_IDS.conversation, message_id: SANDBOX_IDS.message } },
});
