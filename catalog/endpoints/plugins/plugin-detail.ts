import * as v from 'valibot';

/** One tool of a plugin, with the JSON Schemas of what it takes and returns. */
const PluginToolSchema = v.object({
  tool_id: v.optional(v.pipe(v.string(), v.description('Tool id.'))),
  name: v.optional(
    v.pipe(
      v.string(),
      v.description('Tool name; pass it as `tool_name` to plugins-tools-call.'),
      v.examples(['get_weather']),
    ),
  ),
  description: v.optional(v.pipe(v.string(), v.description('What the tool does.'))),
  inputSchema: v.optional(
    v.pipe(
      v.record(v.string(), v.unknown()),
      v.description('JSON Schema of the tool arguments. The key is camelCase, unlike the rest of the object.'),
    ),
  ),
  outputSchema: v.optional(
    v.pipe(
      v.record(v.string(), v.unknown()),
      v.description('JSON Schema of the tool result. The key is camelCase, unlike the rest of the object.'),
    ),
  ),
});

/** A plugin as plugins-retrieve returns it and plugins-mget lists it: identity, state, MCP config, tools. */
export const PluginDetailSchema = v.object({
  plugin_id: v.optional(v.pipe(v.string(), v.description('Plugin id.'))),
  name: v.optional(v.pipe(v.string(), v.description('Plugin name.'))),
  description: v.optional(v.pipe(v.string(), v.description('Plugin description.'))),
  name_for_model: v.optional(v.pipe(v.string(), v.description('Name the model sees for the plugin.'))),
  icon_url: v.optional(v.pipe(v.string(), v.description('Icon URL.'))),
  is_call_available: v.optional(
    v.pipe(
      v.boolean(),
      v.description(
        'Whether the plugin can be called right now; false when, say, the agreement of a third-party paid plugin has not been signed.',
      ),
      v.examples([true]),
    ),
  ),
  created_at: v.optional(
    v.pipe(v.number(), v.integer(), v.description('Creation time, Unix seconds.'), v.examples([1730000000])),
  ),
  updated_at: v.optional(
    v.pipe(v.number(), v.integer(), v.description('Last update time, Unix seconds.'), v.examples([1731000000])),
  ),
  mcp_json: v.optional(
    v.pipe(
      v.string(),
      v.description(
        'A JSON string holding an MCP server config for the plugin (`mcpServers.<name>.url` plus an Authorization header). Its token expires after a day; put your own token there to keep using it.',
      ),
    ),
  ),
  tools: v.optional(v.pipe(v.array(PluginToolSchema), v.description('Tools of the plugin.'))),
});
