import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { GroupIdSchema } from './schemas';

/** Delete voiceprint group: DELETE /v1/audio/voiceprint_groups/:group_id */
export default defineEndpoint({
  id: 'voiceprint-groups-delete',
  group: 'audio',
  subgroup: 'voiceprint',
  titleZh: '删除声纹组',
  titleEn: 'Delete voiceprint group',
  description:
    'Deletes a voiceprint group together with every voiceprint in it. Chats that name the group can no longer identify speakers with it.',
  notes: ['Cannot be undone; the voiceprints of the group go with it.', 'No body; the id goes in the path.'],
  method: 'DELETE',
  path: '/v1/audio/voiceprint_groups/:group_id',
  params: {
    path: v.object({ group_id: GroupIdSchema }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({}),
  permission: 'deleteVoiceprintGroup',
  destructive: true,
  billable: false,
  sdks: ['python', 'node', 'go'],
  example: { path: { group_id: SANDBOX_IDS.voiceprintGroup } },
});
