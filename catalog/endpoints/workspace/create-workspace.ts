import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';

/** Create workspace: POST /v1/workspaces */
export default defineEndpoint({
  id: 'create-workspace',
  group: 'workspace',
  titleZh: '创建工作空间',
  titleEn: 'Create workspace',
  description:
    "Creates a workspace, personal or inside an enterprise organization, and returns its id. Agents, apps and workflows live in workspaces, so this is where a team's resources start.",
  notes: [
    'Both `name` and `description` are required, and both must pass content moderation (else 4014).',
    'On enterprise editions, `coze_account_id` picks the organization and `owner_uid` an employee of it to own the workspace; personal editions ignore `owner_uid`.',
  ],
  method: 'POST',
  path: '/v1/workspaces',
  params: {
    body: v.object({
      name: v.pipe(
        v.string(),
        v.nonEmpty('name is required'),
        v.maxLength(50, 'name takes at most 50 characters'),
        v.description('Workspace name, up to 50 characters.'),
      ),
      description: v.pipe(
        v.string(),
        v.nonEmpty('description is required'),
        v.maxLength(2000, 'description takes at most 2000 characters'),
        v.description('Workspace description, up to 2000 characters.'),
      ),
      icon_file_id: v.optional(
        v.pipe(
          v.string(),
          v.description('Id of an image uploaded with upload-file, used as the icon; a default icon if omitted.'),
        ),
      ),
      coze_account_id: v.optional(
        v.pipe(
          v.string(),
          v.description(
            'Organization to create the workspace in (enterprise editions). Leave it out on personal editions: the workspace then belongs to your personal account.',
          ),
        ),
      ),
      owner_uid: v.optional(
        v.pipe(
          v.string(),
          v.description(
            "Coze UID of the owner: an employee of the `coze_account_id` organization, by default the token's creator. Ignored on personal editions, where the caller owns the workspace.",
          ),
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          id: v.optional(v.pipe(v.string(), v.description('Id of the new workspace.'))),
        }),
        v.description('Created workspace.'),
      ),
    ),
  }),
  permission: 'createWorkspace',
  destructive: false,
  billable: false,
  sdks: [],
  example: { body: { name: 'Support team', description: 'Agents and workflows of the customer support team.' } },
});
