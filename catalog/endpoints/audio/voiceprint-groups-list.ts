import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { CreatorSchema, VOICEPRINT_TIMESTAMPS, VoiceprintPageNumSchema } from './schemas';

/** List voiceprint groups: GET /v1/audio/voiceprint_groups */
export default defineEndpoint({
  id: 'voiceprint-groups-list',
  group: 'audio',
  subgroup: 'voiceprint',
  titleZh: '查询声纹组列表',
  titleEn: 'List voiceprint groups',
  description:
    'Lists the voiceprint groups of your team or enterprise, page by page, with how many voiceprints each holds. Filter by name prefix, creator or a single group id.',
  notes: [
    'Pages with `page_num` and `page_size` (1-200, default 10); `total` counts every matching group.',
    '`user_id` may only be your own Coze user id; leave it out to list every group.',
  ],
  method: 'GET',
  path: '/v1/audio/voiceprint_groups',
  params: {
    query: v.object({
      page_num: VoiceprintPageNumSchema,
      page_size: v.optional(
        v.pipe(
          v.number(),
          v.integer(),
          v.minValue(1),
          v.maxValue(200),
          v.description('Groups per page, 1-200.'),
          v.examples([10]),
        ),
        10,
      ),
      name: v.optional(v.pipe(v.string(), v.description('Only groups whose name starts with this.'))),
      user_id: v.optional(
        v.pipe(v.string(), v.description('Only groups created by this Coze user; it can only be your own id.')),
      ),
      group_id: v.optional(v.pipe(v.string(), v.description('Only this group.'))),
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
                  id: v.optional(v.pipe(v.string(), v.description('Group id.'))),
                  name: v.optional(v.pipe(v.string(), v.description('Group name.'))),
                  desc: v.optional(v.pipe(v.string(), v.description('Group description.'))),
                  icon_url: v.optional(v.pipe(v.string(), v.description('Avatar URL of the group.'))),
                  feature_count: v.optional(
                    v.pipe(v.number(), v.integer(), v.description('Voiceprints in the group.'), v.examples([3])),
                  ),
                  ...VOICEPRINT_TIMESTAMPS,
                  user_info: v.optional(v.pipe(CreatorSchema, v.description('Who created the group.'))),
                }),
              ),
              v.description('Groups on this page.'),
            ),
          ),
          total: v.optional(v.pipe(v.number(), v.integer(), v.description('Number of matching groups.'))),
        }),
        v.description('A page of voiceprint groups.'),
      ),
    ),
  }),
  pagination: { style: 'page', page: 'page_num', size: 'page_size' },
  permission: 'listVoiceprintGroup',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go'],
  example: { query: { page_num: 1, page_size: 10 } },
});
