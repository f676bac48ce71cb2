import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope, PageNumSchema } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** List agents: GET /v1/bots */
export default defineEndpoint({
  id: 'list-bots',
  group: 'bot',
  titleZh: '查看智能体列表',
  titleEn: 'List agents',
  description:
    'Lists the agents of a workspace, page by page, with their publish state. Use it to find the bot_id of an agent before chatting with it or reading its configuration.',
  notes: [
    'Pages with `page_num` (from 1) and `page_size` (default 20), not the `page_index` of the legacy agent list.',
    'Personal workspaces list only the agents you own; enterprise workspaces list every agent in the workspace.',
  ],
  method: 'GET',
  path: '/v1/bots',
  params: {
    query: v.object({
      workspace_id: v.pipe(
        v.string(),
        v.nonEmpty('workspace_id is required'),
        v.description('Workspace whose agents to list.'),
      ),
      publish_status: v.optional(
        v.pipe(
          v.picklist(['all', 'published_online', 'published_draft', 'unpublished_draft']),
          v.description(
            '`all`, `published_online` (default; published version), `published_draft` (published but with unpublished edits) or `unpublished_draft` (never published).',
          ),
          v.examples(['all']),
        ),
      ),
      connector_id: v.optional(
        v.pipe(
          v.string(),
          v.description(
            'Channel whose published versions to return; only used with `published_online`/`published_draft`. Default 1024 (API). Other IDs: 999 Chat SDK, store/WeChat/Feishu IDs or a custom channel ID.',
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
                  id: v.optional(v.pipe(v.string(), v.description('Agent ID.'))),
                  name: v.optional(v.pipe(v.string(), v.description('Agent name.'))),
                  icon_url: v.optional(v.pipe(v.string(), v.description('Agent icon URL.'))),
                  folder_id: v.optional(v.pipe(v.string(), v.description('Folder containing the agent.'))),
                  updated_at: v.optional(
                    v.pipe(
                      v.number(),
                      v.integer(),
                      v.description('Last edit time, Unix seconds.'),
                      v.examples([1718289297]),
                    ),
                  ),
                  description: v.optional(v.pipe(v.string(), v.description('Agent description.'))),
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
                  owner_user_id: v.optional(v.pipe(v.string(), v.description("Coze user ID of the agent's creator."))),
                }),
              ),
              v.description('Agents on this page.'),
            ),
          ),
          total: v.optional(
            v.pipe(v.number(), v.integer(), v.description('Number of matching agents.'), v.examples([2])),
          ),
        }),
        v.description('Page of agents.'),
      ),
    ),
  }),
  pagination: { style: 'page', page: 'page_num', size: 'page_size' },
  permission: 'listBot',
  destructive: false,
  billable: false,
  sdks: ['python', 'node'],
  example: {
    query: { workspace_id: SANDBOX_IDS.workspace, publish_status: 'published_online', page_num: 1, page_size: 20 },
  },
});
