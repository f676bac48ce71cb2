import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** [Deprecated] List bots published as API: GET /v1/space/published_bots_list */
export default defineEndpoint({
  id: 'deprecated-published-bots-list',
  group: 'deprecated',
  titleZh: '【Deprecated】查看已发布智能体列表',
  titleEn: '[Deprecated] List bots published as API',
  description:
    'The old way to list the agents of a workspace that are published to the API channel, newest publish first. Coze will retire it: use list-bots instead.',
  notes: [
    'Only agents published to the API channel are listed.',
    'Pages with `page_index`, not the `page_num` of list-bots.',
    '`publish_time` is a string of Unix seconds, not a number.',
  ],
  method: 'GET',
  path: '/v1/space/published_bots_list',
  params: {
    query: v.object({
      space_id: v.pipe(
        v.string(),
        v.nonEmpty('space_id is required'),
        v.description('Workspace whose published agents to list.'),
      ),
      page_index: v.optional(
        v.pipe(v.number(), v.integer(), v.minValue(1), v.description('Page number, starting at 1.'), v.examples([1])),
        1,
      ),
      page_size: v.optional(
        v.pipe(v.number(), v.integer(), v.minValue(1), v.description('Items per page.'), v.examples([20])),
        20,
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          space_bots: v.optional(
            v.pipe(
              v.array(
                v.object({
                  bot_id: v.optional(v.pipe(v.string(), v.description('Agent id.'))),
                  bot_name: v.optional(v.pipe(v.string(), v.description('Agent name.'))),
                  description: v.optional(v.pipe(v.string(), v.description('Agent description.'))),
                  icon_url: v.optional(v.pipe(v.string(), v.description('Avatar URL.'))),
                  publish_time: v.optional(
                    v.pipe(
                      v.string(),
                      v.description('Time of the latest publish: Unix seconds, as a string.'),
                      v.examples(['1718289297']),
                    ),
                  ),
                }),
              ),
              v.description('Agents published to the API channel, newest publish first.'),
            ),
          ),
          total: v.optional(
            v.pipe(v.number(), v.integer(), v.description('Number of published agents.'), v.examples([2])),
          ),
        }),
        v.description('Page of published agents.'),
      ),
    ),
  }),
  pagination: { style: 'page', page: 'page_index', size: 'page_size' },
  permission: 'getPublishedBot',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  deprecated: { replacement: 'list-bots' },
  example: { query: { space_id: SANDBOX_IDS.workspace, page_index: 1, page_size: 20 } },
});
