import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Add organization members: POST /v1/organizations/:organization_id/members */
export default defineEndpoint({
  id: 'add-organization-members',
  group: 'enterprise',
  titleZh: '添加组织成员',
  titleEn: 'Add organization members',
  description:
    'Adds employees of the enterprise to an organization, each with a role: super admin, admin, member or guest.',
  notes: ['The users must already belong to the enterprise.'],
  method: 'POST',
  path: '/v1/organizations/:organization_id/members',
  params: {
    path: v.object({
      organization_id: v.pipe(
        v.string(),
        v.nonEmpty('organization_id is required'),
        v.description('Organization to add members to.'),
      ),
    }),
    body: v.object({
      organization_people: v.pipe(
        v.array(
          v.object({
            user_id: v.pipe(
              v.string(),
              v.nonEmpty('user_id is required'),
              v.description('Coze UID of the person to add.'),
            ),
            organization_role_type: v.pipe(
              v.picklist([
                'organization_super_admin',
                'organization_admin',
                'organization_member',
                'organization_guest',
              ]),
              v.description(
                '`organization_super_admin`, `organization_admin`, `organization_member` or `organization_guest`.',
              ),
              v.examples(['organization_admin']),
            ),
          }),
        ),
        v.minLength(1, 'organization_people needs at least one person'),
        v.description('People to add, each with a role.'),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'batchAddOrganizationPeople',
  destructive: false,
  billable: false,
  sdks: [],
  example: {
    path: { organization_id: SANDBOX_IDS.organization },
    body: { organization_people: [{ user_id: SANDBOX_IDS.user, organization_role_type: 'organization_member' }] },
  },
});
