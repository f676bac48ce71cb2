import { callbackBody, CALLBACK_APP_LINKS, CALLBACK_HANDLER_CODE, callbackDelivery } from './callback';
import { defineDocPage } from './define';
import { fields } from '../../fields';
import {
  ApplicantInfoSchema,
  ApplyIdSchema,
  capacity,
  ExtensionTypeSchema,
  PluginResourceIdSchema,
} from './plugin-schemas';

/** The `benefit.plugin.scale.expired` callback: a plugin capacity expansion ended. */
export default defineDocPage({
  id: 'callback-event-benefit-plugin-scale-expired',
  group: 'plugins',
  titleZh: '插件扩容到期回调事件',
  titleEn: 'Plugin capacity expansion expired callback',
  kind: 'events',
  summary:
    'What Coze posts to the developer of a paid plugin when a capacity expansion runs out or the user cancels it.',
  sections: [
    callbackDelivery(['Only normal callback apps (not channel apps) receive it. Answer with a plain HTTP 200.']),
    {
      kind: 'events',
      heading: 'Event',
      events: [
        {
          name: 'benefit.plugin.scale.expired',
          direction: 'callback',
          titleZh: '插件扩容到期',
          description:
            'An expansion of your plugin ended, because its period ran out or the user cancelled it; the body says how much capacity went away and what is left.',
          data: callbackBody(
            'benefit.plugin.scale.expired',
            fields(
              {
                apply_id: ApplyIdSchema,
                resource_id: PluginResourceIdSchema,
                applicant_info: ApplicantInfoSchema,
                extension_type: ExtensionTypeSchema,
                expired_capacity: capacity('QPS taken away by this expiry.'),
                current_capacity: capacity('QPS the user has left after it.'),
              },
              'The expansion that ended.',
            ),
          ),
          example: {
            header: {
              event_type: 'benefit.plugin.scale.expired',
              event_id: 'c2e8f5b1-7a3d-4b60-9e12-8f4d6a0c3b95',
              created_at: 1738828805000,
              coze_account_id: '',
              api_app_id: '7456012283413086242',
            },
            event: {
              apply_id: '7457109872301563940',
              resource_id: '7380971257124962339',
              applicant_info: { user_id: 3612009482713545, user_name: 'lin_wei' },
              extension_type: 'QPS',
              expired_capacity: 40,
              current_capacity: 10,
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
        {
          pageId: 'callback-event-benefit-plugin-scale-requested',
          note: 'Sent when a user applies for the expansion.',
        },
        { pageId: 'plugins-retrieve', note: 'Look up the plugin named by `resource_id`.' },
        ...CALLBACK_APP_LINKS,
      ],
    },
  ],
});
