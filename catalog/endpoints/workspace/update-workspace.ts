import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Update workspace basics: PUT /v1/workspaces/:workspace_id */
export default defineEndpoint({
  id: 'update-workspace',
  group: 'workspace',
  titleZh: '修改工作空间基本信息',
  titleEn: 'Update workspace basics',
  description: 'Renames a team workspace or changes its description. Fields left out or empty stay as they are.',
  notes: [
    'Personal workspaces cannot be edited.',
    'A name or description that fails content moderation is rejected with 4014.',
  ],
  method: 'PUT',
  path: '/v1/workspaces/:workspace_id',
  params: {
    path: v.object({
      workspace_id: v.pipe(
        v.string(),
        v.nonEmpty('workspace_id is required'),
        v.description('Workspace to edit; personal workspaces cannot be edited.'),
      ),
    }),
    body: v.object({
      name: v.optional(
        v.pipe(
          v.string(),
          v.maxLength(50, 'name takes at most 50 characters'),
          v.description('New name, up to 50 characters; empty leaves it unchanged.'),
        ),
      ),
      description: v.optional(
        v.pipe(
          v.string(),
          v.maxLength(2000, 'description takes at most 2000 characters'),
          v.description('New description, up to 2000 characters; empty leaves it unchanged.'),
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'Workspace.update',
  destructive: false,
  billable: false,
  sdks: [],
  example: {
    path: { workspace_id: SANDBOX_IDS.workspace },
    body: { name: 'Sandbox team', description: 'Agents and workflows to try the API with.' },
  },
});
