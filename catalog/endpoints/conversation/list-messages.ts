import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { MessageSchema, envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** List messages: POST /v1/conversation/message/list */
export default defineEndpoint({
  id: 'list-messages',
  group: 'conversation',
  titleZh: '查看消息列表',
  titleEn: 'List messages',
  description: 'List messages.',
  notes: [
    'POST with conversation_id in the query and filters/cursor in the JSON body.',
    'Response puts `data` (array), `has_more`, `first_id`, `last_id` at the TOP level (not inside data).',
    '`include_middle_message` is in the doc/spec but not in SDKs.',
  ],
  method: 'POST',
  path: '/v1/conversation/message/list',
  params: {
    query: v.object({
      conversation_id: v.pipe(
        v.string(),
        v.nonEmpty('conversation_id is required'),
        v.description('Conversation whose messages to list.'),
      ),
    }),
    body: v.object({
      order: v.optional(
        v.pipe(
          v.picklist(['desc', 'asc']),
          v.description('`desc` (default, newest first) or `asc`.'),
          v.examples(['desc']),
        ),
      ),
      chat_id: v.optional(v.pipe(v.string(), v.description('Only return messages of this chat.'))),
      before_id: v.optional(
        v.pipe(
          v.string(),
          v.description('Return messages before this message ID (use the previous `first_id`); 0/empty = no anchor.'),
        ),
      ),
      after_id: v.optional(
        v.pipe(
          v.string(),
          v.description('Return messages after this message ID (use the previous `last_id`); 0/empty = no anchor.'),
        ),
      ),
      limit: v.optional(
        v.pipe(
          v.number(),
          v.integer(),
          v.description('Number of messages per call (1-50, default 50).'),
          v.examples([30]),
        ),
      ),
      include_middle_message: v.optional(
        v.pipe(v.boolean(), v.description('Whether to include intermediate messages (e.g. tool calls) in the result.')),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    data: v.optional(v.pipe(v.array(MessageSchema), v.description('Messages (top-level array).'))),
    has_more: v.optional(v.pipe(v.boolean(), v.description('True when more messages remain.'), v.examples([true]))),
    first_id: v.optional(
      v.pipe(
        v.string(),
        v.description('ID of the first message in the returned list; pass as `before_id` to page backward.'),
      ),
    ),
    last_id: v.optional(
      v.pipe(
        v.string(),
        v.description('ID of the last message in the returned list; pass as `after_id` to page forward.'),
      ),
    ),
  }),
  pagination: { style: 'before-after', before: 'before_id', after: 'after_id', size: 'limit' },
  permission: 'chat',
  destructive: false,
  billable: false,
  example: { query: { conversation_id: 'example' }, body: {} },
});
