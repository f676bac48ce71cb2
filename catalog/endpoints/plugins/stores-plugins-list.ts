import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope, PageNumSchema } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** One plugin as the store lists it: store metadata and usage figures. */
const StorePluginSchema = v.object({
  metainfo: v.optional(
    v.pipe(
      v.object({
        entity_id: v.optional(
          v.pipe(v.string(), v.description('Plugin id: the `plugin_id` for plugins-retrieve and plugins-tools-call.')),
        ),
        entity_type: v.optional(v.pipe(v.string(), v.description('Always `plugin`.'), v.examples(['plugin']))),
        entity_version: v.optional(v.pipe(v.string(), v.description('Listed version of the plugin.'))),
        product_id: v.optional(
          v.pipe(v.string(), v.description('Store product id; not a plugin id, the plugin endpoints refuse it.')),
        ),
        name: v.optional(v.pipe(v.string(), v.description('Plugin name.'))),
        description: v.optional(v.pipe(v.string(), v.description('Plugin description.'))),
        icon_url: v.optional(v.pipe(v.string(), v.description('Icon URL.'))),
        category: v.optional(
          v.pipe(
            v.object({
              id: v.optional(v.pipe(v.string(), v.description('Category id.'))),
              name: v.optional(v.pipe(v.string(), v.description('Category name.'))),
            }),
            v.description('Store category of the plugin.'),
          ),
        ),
        listed_at: v.optional(
          v.pipe(v.number(), v.integer(), v.description('Time it was listed, Unix seconds.'), v.examples([1730000000])),
        ),
        paid_type: v.optional(v.pipe(v.string(), v.description('Always `paid`.'), v.examples(['paid']))),
        is_official: v.optional(
          v.pipe(v.boolean(), v.description('Whether Coze itself publishes the plugin.'), v.examples([true])),
        ),
        user_info: v.optional(
          v.pipe(
            v.object({
              user_id: v.optional(v.pipe(v.string(), v.description('Coze uid of the developer.'))),
              nick_name: v.optional(v.pipe(v.string(), v.description('Nickname.'))),
              user_name: v.optional(v.pipe(v.string(), v.description('User name.'))),
              avatar_url: v.optional(v.pipe(v.string(), v.description('Avatar URL.'))),
            }),
            v.description('Developer of the plugin.'),
          ),
        ),
      }),
      v.description('What the store shows about the plugin.'),
    ),
  ),
  plugin_info: v.optional(
    v.pipe(
      v.object({
        heat: v.optional(v.pipe(v.number(), v.integer(), v.description('Popularity score.'))),
        call_count: v.optional(v.pipe(v.number(), v.integer(), v.description('Calls so far.'))),
        success_rate: v.optional(
          v.pipe(v.number(), v.description('Share of calls that succeeded, 0 to 1.'), v.examples([0.98])),
        ),
        avg_exec_duration_ms: v.optional(v.pipe(v.number(), v.description('Mean run time of a call, milliseconds.'))),
        bots_use_count: v.optional(
          v.pipe(v.number(), v.integer(), v.description('How many agents and workflows use the plugin.')),
        ),
        associated_bots_use_count: v.optional(
          v.pipe(v.number(), v.integer(), v.description('How many store agents use the plugin.')),
        ),
        favorite_count: v.optional(v.pipe(v.number(), v.integer(), v.description('Times added to favourites.'))),
        total_tools_count: v.optional(v.pipe(v.number(), v.integer(), v.description('Number of tools.'))),
        is_call_available: v.optional(
          v.pipe(v.boolean(), v.description('Whether the plugin can be called right now.'), v.examples([true])),
        ),
        description: v.optional(v.pipe(v.string(), v.description('Plugin description.'))),
      }),
      v.description('Usage figures of the plugin.'),
    ),
  ),
});

/** List paid plugins (plugin store): GET /v1/stores/plugins */
export default defineEndpoint({
  id: 'stores-plugins-list',
  group: 'plugins',
  titleZh: '查询付费插件列表',
  titleEn: 'List paid plugins (plugin store)',
  description:
    'Searches the paid plugins of the Coze plugin store, official and third-party, with their usage figures. Use it to find the id of a plugin to read or call.',
  notes: [
    'Lists paid plugins only; free store plugins do not appear.',
    '`category_ids` travels as one comma-joined query value; take the ids from stores-categories-list.',
    'Use `metainfo.entity_id` as the plugin id elsewhere; `product_id` is a store id the plugin endpoints refuse.',
    'Pages end when `has_more` is false; there is no total.',
  ],
  method: 'GET',
  path: '/v1/stores/plugins',
  params: {
    query: v.object({
      keyword: v.optional(
        v.pipe(v.string(), v.description('Words to match in plugin names and descriptions.'), v.examples(['weather'])),
      ),
      is_official: v.optional(
        v.pipe(
          v.boolean(),
          v.description('true for plugins Coze publishes, false for third-party ones; omit for both.'),
          v.examples([true]),
        ),
      ),
      category_ids: v.optional(
        v.pipe(
          v.array(v.string()),
          v.description('Store categories to keep, from stores-categories-list; sent comma-joined in one value.'),
        ),
      ),
      page_num: v.optional(PageNumSchema),
      page_size: v.optional(
        v.pipe(
          v.number(),
          v.integer(),
          v.minValue(1),
          v.maxValue(100),
          v.description('Plugins per page, up to 100 (default 20).'),
          v.examples([20]),
        ),
      ),
      sort_type: v.optional(
        v.pipe(
          v.picklist(['heat', 'newest', 'relative']),
          v.description(
            '`heat` (most popular first), `newest` (latest listed first) or `relative` (best match first; only with `keyword`).',
          ),
          v.examples(['heat']),
        ),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          items: v.optional(v.pipe(v.array(StorePluginSchema), v.description('Plugins on this page.'))),
          has_more: v.optional(
            v.pipe(v.boolean(), v.description('Whether another page follows.'), v.examples([false])),
          ),
        }),
        v.description('Page of store plugins.'),
      ),
    ),
  }),
  pagination: { style: 'page', page: 'page_num', size: 'page_size' },
  destructive: false,
  billable: false,
  sdks: ['go'],
  example: {
    query: { category_ids: [SANDBOX_IDS.pluginCategory], sort_type: 'heat', page_num: 1, page_size: 20 },
  },
});
