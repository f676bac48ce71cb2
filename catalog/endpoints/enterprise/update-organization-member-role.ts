import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Change organization member role: PUT /v1/organizations/:organization_id/members/:user_id */
export default defineEndpoint({
  id: 'update-organization-member-role',
  group: 'enterprise',
  titleZh: '修改组织成员角色',
  titleEn: 'Change organization member role',
  description: 'Changes the role of a member of an organization: super admin, admin or member.',
  notes: ['`organization_guest` cannot be set here; guests are added as such with add-organization-members.'],
  method: 'PUT',
  path: '/v1/organizations/:organization_id/members/:user_id',
  params: {
    path: v.object({
      organization_id: v.pipe(
        v.string(),
        v.nonEmpty('organization_id is required'),
        v.description('Organization of the member.'),
      ),
      user_id: v.pipe(v.string(), v.nonEmpty('user_id is required'), v.description('Coze UID of the member.')),
    }),
    body: v.object({
      organization_role_type: v.pipe(
        v.picklist(['organization_super_admin', 'organization_admin', 'organization_member']),
        v.description('New role: `organization_super_admin`, `organization_admin` or `organization_member`.'),
        v.examples(['organization_member']),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'updateOrganizationPeople',
  destructive: true,
  billable: false,
  sdks: [],
  example: {
    path: { organization_id: SANDBOX_IDS.organization, user_id: SANDBOX_IDS.user },
    body: { organization_role_type: 'organization_admin' },
  },
});
