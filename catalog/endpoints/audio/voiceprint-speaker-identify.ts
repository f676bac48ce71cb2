import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { GroupIdSchema, PCM_FIELDS, VOICEPRINT_AUDIO, wholeNumberField } from './schemas';

/** Identify speaker (compare against a voiceprint group): POST /v1/audio/voiceprint_groups/:group_id/speaker_identify */
export default defineEndpoint({
  id: 'voiceprint-speaker-identify',
  group: 'audio',
  subgroup: 'voiceprint',
  titleZh: '声纹特征比对',
  titleEn: 'Identify speaker (compare against a voiceprint group)',
  description:
    'Compares a recording of an unknown speaker with every voiceprint in a group and returns a similarity score for each. The best score tells you who is most likely speaking.',
  notes: [
    'Send multipart/form-data: the recording in `file`, the other fields as form fields, numbers as digits.',
    `The recording: ${VOICEPRINT_AUDIO}.`,
    'Scores run from 0 to 100, higher meaning more alike; `top_k` keeps only the best k.',
    'Billed as voiceprint recognition.',
  ],
  method: 'POST',
  path: '/v1/audio/voiceprint_groups/:group_id/speaker_identify',
  params: {
    path: v.object({ group_id: GroupIdSchema }),
    body: v.object({
      file: v.pipe(v.blob(), v.description(`Recording of the speaker to identify: ${VOICEPRINT_AUDIO}.`)),
      top_k: wholeNumberField('top_k', 'Return only this many best matches, as digits; all when left out.', '3'),
      ...PCM_FIELDS,
    }),
  },
  bodyKind: 'multipart',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          feature_score_list: v.optional(
            v.pipe(
              v.array(
                v.object({
                  feature_id: v.optional(v.pipe(v.string(), v.description('Voiceprint compared with.'))),
                  feature_name: v.optional(v.pipe(v.string(), v.description('Its name.'))),
                  feature_desc: v.optional(v.pipe(v.string(), v.description('Its description.'))),
                  score: v.optional(
                    v.pipe(v.number(), v.description('Similarity, 0-100; higher is more alike.'), v.examples([86.5])),
                  ),
                }),
              ),
              v.description('One score per voiceprint of the group.'),
            ),
          ),
        }),
        v.description('The comparison.'),
      ),
    ),
  }),
  permission: 'identifyInVoiceprintGroup',
  destructive: false,
  billable: true,
  sdks: ['python', 'node'],
  example: { path: { group_id: SANDBOX_IDS.voiceprintGroup }, body: { top_k: '3' } },
});
