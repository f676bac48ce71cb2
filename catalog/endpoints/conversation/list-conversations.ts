import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { ConversationSchema, envelope, PageNumSchema } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** List conversations: GET /v1/conversations */
export default defineEndpoint({
  id: 'list-conversations',
  group: 'conversation',
  titleZh: '查看会话列表',
  titleEn: 'List conversations',
  description:
    'Lists the conversations of one agent, newest first unless you ask otherwise. Use it to build a conversation picker or to find an earlier conversation to continue.',
  notes: [
    '`page_size` defaults to 50 and cannot exceed 50.',
    'Only conversations of the API (1024) and Chat SDK (999) channels can be listed.',
    'Conversations created without a `bot_id` do not show up here.',
  ],
  method: 'GET',
  path: '/v1/conversations',
  params: {
    query: v.object({
      bot_id: v.pipe(v.string(), v.nonEmpty('bot_id is required'), v.description('Agent whose conversations to list.')),
      page_num: v.optional(PageNumSchema),
      page_size: v.optional(
        v.pipe(
          v.number(),
          v.integer(),
          v.minValue(1),
          v.maxValue(50),
          v.description('Items per page (default 50, max 50).'),
          v.examples([40]),
        ),
      ),
      sort_order: v.optional(
        v.pipe(
          v.picklist(['ASC', 'DESC']),
          v.description('`ASC` = oldest first, `DESC` = newest first (default).'),
          v.examples(['ASC']),
        ),
      ),
      connector_id: v.optional(
        v.pipe(
          v.picklist(['1024', '999']),
          v.description('Channel filter: 1024 API (default) or 999 Chat SDK only.'),
          v.examples(['999']),
        ),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          has_more: v.optional(
            v.pipe(v.boolean(), v.description('True when more results exist beyond this page.'), v.examples([false])),
          ),
          conversations: v.optional(v.pipe(v.array(ConversationSchema), v.description('Conversations on this page.'))),
        }),
        v.description('Conversation page.'),
      ),
    ),
  }),
  pagination: { style: 'page', page: 'page_num', size: 'page_size' },
  permission: 'listConversation',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: { query: { bot_id: SANDBOX_IDS.bot, page_num: 1, page_size: 20, sort_order: 'DESC' } },
});
