import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { ApiAppIdSchema, CallbackEventTypeSchema } from './api-app';

/** Subscribe callback events: POST /v1/api_apps/:api_app_id/events */
export default defineEndpoint({
  id: 'api-apps-events-subscribe',
  group: 'callbacks',
  titleZh: '订阅回调事件',
  titleEn: 'Subscribe callback events',
  description:
    "Chooses which events Coze pushes to a callback app: agent lifecycle, usage bills or plugin QPS expansions. Each event then arrives as a POST to the app's URL.",
  notes: [
    '`bot.published`, `bot.deleted` and `bot.unpublished` follow agents; `benefit.usage` pushes usage bills; `benefit.plugin.scale.requested` and `benefit.plugin.scale.expired` follow plugin QPS expansions.',
    'Your server must answer each pushed event with HTTP 200 within 3 seconds, and should drop repeats by `event_id`.',
    'The answer carries no `data`.',
  ],
  method: 'POST',
  path: '/v1/api_apps/:api_app_id/events',
  params: {
    path: v.object({ api_app_id: ApiAppIdSchema }),
    body: v.object({
      event_types: v.pipe(
        v.array(CallbackEventTypeSchema),
        v.minLength(1, 'event_types needs at least one event type'),
        v.description('Event types to add to the subscription.'),
        v.examples([['bot.published', 'bot.unpublished']]),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'subscribeApiAppEvent',
  destructive: false,
  billable: false,
  sdks: ['python'],
  example: { path: { api_app_id: SANDBOX_IDS.apiApp }, body: { event_types: ['bot.published', 'bot.unpublished'] } },
});
