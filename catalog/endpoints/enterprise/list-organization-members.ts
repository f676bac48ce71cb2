import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope, PageNumSchema } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** List organization members: GET /v1/organizations/:organization_id/members */
export default defineEndpoint({
  id: 'list-organization-members',
  group: 'enterprise',
  titleZh: '查询组织成员列表',
  titleEn: 'List organization members',
  description:
    'Lists the people of an organization with their role and whether they are employees or guests, page by page.',
  notes: [
    '`page_size` defaults to 20 and is at most 50.',
    '`is_valid` is false for members whose Volcano Engine account was deleted.',
  ],
  method: 'GET',
  path: '/v1/organizations/:organization_id/members',
  params: {
    path: v.object({
      organization_id: v.pipe(
        v.string(),
        v.nonEmpty('organization_id is required'),
        v.description('Organization whose members to list.'),
      ),
    }),
    query: v.object({
      page_num: v.optional(PageNumSchema),
      page_size: v.optional(
        v.pipe(
          v.number(),
          v.integer(),
          v.minValue(1),
          v.maxValue(50, 'page_size is at most 50'),
          v.description('Items per page, 1-50 (default 20).'),
          v.examples([20]),
        ),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          items: v.optional(
            v.pipe(
              v.array(
                v.object({
                  user_id: v.optional(v.pipe(v.string(), v.description("Member's Coze UID."))),
                  is_valid: v.optional(
                    v.pipe(
                      v.boolean(),
                      v.description("False when the member's underlying Volcano Engine account was deleted."),
                      v.examples([true]),
                    ),
                  ),
                  avatar_url: v.optional(v.pipe(v.string(), v.description('User avatar URL.'))),
                  created_at: v.optional(
                    v.pipe(
                      v.number(),
                      v.integer(),
                      v.description('When the user joined the organization, Unix seconds.'),
                      v.examples([1715000000]),
                    ),
                  ),
                  people_type: v.optional(
                    v.pipe(
                      v.picklist(['employee', 'guest']),
                      v.description('`employee` or `guest`.'),
                      v.examples(['employee']),
                    ),
                  ),
                  user_nickname: v.optional(v.pipe(v.string(), v.description('User nickname.'), v.examples(['John']))),
                  user_unique_name: v.optional(v.pipe(v.string(), v.description('Coze username.'))),
                  organization_role_type: v.optional(
                    v.pipe(
                      v.picklist([
                        'organization_super_admin',
                        'organization_admin',
                        'organization_member',
                        'organization_guest',
                      ]),
                      v.description('Role inside the organization.'),
                      v.examples(['organization_admin']),
                    ),
                  ),
                }),
              ),
              v.description('Members on this page.'),
            ),
          ),
          total_count: v.optional(
            v.pipe(v.number(), v.integer(), v.description('Number of members in the organization.'), v.examples([100])),
          ),
        }),
        v.description('Member page.'),
      ),
    ),
  }),
  pagination: { style: 'page', page: 'page_num', size: 'page_size' },
  permission: 'Account.listOrganizationPeople',
  destructive: false,
  billable: false,
  sdks: [],
  example: { path: { organization_id: SANDBOX_IDS.organization }, query: { page_num: 1, page_size: 20 } },
});
