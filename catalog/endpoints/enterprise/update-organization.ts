import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Update organization basics: PUT /v1/organizations/:organization_id */
export default defineEndpoint({
  id: 'update-organization',
  group: 'enterprise',
  titleZh: '修改组织基本信息',
  titleEn: 'Update organization basics',
  description: 'Renames an organization or changes its description. Fields left out or empty stay as they are.',
  notes: ['A name or description that fails content moderation is rejected with 4102.'],
  method: 'PUT',
  path: '/v1/organizations/:organization_id',
  params: {
    path: v.object({
      organization_id: v.pipe(
        v.string(),
        v.nonEmpty('organization_id is required'),
        v.description('Organization to edit.'),
      ),
    }),
    body: v.object({
      name: v.optional(
        v.pipe(
          v.string(),
          v.maxLength(30, 'name takes at most 30 characters'),
          v.description('New name, up to 30 characters; empty leaves it unchanged.'),
        ),
      ),
      description: v.optional(
        v.pipe(
          v.string(),
          v.maxLength(100, 'description takes at most 100 characters'),
          v.description('New description, up to 100 characters; empty leaves it unchanged.'),
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'Account.updateOrganization',
  destructive: false,
  billable: false,
  sdks: [],
  example: {
    path: { organization_id: SANDBOX_IDS.organization },
    body: { name: 'Research lab', description: 'Research and prototyping teams.' },
  },
});
