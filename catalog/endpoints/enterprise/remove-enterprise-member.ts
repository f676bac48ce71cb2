import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Remove team/enterprise member: DELETE /v1/enterprises/:enterprise_id/members/:user_id */
export default defineEndpoint({
  id: 'remove-enterprise-member',
  group: 'enterprise',
  titleZh: '移除团队/企业成员',
  titleEn: 'Remove team/enterprise member',
  description:
    'Removes a user from a team or enterprise and hands their workspaces, agents, workflows and other resources to an admin you name.',
  notes: [
    "A DELETE with a JSON body: `receiver_user_id` names the super admin or admin who takes over the removed user's resources.",
  ],
  method: 'DELETE',
  path: '/v1/enterprises/:enterprise_id/members/:user_id',
  params: {
    path: v.object({
      enterprise_id: v.pipe(
        v.string(),
        v.nonEmpty('enterprise_id is required'),
        v.description('Enterprise to remove the user from.'),
      ),
      user_id: v.pipe(v.string(), v.nonEmpty('user_id is required'), v.description('Coze UID of the user to remove.')),
    }),
    body: v.object({
      receiver_user_id: v.pipe(
        v.string(),
        v.nonEmpty('receiver_user_id is required'),
        v.description(
          "Coze UID of an enterprise super admin or admin who takes over the removed user's workspaces, agents, workflows and other resources.",
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'Enterprise.removePeople',
  destructive: true,
  billable: false,
  sdks: ['python', 'go'],
  example: {
    path: { enterprise_id: SANDBOX_IDS.enterprise, user_id: SANDBOX_IDS.user },
    body: { receiver_user_id: SANDBOX_IDS.adminUser },
  },
});
