import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { ApiAppSchema, ApiAppTypeSchema } from './api-app';

/** List callback apps: GET /v1/api_apps */
export default defineEndpoint({
  id: 'api-apps-list',
  group: 'callbacks',
  titleZh: '查询回调应用列表',
  titleEn: 'List callback apps',
  description:
    'Lists your callback apps with their URLs and verify tokens. Use it to find the id of an app to update, subscribe or delete.',
  notes: [
    'Pages by cursor: send the `next_page_token` of the answer as `page_token` until `has_more` is false.',
    '`page_size` defaults to 50, which is also its maximum.',
  ],
  method: 'GET',
  path: '/v1/api_apps',
  params: {
    query: v.object({
      page_token: v.optional(
        v.pipe(
          v.string(),
          v.description('Cursor: `next_page_token` from the previous answer; omit for the first page.'),
        ),
      ),
      page_size: v.optional(
        v.pipe(
          v.number(),
          v.integer(),
          v.minValue(1),
          v.maxValue(50),
          v.description('Apps per page, 1 to 50 (default 50).'),
          v.examples([50]),
        ),
      ),
      app_type: v.optional(v.pipe(ApiAppTypeSchema, v.description('Only apps of this type; omit for both.'))),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          items: v.optional(v.pipe(v.array(ApiAppSchema), v.description('Apps on this page.'))),
          has_more: v.optional(
            v.pipe(v.boolean(), v.description('Whether another page follows.'), v.examples([false])),
          ),
          next_page_token: v.optional(v.pipe(v.string(), v.description('Cursor to send for the next page.'))),
        }),
        v.description('Page of callback apps.'),
      ),
    ),
  }),
  pagination: { style: 'cursor', cursor: 'page_token', size: 'page_size', next: 'next_page_token' },
  permission: 'listApiApp',
  destructive: false,
  billable: false,
  sdks: ['python'],
  example: { query: { page_size: 50, app_type: 'normal' } },
});
