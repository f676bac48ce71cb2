import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { CreatorSchema, GroupIdSchema, VOICEPRINT_TIMESTAMPS, VoiceprintPageNumSchema } from './schemas';

/** List voiceprints in a group: GET /v1/audio/voiceprint_groups/:group_id/features */
export default defineEndpoint({
  id: 'voiceprint-features-list',
  group: 'audio',
  subgroup: 'voiceprint',
  titleZh: '查询声纹列表',
  titleEn: 'List voiceprints in a group',
  description:
    'Lists the voiceprints of one group, page by page, with a link to each original recording. Use it to find the feature_id to update or delete.',
  notes: ['Pages with `page_num` and `page_size` (1-200, default 10); `total` counts every voiceprint of the group.'],
  method: 'GET',
  path: '/v1/audio/voiceprint_groups/:group_id/features',
  params: {
    path: v.object({ group_id: GroupIdSchema }),
    query: v.object({
      page_num: VoiceprintPageNumSchema,
      page_size: v.optional(
        v.pipe(
          v.number(),
          v.integer(),
          v.minValue(1),
          v.maxValue(200),
          v.description('Voiceprints per page, 1-200.'),
          v.examples([10]),
        ),
        10,
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          items: v.optional(
            v.pipe(
              v.array(
                v.object({
                  id: v.optional(v.pipe(v.string(), v.description('Voiceprint id.'))),
                  group_id: v.optional(v.pipe(v.string(), v.description('Group the voiceprint belongs to.'))),
                  name: v.optional(v.pipe(v.string(), v.description('Voiceprint name.'))),
                  desc: v.optional(v.pipe(v.string(), v.description('Voiceprint description.'))),
                  audio_url: v.optional(v.pipe(v.string(), v.description('URL of the original recording.'))),
                  icon_url: v.optional(v.pipe(v.string(), v.description('Avatar URL.'))),
                  ...VOICEPRINT_TIMESTAMPS,
                  user_info: v.optional(v.pipe(CreatorSchema, v.description('Who created the voiceprint.'))),
                }),
              ),
              v.description('Voiceprints on this page.'),
            ),
          ),
          total: v.optional(v.pipe(v.number(), v.integer(), v.description('Number of voiceprints in the group.'))),
        }),
        v.description('A page of voiceprints.'),
      ),
    ),
  }),
  pagination: { style: 'page', page: 'page_num', size: 'page_size' },
  permission: 'listVoiceprintFeature',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go'],
  example: { path: { group_id: SANDBOX_IDS.voiceprintGroup }, query: { page_num: 1, page_size: 10 } },
});
