import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { PluginDetailSchema } from './plugin-detail';

/** Get plugin detail: GET /v1/plugins/:plugin_id */
export default defineEndpoint({
  id: 'plugins-retrieve',
  group: 'plugins',
  titleZh: '查询插件详情',
  titleEn: 'Get plugin detail',
  description:
    'Returns one plugin with its tools and the JSON Schemas of their arguments and results. Read it before calling a tool, to learn the tool name and what arguments it expects.',
  notes: [
    'Takes official and third-party store plugins as well as plugins of your workspace library.',
    'For a store plugin pass its `entity_id`, not its `product_id`; for a library plugin, the number after `plugin/` in its edit URL.',
    '`mcp_json` comes with a temporary token that lasts one day.',
  ],
  method: 'GET',
  path: '/v1/plugins/:plugin_id',
  params: {
    path: v.object({
      plugin_id: v.pipe(
        v.string(),
        v.nonEmpty('plugin_id is required'),
        v.description(
          "Plugin to read: `metainfo.entity_id` from stores-plugins-list, or a library plugin's id. Store product ids are refused.",
        ),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(v.pipe(PluginDetailSchema, v.description('The plugin.'))),
  }),
  permission: 'Plugin.getPlugin',
  destructive: false,
  billable: false,
  sdks: [],
  example: { path: { plugin_id: SANDBOX_IDS.plugin } },
});
