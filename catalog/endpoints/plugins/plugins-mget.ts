import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { PluginDetailSchema } from './plugin-detail';

/** Batch get plugin info: GET /v1/plugins/mget */
export default defineEndpoint({
  id: 'plugins-mget',
  group: 'plugins',
  titleZh: '批量查询插件信息',
  titleEn: 'Batch get plugin info',
  description:
    'Reads up to 20 plugins in one call, each in the same shape plugins-retrieve returns. Use it to show the tools of several plugins at once.',
  notes: [
    '`ids` travels as one comma-joined query value: `?ids=<id>,<id>`.',
    'The plugins come back in `data.items[]`, not directly in `data` as for a single plugin.',
  ],
  method: 'GET',
  path: '/v1/plugins/mget',
  params: {
    query: v.object({
      ids: v.pipe(
        v.array(v.string()),
        v.minLength(1, 'ids needs at least one plugin id'),
        v.maxLength(20, 'ids takes at most 20 plugin ids'),
        v.description('Plugins to read, 1 to 20 ids, sent comma-joined in one query value.'),
        v.examples([[SANDBOX_IDS.plugin]]),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          items: v.optional(v.pipe(v.array(PluginDetailSchema), v.description('One entry per plugin found.'))),
        }),
        v.description('The plugins.'),
      ),
    ),
  }),
  permission: 'Plugin.getPlugin',
  destructive: false,
  billable: false,
  sdks: [],
  example: { query: { ids: [SANDBOX_IDS.plugin] } },
});
