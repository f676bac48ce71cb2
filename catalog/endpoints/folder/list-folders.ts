import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope, PageNumSchema } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** List folders: GET /v1/folders */
export default defineEndpoint({
  id: 'list-folders',
  group: 'folder',
  titleZh: '查询文件夹列表',
  titleEn: 'List folders',
  description:
    "Lists the folders of a workspace one level at a time: the top-level folders, or the sub-folders of `parent_folder_id`. Use it to browse how a workspace's projects are organized.",
  notes: [
    '`folder_type` is required and `development` is its only value.',
    'Only one level comes back; `children_count` tells which folders have sub-folders to list next.',
    '`page_size` defaults to 20 and is at most 50.',
  ],
  method: 'GET',
  path: '/v1/folders',
  params: {
    query: v.object({
      workspace_id: v.pipe(
        v.string(),
        v.nonEmpty('workspace_id is required'),
        v.description('Workspace whose folders to list.'),
      ),
      folder_type: v.pipe(
        v.picklist(['development']),
        v.description('Always `development`, the only folder type.'),
        v.examples(['development']),
      ),
      parent_folder_id: v.optional(
        v.pipe(
          v.string(),
          v.description('Folder whose sub-folders to list; leave it out, or send `0`, for the top level.'),
        ),
      ),
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
                  id: v.optional(v.pipe(v.string(), v.description('Folder ID.'))),
                  name: v.optional(v.pipe(v.string(), v.description('Folder name.'))),
                  description: v.optional(v.pipe(v.string(), v.description('Folder description.'))),
                  folder_type: v.optional(
                    v.pipe(
                      v.string(),
                      v.description('Folder type; only `development` exists today.'),
                      v.examples(['development']),
                    ),
                  ),
                  workspace_id: v.optional(v.pipe(v.string(), v.description('Workspace that contains the folder.'))),
                  children_count: v.optional(
                    v.pipe(
                      v.number(),
                      v.integer(),
                      v.description('Number of direct sub-folders (one level only).'),
                      v.examples([5]),
                    ),
                  ),
                  creator_user_id: v.optional(
                    v.pipe(v.string(), v.description('Coze UID of the user who created the folder.')),
                  ),
                  parent_folder_id: v.optional(
                    v.pipe(v.string(), v.description('Parent folder ID; absent for a top-level folder.')),
                  ),
                }),
              ),
              v.description('Direct sub-folders of the requested parent (one level).'),
            ),
          ),
          has_more: v.optional(
            v.pipe(v.boolean(), v.description('True when more results exist beyond this page.'), v.examples([true])),
          ),
          total_count: v.optional(
            v.pipe(
              v.number(),
              v.integer(),
              v.description('Number of first-level folders under the parent.'),
              v.examples([10]),
            ),
          ),
        }),
        v.description('Folder page.'),
      ),
    ),
  }),
  pagination: { style: 'page', page: 'page_num', size: 'page_size' },
  permission: 'listFolder',
  destructive: false,
  billable: false,
  sdks: ['python', 'go'],
  example: { query: { workspace_id: SANDBOX_IDS.workspace, folder_type: 'development', page_num: 1, page_size: 20 } },
});
