import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Batch remove users from workspace: DELETE /v1/workspaces/:workspace_id/members */
export default defineEndpoint({
  id: 'remove-workspace-members',
  group: 'workspace',
  titleZh: '批量移除空间中的用户',
  titleEn: 'Batch remove users from workspace',
  description:
    'Removes up to 5 users from a workspace. The answer says who was removed, who was not a member, and who could not be removed because they own the workspace.',
  notes: [
    'A DELETE with a JSON body: the user ids go in `user_ids`, at most 5 per call.',
    'The workspace owner cannot be removed.',
  ],
  method: 'DELETE',
  path: '/v1/workspaces/:workspace_id/members',
  params: {
    path: v.object({
      workspace_id: v.pipe(
        v.string(),
        v.nonEmpty('workspace_id is required'),
        v.description('Workspace to remove users from.'),
      ),
    }),
    body: v.object({
      user_ids: v.pipe(
        v.array(v.string()),
        v.minLength(1, 'user_ids needs at least one user'),
        v.maxLength(5, 'user_ids takes at most 5 users per request'),
        v.description('Coze UIDs of the users to remove, 1-5 per request.'),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          removed_success_user_ids: v.optional(
            v.pipe(v.array(v.string()), v.description('Users removed successfully.')),
          ),
          not_in_workspace_user_ids: v.optional(
            v.pipe(v.array(v.string()), v.description('Users that were not members and were ignored.')),
          ),
          owner_not_support_remove_user_ids: v.optional(
            v.pipe(v.array(v.string()), v.description('Users not removed because they own the workspace.')),
          ),
        }),
        v.description('Per-user outcome lists.'),
      ),
    ),
  }),
  permission: 'removeMember',
  destructive: true,
  billable: false,
  sdks: ['python', 'go'],
  example: { path: { workspace_id: SANDBOX_IDS.workspace }, body: { user_ids: [SANDBOX_IDS.user] } },
});
