import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Change enterprise member role: PUT /v1/enterprises/:enterprise_id/members/:user_id */
export default defineEndpoint({
  id: 'update-enterprise-member-role',
  group: 'enterprise',
  titleZh: '修改企业员工的角色',
  titleEn: 'Change enterprise member role',
  description: 'Makes an employee of an enterprise an admin, or turns an admin back into a member.',
  notes: ['Roles are `enterprise_admin` and `enterprise_member`; the super admin role cannot be given this way.'],
  method: 'PUT',
  path: '/v1/enterprises/:enterprise_id/members/:user_id',
  params: {
    path: v.object({
      enterprise_id: v.pipe(
        v.string(),
        v.nonEmpty('enterprise_id is required'),
        v.description('Enterprise of the employee.'),
      ),
      user_id: v.pipe(
        v.string(),
        v.nonEmpty('user_id is required'),
        v.description('Coze UID of the employee whose role changes.'),
      ),
    }),
    body: v.object({
      role: v.pipe(
        v.picklist(['enterprise_admin', 'enterprise_member']),
        v.description('New role: `enterprise_admin` or `enterprise_member`.'),
        v.examples(['enterprise_member']),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'Enterprise.updatePeople',
  destructive: true,
  billable: false,
  sdks: ['python', 'go'],
  example: {
    path: { enterprise_id: SANDBOX_IDS.enterprise, user_id: SANDBOX_IDS.user },
    body: { role: 'enterprise_admin' },
  },
});
