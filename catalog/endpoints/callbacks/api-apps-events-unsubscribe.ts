import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { ApiAppIdSchema, CallbackEventTypeSchema } from './api-app';

/** Unsubscribe callback events: DELETE /v1/api_apps/:api_app_id/events */
export default defineEndpoint({
  id: 'api-apps-events-unsubscribe',
  group: 'callbacks',
  titleZh: '取消订阅事件',
  titleEn: 'Unsubscribe callback events',
  description:
    'Stops Coze pushing the given event types to a callback app; its other subscriptions stay. Use it to silence events you no longer handle.',
  notes: [
    'A DELETE that carries a JSON body: the event types go in `event_types`, not in the URL.',
    'Events of those types are no longer pushed once it succeeds; subscribe again to get them back.',
    'The answer carries no `data`.',
  ],
  method: 'DELETE',
  path: '/v1/api_apps/:api_app_id/events',
  params: {
    path: v.object({ api_app_id: ApiAppIdSchema }),
    body: v.object({
      event_types: v.pipe(
        v.array(CallbackEventTypeSchema),
        v.minLength(1, 'event_types needs at least one event type'),
        v.description('Event types to drop from the subscription.'),
        v.examples([['bot.unpublished']]),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'unsubscribeApiAppEvent',
  destructive: true,
  billable: false,
  sdks: ['python'],
  example: { path: { api_app_id: SANDBOX_IDS.apiApp }, body: { event_types: ['bot.unpublished'] } },
});
