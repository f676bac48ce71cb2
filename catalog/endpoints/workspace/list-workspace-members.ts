import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope, PageNumSchema } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** List workspace members: GET /v1/workspaces/:workspace_id/members */
export default defineEndpoint({
  id: 'list-workspace-members',
  group: 'workspace',
  titleZh: '查看空间成员列表',
  titleEn: 'List workspace members',
  description:
    'Lists the members of a workspace with their role, page by page. Use it to find the user ids to add as collaborators or to remove from the workspace.',
  notes: ['`page_size` is 1-50, 20 by default.'],
  method: 'GET',
  path: '/v1/workspaces/:workspace_id/members',
  params: {
    path: v.object({
      workspace_id: v.pipe(
        v.string(),
        v.nonEmpty('workspace_id is required'),
        v.description('Workspace whose members to list.'),
      ),
    }),
    query: v.object({
      page_num: v.optional(PageNumSchema),
      page_size: v.optional(
        v.pipe(
          v.number(),
          v.integer(),
          v.minValue(1),
          v.maxValue(50, 'page_size is at most 50'),
          v.description('Items per page, 1-50 (default 20).'),
          v.examples([20]),
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
                  user_id: v.optional(v.pipe(v.string(), v.description("Member's Coze user ID."))),
                  role_type: v.optional(
                    v.pipe(
                      v.picklist(['admin', 'member', 'owner']),
                      v.description('`owner`, `admin` or `member`.'),
                      v.examples(['member']),
                    ),
                  ),
                  user_nickname: v.optional(v.pipe(v.string(), v.description('User nickname.'))),
                  user_unique_name: v.optional(v.pipe(v.string(), v.description('Coze username.'))),
                  avatar_url: v.optional(
                    v.pipe(v.string(), v.description('Avatar URL of the user; sent though the docs do not list it.')),
                  ),
                }),
              ),
              v.description('Members on this page.'),
            ),
          ),
          total_count: v.optional(
            v.pipe(v.number(), v.integer(), v.description('Total members in the workspace.'), v.examples([5])),
          ),
        }),
        v.description('Member page.'),
      ),
    ),
  }),
  pagination: { style: 'page', page: 'page_num', size: 'page_size' },
  permission: 'readMember',
  destructive: false,
  billable: false,
  sdks: ['python', 'go'],
  example: { path: { workspace_id: SANDBOX_IDS.workspace }, query: { page_num: 1, page_size: 20 } },
});
