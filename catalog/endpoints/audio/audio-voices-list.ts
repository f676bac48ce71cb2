import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { EMOTIONS } from './schemas';

/** List voices: GET /v1/audio/voices */
export default defineEndpoint({
  id: 'audio-voices-list',
  group: 'audio',
  subgroup: 'tts',
  titleZh: '查看音色列表',
  titleEn: 'List voices',
  description:
    'Lists the voices you can speak with: the built-in system voices and the voices cloned in your workspaces. Use it to pick the voice_id for speech synthesis, an RTC room or a voice chat.',
  notes: [
    'Cloned voices of every workspace you belong to are included, not only your own.',
    '`voice_state` defaults to `cloned`; pass `all` to see voices still being trained (`init`) too.',
    'Pages with `page_num` and `page_size` (at most 100); `has_more` says whether another page follows.',
  ],
  method: 'GET',
  path: '/v1/audio/voices',
  params: {
    query: v.object({
      filter_system_voice: v.optional(
        v.pipe(
          v.boolean(),
          v.description('`true` hides the built-in system voices and returns only cloned ones.'),
          v.examples([false]),
        ),
        false,
      ),
      model_type: v.optional(
        v.pipe(
          v.picklist(['big', 'small']),
          v.description('Only voices of this model size: `big` or `small`; both when left out.'),
        ),
      ),
      voice_state: v.optional(
        v.pipe(
          v.picklist(['init', 'cloned', 'all']),
          v.description('Clone state of the voices to list: `init` (training), `cloned` or `all`.'),
        ),
        'cloned',
      ),
      page_num: v.optional(
        v.pipe(v.number(), v.integer(), v.minValue(1), v.description('Page number, from 1.'), v.examples([1])),
        1,
      ),
      page_size: v.optional(
        v.pipe(
          v.number(),
          v.integer(),
          v.minValue(1),
          v.maxValue(100),
          v.description('Voices per page, 1-100.'),
          v.examples([20]),
        ),
        100,
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          voice_list: v.optional(
            v.pipe(
              v.array(
                v.object({
                  voice_id: v.optional(
                    v.pipe(v.string(), v.description('Voice id, for speech synthesis, RTC rooms and voice chat.')),
                  ),
                  name: v.optional(v.pipe(v.string(), v.description('Voice name.'))),
                  is_system_voice: v.optional(
                    v.pipe(v.boolean(), v.description('`true` for a built-in voice, `false` for a cloned one.')),
                  ),
                  language_code: v.optional(
                    v.pipe(v.string(), v.description('Language the voice speaks.'), v.examples(['zh'])),
                  ),
                  language_name: v.optional(v.pipe(v.string(), v.description('Name of that language.'))),
                  preview_text: v.optional(v.pipe(v.string(), v.description('Text read in the preview clip.'))),
                  preview_audio: v.optional(v.pipe(v.string(), v.description('Public URL of the preview clip.'))),
                  available_training_times: v.optional(
                    v.pipe(
                      v.number(),
                      v.integer(),
                      v.description(
                        'How many more times a cloned voice can be retrained; 10 trainings in all, the first clone included.',
                      ),
                    ),
                  ),
                  create_time: v.optional(
                    v.pipe(
                      v.number(),
                      v.integer(),
                      v.description('Creation time, Unix seconds.'),
                      v.examples([1733817948]),
                    ),
                  ),
                  update_time: v.optional(
                    v.pipe(v.number(), v.integer(), v.description('Last update time, Unix seconds.')),
                  ),
                  model_type: v.optional(
                    v.pipe(v.picklist(['big', 'small']), v.description('Model size behind the voice.')),
                  ),
                  model_name: v.optional(v.pipe(v.string(), v.description('Name of that model.'))),
                  state: v.optional(
                    v.pipe(v.picklist(['init', 'cloned']), v.description('`init` while training, then `cloned`.')),
                  ),
                  support_emotions: v.optional(
                    v.pipe(
                      v.array(
                        v.object({
                          emotion: v.optional(
                            v.pipe(
                              v.picklist(EMOTIONS),
                              v.description('Emotion to pass as `emotion` to speech synthesis.'),
                            ),
                          ),
                          display_name: v.optional(v.pipe(v.string(), v.description('Label shown in the console.'))),
                          emotion_scale_interval: v.optional(
                            v.pipe(
                              v.object({
                                min: v.optional(v.pipe(v.number(), v.description('Weakest strength.'))),
                                max: v.optional(v.pipe(v.number(), v.description('Strongest strength.'))),
                                default: v.optional(v.pipe(v.number(), v.description('Strength used by default.'))),
                              }),
                              v.description('Range of `emotion_scale` this emotion accepts.'),
                            ),
                          ),
                        }),
                      ),
                      v.description('Emotions the voice can express; multi-emotion voices only.'),
                    ),
                  ),
                }),
              ),
              v.description('Voices on this page.'),
            ),
          ),
          has_more: v.optional(v.pipe(v.boolean(), v.description('`true` when another page follows.'))),
        }),
        v.description('A page of voices.'),
      ),
    ),
  }),
  pagination: { style: 'page', page: 'page_num', size: 'page_size' },
  permission: 'listVoice',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: { query: { filter_system_voice: false, voice_state: 'all', page_num: 1, page_size: 20 } },
});
