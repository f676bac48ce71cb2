import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { MessageSchema, envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Get message: GET /v1/conversation/message/retrieve */
export default defineEndpoint({
  id: 'retrieve-message',
  group: 'conversation',
  titleZh: '查看消息详情',
  titleEn: 'Get message',
  description:
    'Reads one message of a conversation by its id. Use it to fetch the full content and metadata of a message you saw in a list or an event.',
  notes: ['Both ids go in the query string of a GET.'],
  method: 'GET',
  alsoAccepts: ['POST'], // coze-java sends POST
  path: '/v1/conversation/message/retrieve',
  params: {
    query: v.object({
      conversation_id: v.pipe(
        v.string(),
        v.nonEmpty('conversation_id is required'),
        v.description('Conversation of the message.'),
      ),
      message_id: v.pipe(v.string(), v.nonEmpty('message_id is required'), v.description('Message to read.')),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(v.pipe(MessageSchema, v.description('The message.'))),
  }),
  permission: 'retrieveMessage',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: { query: { conversation_id: SANDBOX_IDS.conversation, message_id: SANDBOX_IDS.message } },
});
