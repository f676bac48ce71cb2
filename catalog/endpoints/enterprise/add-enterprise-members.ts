import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Add team/enterprise members: POST /v1/enterprises/:enterprise_id/members */
export default defineEndpoint({
  id: 'add-enterprise-members',
  group: 'enterprise',
  titleZh: '添加团队/企业成员',
  titleEn: 'Add team/enterprise members',
  description: 'Adds a user to a team or enterprise as an admin or a member. Enterprise editions only.',
  notes: ['One user per request.', "User ids are the `CozeUserId` values that Volcano Engine's ListCozeUser returns."],
  method: 'POST',
  path: '/v1/enterprises/:enterprise_id/members',
  params: {
    path: v.object({
      enterprise_id: v.pipe(
        v.string(),
        v.nonEmpty('enterprise_id is required'),
        v.description('Enterprise to add people to.'),
      ),
    }),
    body: v.object({
      users: v.optional(
        v.pipe(
          v.array(
            v.object({
              role: v.pipe(
                v.picklist(['enterprise_admin', 'enterprise_member']),
                v.description('`enterprise_admin` or `enterprise_member`.'),
                v.examples(['enterprise_member']),
              ),
              user_id: v.pipe(
                v.string(),
                v.nonEmpty('user_id is required'),
                v.description("Coze UID of the user: the CozeUserId from Volcano Engine's ListCozeUser."),
              ),
            }),
          ),
          v.maxLength(1, 'users takes one user per request'),
          v.description('The user to add: one per request for now.'),
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'Enterprise.batchAddPeople',
  destructive: false,
  billable: false,
  sdks: ['python', 'go'],
  example: {
    path: { enterprise_id: SANDBOX_IDS.enterprise },
    body: { users: [{ user_id: SANDBOX_IDS.user, role: 'enterprise_member' }] },
  },
});
