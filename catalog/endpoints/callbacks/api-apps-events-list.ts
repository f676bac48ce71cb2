import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { ApiAppIdSchema, CallbackEventTypeSchema } from './api-app';

/** List subscribed events: GET /v1/api_apps/:api_app_id/events */
export default defineEndpoint({
  id: 'api-apps-events-list',
  group: 'callbacks',
  titleZh: '查询已订阅的事件',
  titleEn: 'List subscribed events',
  description: 'Lists the event types a callback app is subscribed to, with a readable name for each.',
  notes: [
    'Pages by cursor: send the `next_page_token` of the answer as `page_token` until `has_more` is false.',
    '`page_size` defaults to 50, which is also its maximum.',
  ],
  method: 'GET',
  path: '/v1/api_apps/:api_app_id/events',
  params: {
    path: v.object({ api_app_id: ApiAppIdSchema }),
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
          v.description('Subscriptions per page, 1 to 50 (default 50).'),
          v.examples([50]),
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
                  api_app_id: v.optional(v.pipe(v.string(), v.description('Callback app id.'))),
                  name: v.optional(v.pipe(v.string(), v.description('Display name of the event.'))),
                  description: v.optional(v.pipe(v.string(), v.description('What the event reports.'))),
                  event_type: v.optional(
                    v.pipe(CallbackEventTypeSchema, v.description('Event type.'), v.examples(['bot.published'])),
                  ),
                }),
              ),
              v.description('Subscriptions on this page.'),
            ),
          ),
          has_more: v.optional(
            v.pipe(v.boolean(), v.description('Whether another page follows.'), v.examples([false])),
          ),
          next_page_token: v.optional(v.pipe(v.string(), v.description('Cursor to send for the next page.'))),
        }),
        v.description('Page of subscriptions.'),
      ),
    ),
  }),
  pagination: { style: 'cursor', cursor: 'page_token', size: 'page_size', next: 'next_page_token' },
  permission: 'listApiApp',
  destructive: false,
  billable: false,
  sdks: ['python'],
  example: { path: { api_app_id: SANDBOX_IDS.apiApp }, query: { page_size: 50 } },
});
