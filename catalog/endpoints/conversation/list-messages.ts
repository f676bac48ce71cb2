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
  description:
    "Lists the messages of a conversation, with cursors to page in both directions. Use it to show a conversation's history, for example after a page reload.",
  notes: [
    'A POST although it only reads: `conversation_id` goes in the query string, filters and cursors in the JSON body.',
    '`data`, `has_more`, `first_id` and `last_id` sit at the top level of the response, not inside `data`.',
    'Page back with `before_id` set to the previous `first_id`, forward with `after_id` set to the previous `last_id`; `limit` is 1-50.',
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
          v.minValue(1),
          v.maxValue(50),
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
  sdks: ['python', 'node', 'go', 'java'],
  example: { query: { conversation_id: SANDBOX_IDS.conversation }, body: { order: 'desc', limit: 20 } },
});
