import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Delete conversation: DELETE /v1/conversations/:conversation_id */
export default defineEndpoint({
  id: 'delete-conversation',
  group: 'conversation',
  titleZh: '删除会话',
  titleEn: 'Delete conversation',
  description: 'Deletes a conversation for good. Use it to clean up conversations a user no longer needs.',
  notes: ['Cannot be undone.', 'No body; the id goes in the path.'],
  method: 'DELETE',
  path: '/v1/conversations/:conversation_id',
  params: {
    path: v.object({
      conversation_id: v.pipe(
        v.string(),
        v.nonEmpty('conversation_id is required'),
        v.description('Conversation to delete.'),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({}),
  permission: 'editConversation',
  destructive: true,
  billable: false,
  sdks: ['python'],
  example: { path: { conversation_id: SANDBOX_IDS.conversation } },
});
