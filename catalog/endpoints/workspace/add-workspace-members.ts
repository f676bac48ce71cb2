import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Batch invite users to workspace: POST /v1/workspaces/:workspace_id/members */
export default defineEndpoint({
  id: 'add-workspace-members',
  group: 'workspace',
  titleZh: '批量邀请用户加入空间',
  titleEn: 'Batch invite users to workspace',
  description:
    'Adds up to 20 users to a workspace as admins or members. Personal editions send invitations the users must accept; enterprise editions add employees of the enterprise at once.',
  notes: [
    'At most 20 users per call; nobody can be made `owner` this way.',
    'Enterprise editions only add users already in the enterprise (else 702042162).',
    'A workspace over its member cap fails with 702042018.',
    'The answer sorts the users into lists: added, invited, already members, already invited, or unknown.',
  ],
  method: 'POST',
  path: '/v1/workspaces/:workspace_id/members',
  params: {
    path: v.object({
      workspace_id: v.pipe(
        v.string(),
        v.nonEmpty('workspace_id is required'),
        v.description('Workspace to add users to.'),
      ),
    }),
    body: v.object({
      users: v.optional(
        v.pipe(
          v.array(
            v.object({
              user_id: v.pipe(
                v.string(),
                v.nonEmpty('user_id is required'),
                v.description('Coze UID of the user to add.'),
              ),
              role_type: v.pipe(
                v.picklist(['admin', 'member']),
                v.description('`admin` or `member`; `owner` cannot be given.'),
                v.examples(['member']),
              ),
            }),
          ),
          v.maxLength(20, 'users takes at most 20 users per request'),
          v.description('Users to add, at most 20 per request.'),
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
          not_exist_user_ids: v.optional(v.pipe(v.array(v.string()), v.description('User IDs that do not exist.'))),
          added_success_user_ids: v.optional(
            v.pipe(v.array(v.string()), v.description('Users added directly (enterprise editions).')),
          ),
          already_joined_user_ids: v.optional(
            v.pipe(v.array(v.string()), v.description('Users that were already members (skipped).')),
          ),
          already_invited_user_ids: v.optional(
            v.pipe(
              v.array(v.string()),
              v.description('Users whose earlier invitation is still pending (personal edition).'),
            ),
          ),
          invited_success_user_ids: v.optional(
            v.pipe(
              v.array(v.string()),
              v.description('Users invited successfully (personal edition); they join once they accept.'),
            ),
          ),
        }),
        v.description('Per-user outcome lists.'),
      ),
    ),
  }),
  permission: 'addMember',
  destructive: false,
  billable: false,
  sdks: ['python', 'go'],
  example: {
    path: { workspace_id: SANDBOX_IDS.workspace },
    body: { users: [{ user_id: SANDBOX_IDS.user, role_type: 'member' }] },
  },
});
