import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Create organization: POST /v1/enterprises/:enterprise_id/organizations */
export default defineEndpoint({
  id: 'create-organization',
  group: 'enterprise',
  titleZh: '创建组织',
  titleEn: 'Create organization',
  description:
    "Creates an organization inside an enterprise, with a name and a super admin, and returns its id. Organizations group the enterprise's people and workspaces (enterprise flagship edition).",
  notes: [
    'An enterprise has at most 20 organizations.',
    'The super admin must already be an employee of the enterprise.',
  ],
  method: 'POST',
  path: '/v1/enterprises/:enterprise_id/organizations',
  params: {
    path: v.object({
      enterprise_id: v.pipe(
        v.string(),
        v.nonEmpty('enterprise_id is required'),
        v.description('Enterprise in which to create the organization.'),
      ),
    }),
    body: v.object({
      name: v.pipe(
        v.string(),
        v.nonEmpty('name is required'),
        v.maxLength(30, 'name takes at most 30 characters'),
        v.description('Organization name, up to 30 characters.'),
      ),
      super_admin_user_id: v.pipe(
        v.string(),
        v.nonEmpty('super_admin_user_id is required'),
        v.description(
          'Coze UID of the employee who becomes super admin of the new organization; must already belong to the enterprise.',
        ),
      ),
      description: v.optional(
        v.pipe(
          v.string(),
          v.maxLength(100, 'description takes at most 100 characters'),
          v.description('Organization description, up to 100 characters.'),
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
          organization_id: v.optional(v.pipe(v.string(), v.description('Id of the new organization.'))),
        }),
        v.description('Created organization.'),
      ),
    ),
  }),
  permission: 'Enterprise.createOrganization',
  destructive: false,
  billable: false,
  sdks: ['python'],
  example: {
    path: { enterprise_id: SANDBOX_IDS.enterprise },
    body: { name: 'Research', super_admin_user_id: SANDBOX_IDS.user, description: 'Research and prototyping teams.' },
  },
});
