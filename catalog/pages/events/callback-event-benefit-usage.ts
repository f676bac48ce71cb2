import * as v from 'valibot';
import { callbackBody, CALLBACK_APP_LINKS, CALLBACK_HANDLER_CODE, callbackDelivery } from './callback';
import { defineDocPage } from './define';
import { choice, fields, integer, text } from '../../fields';

/** The `benefit.usage` callback: one bill record pushed after each conversation. */
export default defineDocPage({
  id: 'callback-event-benefit-usage',
  group: 'billing',
  titleZh: '账单推送回调事件',
  titleEn: 'Bill push callback',
  kind: 'events',
  summary:
    'What Coze posts after each agent conversation: one record of the resource points or voice-call time it consumed, with the tokens, characters or seconds behind it.',
  sections: [
    callbackDelivery([
      'Bill pushes are available on the personal advanced, team, enterprise and professional plans. Bills of RTC voice calls arrive 3 to 5 hours later than the others. Answer with a plain HTTP 200.',
    ]),
    {
      kind: 'events',
      heading: 'Event',
      events: [
        {
          name: 'benefit.usage',
          direction: 'callback',
          titleZh: '账单推送',
          description:
            'One consumption record. Costs of one conversation share `record_root_id`; which usage fields are filled depends on `resource_type` (tokens for models, characters for TTS, milliseconds for ASR and RTC).',
          data: callbackBody(
            'benefit.usage',
            fields(
              {
                id: text('Id of the bill record.'),
                consume_time: integer('When the resources were consumed, Unix seconds.'),
                record_root_id: text('Links all the costs of one conversation.'),
                connector_id: text(
                  'Channel: `1024` API, `999` Chat SDK, `10000010` the store, or the id of a custom channel.',
                ),
                connector_uid: v.optional(text('End user id within the channel.')),
                device_id: v.optional(text('Device id; may be empty.')),
                custom_consumer: v.optional(text('Entity id of a custom billing dimension.')),
                space_id: text('Workspace of the billed entity.'),
                root_entity_type: choice(
                  [1, 2, 3, 4, 5, 6],
                  'What was billed: 1 agent, 2 workflow, 3 plugin, 4 app, 5 model, 6 voice.',
                ),
                root_entity_id: v.optional(
                  text('Id of the billed entity; empty for model or voice calls not bound to one.'),
                ),
                change_balance: text(
                  'Amount consumed, as a decimal string: resource points, or seconds of voice-call time.',
                ),
                balance_type: choice(
                  [2, 3, 4],
                  'What `change_balance` counts: 2 resource points, 3 voice-call time of the unified system package, 4 voice-call time of a custom package.',
                ),
                resource_type: choice(
                  [1, 2, 3, 4],
                  'Kind of resource: 1 model, 2 plugin, 3 voice (ASR or TTS), 4 RTC.',
                ),
                resource_id: text(
                  'Model id, plugin id, or the billing item of a voice or RTC charge, such as `Tts_system_text_to_speech_chars` or `Rtc_voice_call_duration`.',
                ),
                model_id: v.optional(text('Model id, for model charges.')),
                model_input_token: v.optional(integer('Input tokens.')),
                model_output_token: v.optional(integer('Output tokens.')),
                tts_char_num: v.optional(integer('Characters synthesised.')),
                tts_count: v.optional(integer('Calls of a small TTS model.')),
                asr_audio_length: v.optional(integer('Length of recognised audio, ms.')),
                rtc_duration: v.optional(integer('Length of the RTC call, ms.')),
                rtc_begin_time: v.optional(integer('Start of the RTC call, Unix seconds.')),
                rtc_end_time: v.optional(integer('End of the RTC call, Unix seconds.')),
                cost_account_id: v.optional(text('Account that pays; seen in the doc example only.')),
              },
              'The bill record.',
            ),
          ),
          example: {
            header: {
              event_type: 'benefit.usage',
              event_id: '4a7d2e9c-1b6f-4c83-a05e-9d3b8f7e2c41',
              created_at: 1736226412345,
              coze_account_id: '2157623479101833',
              api_app_id: '7456012283413086242',
            },
            event: {
              id: '7457480192856309798',
              consume_time: 1736226410,
              record_root_id: '7457480150316023834',
              connector_id: '1024',
              connector_uid: 'user_20250107_001',
              device_id: '',
              custom_consumer: '',
              space_id: '7389102345678901234',
              root_entity_type: 1,
              root_entity_id: '7455701873619140627',
              change_balance: '1.2860',
              balance_type: 2,
              resource_type: 1,
              resource_id: '1737521813',
              model_id: '1737521813',
              model_input_token: 1864,
              model_output_token: 326,
              tts_char_num: 0,
              tts_count: 0,
              asr_audio_length: 0,
              rtc_duration: 0,
              rtc_begin_time: 0,
              rtc_end_time: 0,
              cost_account_id: '2157623479101833',
            },
          },
        },
      ],
    },
    {
      kind: 'table',
      heading: 'Which fields a record fills',
      columns: ['resource_type', 'Billed for', 'Usage fields'],
      rows: [
        ['1', 'Model calls', '`model_id`, `model_input_token`, `model_output_token`'],
        ['2', 'Plugin calls', '`resource_id` is the plugin id'],
        ['3', 'Speech recognition and synthesis', '`tts_char_num`, `tts_count`, `asr_audio_length`'],
        ['4', 'RTC voice calls (pushed 3-5 hours late)', '`rtc_duration`, `rtc_begin_time`, `rtc_end_time`'],
      ],
    },
    CALLBACK_HANDLER_CODE,
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'bill-tasks-create', note: 'Export bills for a period as files instead.' },
        { pageId: 'bill-tasks-list', note: 'Download exported bills.' },
        { pageId: 'benefits-get', note: 'See what your plan includes.' },
        ...CALLBACK_APP_LINKS,
      ],
    },
  ],
});
