import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { ConversationSchema, envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Rename conversation: PUT /v1/conversations/:conversation_id */
export default defineEndpoint({
  id: 'update-conversation',
  group: 'conversation',
  titleZh: '更新会话名称',
  titleEn: 'Rename conversation',
  description:
    'Renames a conversation. Use it to give a conversation a readable title, for example after its first exchange.',
  notes: ['Only the name can change; metadata and messages stay as they are.', 'Names are limited to 100 characters.'],
  method: 'PUT',
  path: '/v1/conversations/:conversation_id',
  params: {
    path: v.object({
      conversation_id: v.pipe(
        v.string(),
        v.nonEmpty('conversation_id is required'),
        v.description('Conversation to rename.'),
      ),
    }),
    body: v.object({
      name: v.pipe(
        v.string(),
        v.nonEmpty('name is required'),
        v.description('New conversation name, max 100 characters.'),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    data: v.optional(v.pipe(ConversationSchema, v.description('The conversation.'))),
  }),
  permission: 'editConversation',
  destructive: false,
  billable: false,
  sdks: ['python'],
  example: { path: { conversation_id: SANDBOX_IDS.conversation }, body: { name: 'Trip to Hangzhou' } },
});
