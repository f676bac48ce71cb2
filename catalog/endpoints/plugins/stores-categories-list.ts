import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope, PageNumSchema } from '../../objects';

/** List plugin categories: GET /v1/stores/categories */
export default defineEndpoint({
  id: 'stores-categories-list',
  group: 'plugins',
  titleZh: '查询插件分类',
  titleEn: 'List plugin categories',
  description:
    'Lists the categories of the plugin store. Their ids narrow stores-plugins-list to plugins of chosen categories.',
  notes: ['`entity_type` is required and `plugin` is its only value.', 'Pages end when `has_more` is false.'],
  method: 'GET',
  path: '/v1/stores/categories',
  params: {
    query: v.object({
      entity_type: v.pipe(
        v.picklist(['plugin']),
        v.description('Kind of store entry whose categories to list; only `plugin`.'),
        v.examples(['plugin']),
      ),
      page_num: v.optional(PageNumSchema),
      page_size: v.optional(
        v.pipe(
          v.number(),
          v.integer(),
          v.minValue(1),
          v.maxValue(100),
          v.description('Categories per page, up to 100 (default 20).'),
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
                  id: v.optional(v.pipe(v.string(), v.description('Category id, for `category_ids`.'))),
                  name: v.optional(v.pipe(v.string(), v.description('Category name.'), v.examples(['Utilities']))),
                }),
              ),
              v.description('Categories on this page.'),
            ),
          ),
          has_more: v.optional(
            v.pipe(v.boolean(), v.description('Whether another page follows.'), v.examples([false])),
          ),
        }),
        v.description('Page of categories.'),
      ),
    ),
  }),
  pagination: { style: 'page', page: 'page_num', size: 'page_size' },
  destructive: false,
  billable: false,
  sdks: [],
  example: { query: { entity_type: 'plugin', page_num: 1, page_size: 20 } },
});
