import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { FeatureIdSchema, GroupIdSchema, PCM_FIELDS, VOICEPRINT_AUDIO } from './schemas';

/** Update voiceprint: PUT /v1/audio/voiceprint_groups/:group_id/features/:feature_id */
export default defineEndpoint({
  id: 'voiceprint-features-update',
  group: 'audio',
  subgroup: 'voiceprint',
  titleZh: '更新声纹',
  titleEn: 'Update voiceprint',
  description:
    "Changes a voiceprint's name or description, or replaces its recording with a new one. The voiceprint keeps its id.",
  notes: [
    'A PUT with a multipart/form-data body, not JSON, even when no new recording is sent.',
    `A new recording has the same limits as on creation: ${VOICEPRINT_AUDIO}.`,
    'Send only the fields to change. A success carries no `data`.',
  ],
  method: 'PUT',
  path: '/v1/audio/voiceprint_groups/:group_id/features/:feature_id',
  params: {
    path: v.object({ group_id: GroupIdSchema, feature_id: FeatureIdSchema }),
    body: v.object({
      file: v.optional(v.pipe(v.blob(), v.description('A new recording of the speaker, replacing the old one.'))),
      name: v.optional(v.pipe(v.string(), v.description('New name.'), v.examples(['Alice']))),
      desc: v.optional(v.pipe(v.string(), v.description('New description.'))),
      ...PCM_FIELDS,
    }),
  },
  bodyKind: 'multipart',
  responseKind: 'json',
  response: envelope({}),
  permission: 'updateVoiceprintFeature',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go'],
  example: {
    path: { group_id: SANDBOX_IDS.voiceprintGroup, feature_id: SANDBOX_IDS.voiceprintFeature },
    body: { name: 'Alice Chen', desc: 'Re-recorded in a quiet room.' },
  },
});
