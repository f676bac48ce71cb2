import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { MessageSchema, envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Create message: POST /v1/conversation/message/create */
export default defineEndpoint({
  id: 'create-message',
  group: 'conversation',
  titleZh: '创建消息',
  titleEn: 'Create message',
  description:
    'Adds a message to a conversation without running the agent. Use it to insert context, such as an earlier answer or a note from the user, before the next chat.',
  notes: [
    '`conversation_id` goes in the query string; the message goes in the JSON body.',
    'User messages are stored as type `question`, assistant messages as `answer`.',
    'With `object_string`, `content` is a JSON string holding an array of text, file, image or audio parts.',
  ],
  method: 'POST',
  path: '/v1/conversation/message/create',
  params: {
    query: v.object({
      conversation_id: v.pipe(
        v.string(),
        v.nonEmpty('conversation_id is required'),
        v.description('Conversation to add the message to (documented as int64; send as a digit string).'),
      ),
    }),
    body: v.object({
      role: v.pipe(v.picklist(['user', 'assistant']), v.description('`user` or `assistant`.'), v.examples(['user'])),
      content: v.pipe(
        v.string(),
        v.nonEmpty('content is required'),
        v.description('Message content: plain text, or a serialized object_string array.'),
      ),
      content_type: v.pipe(
        v.picklist(['text', 'object_string']),
        v.description('`text` or `object_string`.'),
        v.examples(['text']),
      ),
      meta_data: v.optional(
        v.pipe(
          v.record(v.string(), v.string()),
          v.description('Custom key/values (max 16 pairs) returned when the message is read.'),
          v.examples([{ customKey1: 'customValue1', customKey2: 'customValue2' }]),
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    data: v.optional(v.pipe(MessageSchema, v.description('The created message.'))),
  }),
  permission: 'createMessage',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: {
    query: { conversation_id: SANDBOX_IDS.conversation },
    body: { role: 'user', content: 'Hello', content_type: 'text' },
  },
});
