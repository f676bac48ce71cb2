import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { MessageSchema, envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Modify message: POST /v1/conversation/message/modify */
export default defineEndpoint({
  id: 'update-message',
  group: 'conversation',
  titleZh: '修改消息',
  titleEn: 'Modify message',
  description:
    'Changes the content or metadata of a message already stored in a conversation. Use it to correct a message before it is sent to the model again as context.',
  notes: [
    'A POST, not a PUT; both ids go in the query string.',
    'Send `content` with its `content_type`, `meta_data`, or both; a body with neither is rejected.',
    'The updated message comes back in a top-level `message` field, not in `data`.',
  ],
  method: 'POST',
  path: '/v1/conversation/message/modify',
  params: {
    query: v.object({
      conversation_id: v.pipe(
        v.string(),
        v.nonEmpty('conversation_id is required'),
        v.description('Conversation of the message.'),
      ),
      message_id: v.pipe(v.string(), v.nonEmpty('message_id is required'), v.description('Message to modify.')),
    }),
    body: v.object({
      content: v.optional(
        v.pipe(v.string(), v.description('New content; `content` and `meta_data` cannot both be empty.')),
      ),
      content_type: v.optional(
        v.pipe(
          v.picklist(['text', 'object_string']),
          v.description('`text` or `object_string`; required with `content`.'),
          v.examples(['text']),
        ),
      ),
      meta_data: v.optional(
        v.pipe(v.record(v.string(), v.string()), v.description('New custom key/values.'), v.examples([{}])),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    message: v.optional(
      v.pipe(MessageSchema, v.description('The updated message (note: top-level field `message`, not `data`).')),
    ),
  }),
  permission: 'modifyMessage',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: {
    query: { conversation_id: SANDBOX_IDS.conversation, message_id: SANDBOX_IDS.message },
    body: { content: 'Hello again', content_type: 'text' },
  },
});
