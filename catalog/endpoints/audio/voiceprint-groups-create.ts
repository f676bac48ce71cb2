import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';

/** Create voiceprint group: POST /v1/audio/voiceprint_groups */
export default defineEndpoint({
  id: 'voiceprint-groups-create',
  group: 'audio',
  subgroup: 'voiceprint',
  titleZh: '创建声纹组',
  titleEn: 'Create voiceprint group',
  description:
    'Creates an empty voiceprint group and returns its id. A group holds the voiceprints of known speakers that speaker identification and voice chat compare a voice against.',
  notes: [
    'Voice chat and realtime rooms use a group through `voice_print_config.group_id` in chat.update or session.update.',
    'Add speakers with voiceprint-features-create, at most 10 per group.',
  ],
  method: 'POST',
  path: '/v1/audio/voiceprint_groups',
  params: {
    body: v.object({
      name: v.pipe(
        v.string(),
        v.nonEmpty('name is required'),
        v.maxLength(20, 'name takes at most 20 characters'),
        v.description('Group name, at most 20 characters.'),
        v.examples(['Family']),
      ),
      desc: v.optional(
        v.pipe(
          v.string(),
          v.maxLength(500, 'desc takes at most 500 characters'),
          v.description('Group description, at most 500 characters.'),
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({ id: v.optional(v.pipe(v.string(), v.description('Id of the new voiceprint group.'))) }),
        v.description('The new group.'),
      ),
    ),
  }),
  permission: 'createVoiceprintGroup',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go'],
  example: { body: { name: 'Family', desc: 'Voices of the household members.' } },
});
