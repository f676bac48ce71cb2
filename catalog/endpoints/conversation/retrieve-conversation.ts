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
  description: 'Get conversation.',
  notes: ['Docs type conversation_id as Integer (int64); all SDKs send it as a string.', 'Use a digit string.'],
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
  example: { query: { conversation_id: 'example' } },
});
