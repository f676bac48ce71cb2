import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { GroupIdSchema } from './schemas';

/** Update voiceprint group: PUT /v1/audio/voiceprint_groups/:group_id */
export default defineEndpoint({
  id: 'voiceprint-groups-update',
  group: 'audio',
  subgroup: 'voiceprint',
  titleZh: '更新声纹组信息',
  titleEn: 'Update voiceprint group',
  description: 'Renames a voiceprint group or changes its description. The voiceprints in it stay as they are.',
  notes: ['Send only the fields to change.', 'A success carries no `data`.'],
  method: 'PUT',
  path: '/v1/audio/voiceprint_groups/:group_id',
  params: {
    path: v.object({ group_id: GroupIdSchema }),
    body: v.object({
      name: v.optional(
        v.pipe(
          v.string(),
          v.maxLength(20, 'name takes at most 20 characters'),
          v.description('New name, at most 20 characters.'),
          v.examples(['Family']),
        ),
      ),
      desc: v.optional(
        v.pipe(
          v.string(),
          v.maxLength(500, 'desc takes at most 500 characters'),
          v.description('New description, at most 500 characters.'),
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'updateVoiceprintGroup',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go'],
  example: {
    path: { group_id: SANDBOX_IDS.voiceprintGroup },
    body: { name: 'Household', desc: 'Everyone who lives here.' },
  },
});
