import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { FeatureIdSchema, GroupIdSchema } from './schemas';

/** Delete voiceprint: DELETE /v1/audio/voiceprint_groups/:group_id/features/:feature_id */
export default defineEndpoint({
  id: 'voiceprint-features-delete',
  group: 'audio',
  subgroup: 'voiceprint',
  titleZh: '删除声纹',
  titleEn: 'Delete voiceprint',
  description:
    'Removes one voiceprint from its group, so that speaker is no longer recognized. The group and its other voiceprints stay.',
  notes: ['Cannot be undone.', 'No body; both ids go in the path.'],
  method: 'DELETE',
  path: '/v1/audio/voiceprint_groups/:group_id/features/:feature_id',
  params: {
    path: v.object({ group_id: GroupIdSchema, feature_id: FeatureIdSchema }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({}),
  permission: 'deleteVoiceprintFeature',
  destructive: true,
  billable: false,
  sdks: ['python', 'node', 'go'],
  example: { path: { group_id: SANDBOX_IDS.voiceprintGroup, feature_id: SANDBOX_IDS.voiceprintFeature } },
});
