import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { ConversationSchema, envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Get conversation: GET /v1/conversation/retrieve */
export default defineEndpoint({
  id: 'retrieve-conversation',
  group: 'conversation',
  titleZh: '查看会话信息',
  titleEn: 'Get conversation',
  description:
    'Reads one conversation: its name, metadata, creator, channel and latest context section. Use it to check that a conversation exists or to read the meta_data stored on it.',
  notes: ['`conversation_id` goes in the query string as a digit string (it is an int64).'],
  method: 'GET',
  path: '/v1/conversation/retrieve',
  params: {
    query: v.object({
      conversation_id: v.pipe(
        v.string(),
        v.nonEmpty('conversation_id is required'),
        v.description('Conversation to read (documented as int64; send as a digit string).'),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(v.pipe(ConversationSchema, v.description('The conversation.'))),
  }),
  permission: 'retrieveConversation',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: { query: { conversation_id: SANDBOX_IDS.conversation } },
});
