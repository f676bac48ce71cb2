import { callbackBody, CALLBACK_APP_LINKS, CALLBACK_HANDLER_CODE, callbackDelivery } from './callback';
import { defineDocPage } from './define';
import { decimal, fields, integer } from '../../fields';
import {
  ApplicantInfoSchema,
  ApplyIdSchema,
  capacity,
  ExtensionTypeSchema,
  PluginResourceIdSchema,
} from './plugin-schemas';

/** The `benefit.plugin.scale.requested` callback: a user asked for more QPS on a paid plugin. */
export default defineDocPage({
  id: 'callback-event-benefit-plugin-scale-requested',
  group: 'plugins',
  titleZh: '申请插件扩容回调事件',
  titleEn: 'Plugin capacity expansion requested callback',
  kind: 'events',
  summary:
    'What Coze posts to the developer of a third-party paid plugin when a user applies for more calls per second on it.',
  sections: [
    callbackDelivery([
      'Only plugin developers can subscribe to this event, and only with a normal callback app (not a channel app). Answer with a plain HTTP 200.',
    ]),
    {
      kind: 'events',
      heading: 'Event',
      events: [
        {
          name: 'benefit.plugin.scale.requested',
          direction: 'callback',
          titleZh: '申请插件扩容',
          description:
            'A user applied for extra QPS on your plugin for a period; the body says who, for which plugin, how much they use it and the capacity they want.',
          data: callbackBody(
            'benefit.plugin.scale.requested',
            fields(
              {
                apply_id: ApplyIdSchema,
                begin_at: integer('Start of the requested expansion, Unix seconds.'),
                end_at: integer('End of the requested expansion, Unix seconds.'),
                resource_id: PluginResourceIdSchema,
                usage_in_30d: decimal('How many times the applicant called the plugin in the last 30 days.'),
                applicant_info: ApplicantInfoSchema,
                extension_type: ExtensionTypeSchema,
                origin_capacity: capacity('QPS the applicant has now.'),
                target_capacity: capacity('QPS the applicant asks for.'),
              },
              'The expansion request.',
            ),
          ),
          example: {
            header: {
              event_type: 'benefit.plugin.scale.requested',
              event_id: '9d41c0a6-2b7e-4f13-8c55-3e6a0f9b1d27',
              created_at: 1736140032000,
              coze_account_id: '',
              api_app_id: '7456012283413086242',
            },
            event: {
              apply_id: '7457109872301563940',
              begin_at: 1736150400,
              end_at: 1738828800,
              resource_id: '7380971257124962339',
              usage_in_30d: 128430,
              applicant_info: { user_id: 3612009482713545, user_name: 'lin_wei' },
              extension_type: 'QPS',
              origin_capacity: 10,
              target_capacity: 50,
            },
          },
        },
      ],
    },
    CALLBACK_HANDLER_CODE,
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'callback-event-benefit-plugin-scale-expired', note: 'Sent when the expansion ends.' },
        { pageId: 'plugins-retrieve', note: 'Look up the plugin named by `resource_id`.' },
        ...CALLBACK_APP_LINKS,
      ],
    },
  ],
});
