import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { GroupIdSchema, PCM_FIELDS, VOICEPRINT_AUDIO } from './schemas';

/** Create voiceprint: POST /v1/audio/voiceprint_groups/:group_id/features */
export default defineEndpoint({
  id: 'voiceprint-features-create',
  group: 'audio',
  subgroup: 'voiceprint',
  titleZh: '创建声纹',
  titleEn: 'Create voiceprint',
  description:
    "Adds a speaker to a voiceprint group from a recording of their voice and returns the new voiceprint's id. Speaker identification and voice chat can then recognize that person.",
  notes: [
    'Send multipart/form-data: the recording in `file`, the other fields as form fields.',
    `The recording: ${VOICEPRINT_AUDIO}.`,
    'Give `sample_rate` and `channel` for pcm recordings; form fields are text, so send them as digits.',
    'A group holds at most 10 voiceprints.',
  ],
  method: 'POST',
  path: '/v1/audio/voiceprint_groups/:group_id/features',
  params: {
    path: v.object({ group_id: GroupIdSchema }),
    body: v.object({
      file: v.pipe(v.blob(), v.description(`Recording of the speaker: ${VOICEPRINT_AUDIO}.`)),
      name: v.pipe(
        v.string(),
        v.nonEmpty('name is required'),
        v.description("Voiceprint name, such as the person's name."),
        v.examples(['Alice']),
      ),
      desc: v.optional(v.pipe(v.string(), v.description('Description of the voiceprint.'))),
      ...PCM_FIELDS,
    }),
  },
  bodyKind: 'multipart',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({ id: v.optional(v.pipe(v.string(), v.description('Id of the new voiceprint.'))) }),
        v.description('The new voiceprint.'),
      ),
    ),
  }),
  permission: 'createVoiceprintFeature',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go'],
  example: {
    path: { group_id: SANDBOX_IDS.voiceprintGroup },
    body: { name: 'Alice', desc: 'Recorded in the study.' },
  },
});
