import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Get folder details: GET /v1/folders/:folder_id */
export default defineEndpoint({
  id: 'retrieve-folder',
  group: 'folder',
  titleZh: '查询文件夹详情',
  titleEn: 'Get folder details',
  description:
    'Returns one folder: its name, description, workspace, creator and parent folder. Use it to resolve the folder_id that list-bots and list-apps report for each project.',
  notes: ["The id is the `folder_id` in the URL of the workspace's project-management page."],
  method: 'GET',
  path: '/v1/folders/:folder_id',
  params: {
    path: v.object({
      folder_id: v.pipe(
        v.string(),
        v.nonEmpty('folder_id is required'),
        v.description('Folder to read (the `folder_id` in the project-management URL).'),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
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
          creator_user_id: v.optional(
            v.pipe(v.string(), v.description('Coze UID of the user who created the folder.')),
          ),
          parent_folder_id: v.optional(
            v.pipe(v.string(), v.description('Parent folder ID; absent for a top-level folder.')),
          ),
        }),
        v.description('Folder details.'),
      ),
    ),
  }),
  permission: 'readFolder',
  destructive: false,
  billable: false,
  sdks: ['python', 'go'],
  example: { path: { folder_id: SANDBOX_IDS.folder } },
});
