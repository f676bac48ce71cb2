import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope, PageNumSchema } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** List organizations: GET /v1/enterprises/:enterprise_id/organizations */
export default defineEndpoint({
  id: 'list-organizations',
  group: 'enterprise',
  titleZh: '查询组织列表',
  titleEn: 'List organizations',
  description:
    'Lists the organizations of an enterprise, the default one included, page by page. Use it to find the organization_id the organization calls need.',
  notes: ['`page_size` is at most 20, which is also the most organizations an enterprise can have.'],
  method: 'GET',
  path: '/v1/enterprises/:enterprise_id/organizations',
  params: {
    path: v.object({
      enterprise_id: v.pipe(
        v.string(),
        v.nonEmpty('enterprise_id is required'),
        v.description('Enterprise whose organizations to list.'),
      ),
    }),
    query: v.object({
      page_num: v.optional(PageNumSchema),
      page_size: v.optional(
        v.pipe(
          v.number(),
          v.integer(),
          v.minValue(1),
          v.maxValue(20, 'page_size is at most 20'),
          v.description('Items per page, 1-20 (default 20).'),
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
                  organization_id: v.optional(v.pipe(v.string(), v.description('Organization ID.'))),
                  organization_name: v.optional(v.pipe(v.string(), v.description('Organization name.'))),
                  organization_icon_url: v.optional(v.pipe(v.string(), v.description('Organization icon URL.'))),
                  is_default_organization: v.optional(
                    v.pipe(
                      v.boolean(),
                      v.description("True for the enterprise's default organization, false for custom ones."),
                      v.examples([true]),
                    ),
                  ),
                }),
              ),
              v.description('Organizations on this page.'),
            ),
          ),
          total_count: v.optional(
            v.pipe(
              v.number(),
              v.integer(),
              v.description('Number of organizations in the enterprise.'),
              v.examples([2]),
            ),
          ),
        }),
        v.description('Organization page.'),
      ),
    ),
  }),
  pagination: { style: 'page', page: 'page_num', size: 'page_size' },
  permission: 'Enterprise.listOrganization',
  destructive: false,
  billable: false,
  sdks: [],
  example: { path: { enterprise_id: SANDBOX_IDS.enterprise }, query: { page_num: 1, page_size: 20 } },
});
