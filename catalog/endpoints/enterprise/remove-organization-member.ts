import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Remove organization member: DELETE /v1/organizations/:organization_id/members/:user_id */
export default defineEndpoint({
  id: 'remove-organization-member',
  group: 'enterprise',
  titleZh: '移除组织成员',
  titleEn: 'Remove organization member',
  description:
    'Removes a member from an organization and hands their resources to an organization super admin you name.',
  notes: [
    'A DELETE with a JSON body: `receiver_user_id` must be a super admin of the organization.',
    'The last super admin cannot be removed (777074044).',
  ],
  method: 'DELETE',
  path: '/v1/organizations/:organization_id/members/:user_id',
  params: {
    path: v.object({
      organization_id: v.pipe(
        v.string(),
        v.nonEmpty('organization_id is required'),
        v.description('Organization to remove the member from.'),
      ),
      user_id: v.pipe(
        v.string(),
        v.nonEmpty('user_id is required'),
        v.description('Coze UID of the member to remove.'),
      ),
    }),
    body: v.object({
      receiver_user_id: v.pipe(
        v.string(),
        v.nonEmpty('receiver_user_id is required'),
        v.description("Coze UID of an organization super admin who takes over the removed member's resources."),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'Account.removeOrganizationPeople',
  destructive: true,
  billable: false,
  sdks: [],
  example: {
    path: { organization_id: SANDBOX_IDS.organization, user_id: SANDBOX_IDS.user },
    body: { receiver_user_id: SANDBOX_IDS.adminUser },
  },
});
