import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope, PageNumSchema } from '../../objects';

/** List workspaces: GET /v1/workspaces */
export default defineEndpoint({
  id: 'list-workspaces',
  group: 'workspace',
  titleZh: '查看空间列表',
  titleEn: 'List workspaces',
  description:
    'Lists the workspaces you created or joined, with your role in each. Use it to find the workspace_id most other calls need.',
  notes: [
    '`page_size` defaults to 20 and is at most 50.',
    '`user_id` and `coze_account_id` go together: send both or neither.',
    "`enterprise_id` narrows the list to one enterprise's workspaces (enterprise editions).",
  ],
  method: 'GET',
  path: '/v1/workspaces',
  params: {
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
      enterprise_id: v.optional(
        v.pipe(
          v.string(),
          v.description(
            'Limit to workspaces of this enterprise that the caller created or joined (enterprise edition only). Omit to list personal and team workspaces.',
          ),
        ),
      ),
      user_id: v.optional(
        v.pipe(v.string(), v.description('Coze UID to look up; must be combined with `coze_account_id`.')),
      ),
      coze_account_id: v.optional(
        v.pipe(
          v.string(),
          v.description('Organization ID (equals user_id on personal editions); must be combined with `user_id`.'),
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
          workspaces: v.optional(
            v.pipe(
              v.array(
                v.object({
                  id: v.optional(v.pipe(v.string(), v.description('Workspace ID.'))),
                  name: v.optional(v.pipe(v.string(), v.description('Workspace name.'), v.examples(['test']))),
                  icon_url: v.optional(v.pipe(v.string(), v.description('Workspace icon URL.'))),
                  owner_uid: v.optional(v.pipe(v.string(), v.description('Coze UID of the workspace owner.'))),
                  role_type: v.optional(
                    v.pipe(
                      v.picklist(['owner', 'admin', 'member']),
                      v.description("Caller's role: `owner`, `admin` or `member`."),
                      v.examples(['member']),
                    ),
                  ),
                  admin_uids: v.optional(v.pipe(v.array(v.string()), v.description('UIDs of the workspace admins.'))),
                  description: v.optional(v.pipe(v.string(), v.description('Workspace description.'))),
                  enterprise_id: v.optional(
                    v.pipe(v.string(), v.description('Enterprise ID; empty for personal-account workspaces.')),
                  ),
                  joined_status: v.optional(
                    v.pipe(v.string(), v.description('Membership status; currently `joined`.'), v.examples(['joined'])),
                  ),
                  workspace_type: v.optional(
                    v.pipe(
                      v.picklist(['personal', 'team']),
                      v.description('`personal` (personal space) or `team` (shared workspace).'),
                      v.examples(['team']),
                    ),
                  ),
                }),
              ),
              v.description('Workspaces the user created or joined.'),
            ),
          ),
          total_count: v.optional(
            v.pipe(
              v.number(),
              v.integer(),
              v.description('Number of workspaces the user belongs to.'),
              v.examples([2]),
            ),
          ),
        }),
        v.description('Workspace page.'),
      ),
    ),
  }),
  pagination: { style: 'page', page: 'page_num', size: 'page_size' },
  permission: 'listWorkspace',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: { query: { page_num: 1, page_size: 20 } },
});
