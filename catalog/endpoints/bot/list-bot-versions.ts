import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope, PageNumSchema } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** List agent versions: GET /v1/bots/:bot_id/versions */
export default defineEndpoint({
  id: 'list-bot-versions',
  group: 'bot',
  titleZh: '查看智能体版本列表',
  titleEn: 'List agent versions',
  description:
    'Lists the versions an agent has been published as, newest first, with who published each and its changelog. Use a version number as `bot_version` in create-chat to talk to that version.',
  notes: [
    '`page_size` defaults to 10 and is at most 30.',
    '`connector_id` narrows the list to one channel only with `publish_status=published_online`.',
  ],
  method: 'GET',
  path: '/v1/bots/:bot_id/versions',
  params: {
    path: v.object({
      bot_id: v.pipe(v.string(), v.nonEmpty('bot_id is required'), v.description('Agent whose versions to list.')),
    }),
    query: v.object({
      page_num: v.optional(PageNumSchema),
      page_size: v.optional(
        v.pipe(
          v.number(),
          v.integer(),
          v.minValue(1),
          v.maxValue(30, 'page_size is at most 30'),
          v.description('Items per page, 1-30 (default 10).'),
          v.examples([10]),
        ),
      ),
      publish_status: v.optional(
        v.pipe(
          v.picklist(['published_online', 'unpublished_draft']),
          v.description('`published_online` (default) or `unpublished_draft`.'),
          v.examples(['published_online']),
        ),
      ),
      connector_id: v.optional(
        v.pipe(
          v.string(),
          v.description(
            'Only with `published_online`: just the versions published on this channel (default: every channel). 1024 = API, 999 = Chat SDK, or another channel id.',
          ),
          v.examples(['1024']),
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
          items: v.optional(
            v.pipe(
              v.array(
                v.object({
                  creator: v.optional(
                    v.pipe(
                      v.object({
                        id: v.optional(v.pipe(v.string(), v.description('Coze UID of the creator.'))),
                        name: v.optional(
                          v.pipe(v.string(), v.description('Coze username of the creator.'), v.examples(['Susan'])),
                        ),
                      }),
                      v.description('Who created the version.'),
                    ),
                  ),
                  version: v.optional(v.pipe(v.string(), v.description('Version number.'))),
                  changelog: v.optional(
                    v.pipe(v.string(), v.description('Release notes entered when this version was published.')),
                  ),
                  created_at: v.optional(
                    v.pipe(
                      v.number(),
                      v.integer(),
                      v.description('Version creation time, Unix seconds.'),
                      v.examples([1718609571]),
                    ),
                  ),
                  publish_status: v.optional(
                    v.pipe(
                      v.picklist(['published_online', 'unpublished_draft']),
                      v.description('`published_online` or `unpublished_draft`.'),
                      v.examples(['published_online']),
                    ),
                  ),
                }),
              ),
              v.description('Versions on this page.'),
            ),
          ),
          has_more: v.optional(
            v.pipe(v.boolean(), v.description('True when more results exist beyond this page.'), v.examples([false])),
          ),
        }),
        v.description('Version page.'),
      ),
    ),
  }),
  pagination: { style: 'page', page: 'page_num', size: 'page_size' },
  permission: 'Bot.listVersion',
  destructive: false,
  billable: false,
  sdks: ['python'],
  example: {
    path: { bot_id: SANDBOX_IDS.bot },
    query: { publish_status: 'published_online', connector_id: SANDBOX_IDS.apiConnector, page_num: 1, page_size: 10 },
  },
});
