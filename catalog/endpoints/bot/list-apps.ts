import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope, PageNumSchema } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** List apps: GET /v1/apps */
export default defineEndpoint({
  id: 'list-apps',
  group: 'bot',
  titleZh: '查看应用列表',
  titleEn: 'List apps',
  description:
    'Lists the low-code apps of a workspace, page by page, with their publish state. Use it to find an app_id, for a chatflow run or for app collaborators.',
  notes: [
    'Pages with `page_num` (from 1) and `page_size` (default 20).',
    '`connector_id` filters only with `published_online` or `published_draft`.',
  ],
  method: 'GET',
  path: '/v1/apps',
  params: {
    query: v.object({
      workspace_id: v.pipe(
        v.string(),
        v.nonEmpty('workspace_id is required'),
        v.description('Workspace whose apps to list.'),
      ),
      publish_status: v.optional(
        v.pipe(
          v.picklist(['all', 'published_online', 'published_draft', 'unpublished_draft']),
          v.description('`all`, `published_online` (default), `published_draft` or `unpublished_draft`.'),
          v.examples(['all']),
        ),
      ),
      connector_id: v.optional(
        v.pipe(
          v.string(),
          v.description(
            'Channel to filter published apps by; only with `published_online`/`published_draft`. Default 1024 (API); also 999 Chat SDK, 998 Web SDK, store/WeChat/Douyin/Feishu IDs.',
          ),
          v.examples(['1024']),
        ),
      ),
      page_num: v.optional(PageNumSchema),
      page_size: v.optional(
        v.pipe(v.number(), v.integer(), v.minValue(1), v.description('Items per page (default 20).'), v.examples([20])),
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
                  id: v.optional(v.pipe(v.string(), v.description('App ID.'))),
                  name: v.optional(v.pipe(v.string(), v.description('App name.'), v.examples(['test']))),
                  icon_url: v.optional(v.pipe(v.string(), v.description('App icon URL.'))),
                  folder_id: v.optional(v.pipe(v.string(), v.description('Folder containing the app.'))),
                  updated_at: v.optional(
                    v.pipe(
                      v.number(),
                      v.integer(),
                      v.description('Last edit time, Unix seconds.'),
                      v.examples([1718289297]),
                    ),
                  ),
                  description: v.optional(v.pipe(v.string(), v.description('App description.'))),
                  is_published: v.optional(
                    v.pipe(v.boolean(), v.description('Whether it has been published.'), v.examples([true])),
                  ),
                  published_at: v.optional(
                    v.pipe(
                      v.number(),
                      v.integer(),
                      v.description('Time of the latest publish, Unix seconds; empty if never published.'),
                      v.examples([1718289297]),
                    ),
                  ),
                  owner_user_id: v.optional(v.pipe(v.string(), v.description("Coze user ID of the app's creator."))),
                }),
              ),
              v.description('Apps on this page.'),
            ),
          ),
          total: v.optional(
            v.pipe(v.number(), v.integer(), v.description('Number of matching apps.'), v.examples([2])),
          ),
        }),
        v.description('Page of apps.'),
      ),
    ),
  }),
  pagination: { style: 'page', page: 'page_num', size: 'page_size' },
  permission: 'listApp',
  destructive: false,
  billable: false,
  sdks: ['python', 'go'],
  example: { query: { workspace_id: SANDBOX_IDS.workspace, publish_status: 'all', page_num: 1, page_size: 20 } },
});
