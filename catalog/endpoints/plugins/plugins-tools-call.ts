import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Call a plugin tool: POST /v1/plugins/:plugin_id/tools/call */
export default defineEndpoint({
  id: 'plugins-tools-call',
  group: 'plugins',
  titleZh: '调用插件工具',
  titleEn: 'Call a plugin tool',
  description:
    'Runs one tool of a paid store plugin with the arguments you give and returns its result, without going through an agent or a workflow.',
  notes: [
    'Paid Coze plans only, and only for paid store plugins (official or third-party).',
    'Tokens issued for a channel are refused.',
    'Each call counts against the `call_tool_limit` benefit (see benefits-get) and its QPS cap, and the plugin may charge for it.',
    'Take `tool_name` and the shape of `arguments` from plugins-retrieve: `tools[].name` and `tools[].inputSchema`.',
  ],
  method: 'POST',
  path: '/v1/plugins/:plugin_id/tools/call',
  params: {
    path: v.object({
      plugin_id: v.pipe(
        v.string(),
        v.nonEmpty('plugin_id is required'),
        v.description('Paid plugin whose tool to run: `metainfo.entity_id` from stores-plugins-list.'),
      ),
    }),
    body: v.object({
      tool_name: v.pipe(
        v.string(),
        v.nonEmpty('tool_name is required'),
        v.description('Tool to run, as named in `tools[].name` of plugins-retrieve.'),
        v.examples(['get_weather']),
      ),
      arguments: v.pipe(
        v.record(v.string(), v.unknown()),
        v.description("Tool arguments as a JSON object that fits the tool's `inputSchema`."),
        v.examples([{ city: 'Hangzhou' }]),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          result: v.optional(
            v.pipe(
              v.record(v.string(), v.unknown()),
              v.description("The tool's output, shaped as its `outputSchema` says."),
            ),
          ),
        }),
        v.description('Result of the call.'),
      ),
    ),
  }),
  permission: 'Plugin.callTool',
  destructive: false,
  billable: true,
  sdks: [],
  example: {
    path: { plugin_id: SANDBOX_IDS.plugin },
    body: { tool_name: 'get_weather', arguments: { city: 'Hangzhou' } },
  },
});
