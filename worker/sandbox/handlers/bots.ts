import { SANDBOX_IDS } from '../../../catalog/sandbox-ids';
import { CozeCode, CozeError } from '../envelope';
import {
  BOTS,
  FIXTURE_CREATED_AT,
  FIXTURE_IDS,
  FIXTURE_UPDATED_AT,
  SANDBOX_USER,
  iconUrl,
  workflowById,
  type BotFixture,
} from '../fixtures';
import { intParam, pageOf, seconds } from '../params';
import { requireWorkspace } from './workspaces';
import type { Call, Handler } from '../call';
import type { BotRecord, BotSettings } from '../records';
import type { SessionStore } from '../state';

/** A seeded agent as a record: published once, its draft the same as its online version. */
function fixtureRecord(bot: BotFixture): BotRecord {
  const settings: BotSettings = {
    name: bot.name,
    description: bot.description,
    icon_url: bot.icon_url,
    prompt: bot.prompt,
    prologue: bot.prologue,
    suggested_questions: [...bot.suggested_questions],
    suggest_reply_info: { reply_mode: 'enable', customized_prompt: '' },
    model_info_config: { model_id: FIXTURE_IDS.model },
    plugin_apis: bot.needsWeatherPlugin ? [{ plugin_id: FIXTURE_IDS.plugin, api_id: FIXTURE_IDS.pluginApi }] : [],
    workflow_ids: [...bot.workflow_ids],
    dataset_ids: [FIXTURE_IDS.knowledge],
    version: String(FIXTURE_UPDATED_AT * 1000),
    update_time: FIXTURE_UPDATED_AT,
  };
  return {
    id: bot.id,
    space_id: SANDBOX_IDS.workspace,
    create_time: FIXTURE_CREATED_AT,
    needs_weather_plugin: bot.needsWeatherPlugin,
    draft: settings,
    online: { ...settings, published_at: FIXTURE_UPDATED_AT, connector_ids: [SANDBOX_IDS.apiConnector] },
  };
}

/** The agent with this id as the session has it (seeded, created or changed), or undefined. */
async function findBot(store: SessionStore, id: string): Promise<BotRecord | undefined> {
  const stored = await store.item('bot', id);
  if (stored) return stored;
  const fixture = BOTS.find((bot) => bot.id === id);
  return fixture && fixtureRecord(fixture);
}

/** Every agent of the session, seeded ones first, then by creation. */
async function allBots(store: SessionStore): Promise<BotRecord[]> {
  const stored = await store.items('bot');
  const changed = new Set(stored.map((bot) => bot.id));
  return [...BOTS.filter((bot) => !changed.has(bot.id)).map(fixtureRecord), ...stored].sort((a, b) =>
    a.id < b.id ? -1 : 1,
  );
}

async function requireRecord(store: SessionStore, id: unknown): Promise<BotRecord> {
  const bot = await findBot(store, String(id));
  if (!bot) throw new CozeError(CozeCode.notFound, `Agent ${String(id)} not found or not published to the API channel`);
  return bot;
}

/** The agent with this id, as chats and workflows use it (its current settings), or 4200. */
export async function requireBot(store: SessionStore, id: unknown): Promise<BotFixture> {
  const bot = await requireRecord(store, id);
  return {
    id: bot.id,
    name: bot.draft.name,
    description: bot.draft.description,
    icon_url: bot.draft.icon_url,
    prompt: bot.draft.prompt,
    prologue: bot.draft.prologue,
    suggested_questions: bot.draft.suggested_questions,
    needsWeatherPlugin: bot.needs_weather_plugin,
    workflow_ids: bot.draft.workflow_ids,
  };
}

type Body = Readonly<Record<string, unknown>>;
const objectOf = (value: unknown): Body =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Body) : {};

/** Settings with the fields a create or update body gives laid over `base`. */
async function settingsFrom(call: Call, base: BotSettings): Promise<BotSettings> {
  const body = call.body;
  const prompt = objectOf(body['prompt_info']);
  const onboarding = objectOf(body['onboarding_info']);
  const suggest = objectOf(body['suggest_reply_info']);
  const knowledge = objectOf(body['knowledge']);
  const plugins = objectOf(body['plugin_id_list'])['id_list'];
  const workflows = objectOf(body['workflow_id_list'])['ids'];
  let icon = base.icon_url;
  if (typeof body['icon_file_id'] === 'string' && body['icon_file_id'] !== '') {
    if (!(await call.store.file(body['icon_file_id'])))
      throw new CozeError(
        CozeCode.notFound,
        `File ${body['icon_file_id']} not found: upload the icon with upload-file first`,
      );
    icon = `https://sandbox.coze.invalid/files/${body['icon_file_id']}`;
  }
  const name = typeof body['name'] === 'string' ? body['name'] : base.name;
  return {
    name,
    description: typeof body['description'] === 'string' ? body['description'] : base.description,
    icon_url: icon || iconUrl(name.charAt(0).toUpperCase() || 'A', '#4d53e8'),
    prompt: typeof prompt['prompt'] === 'string' ? prompt['prompt'] : base.prompt,
    prologue: typeof onboarding['prologue'] === 'string' ? onboarding['prologue'] : base.prologue,
    suggested_questions: Array.isArray(onboarding['suggested_questions'])
      ? onboarding['suggested_questions'].map(String)
      : base.suggested_questions,
    suggest_reply_info: body['suggest_reply_info']
      ? {
          reply_mode: String(suggest['reply_mode'] ?? base.suggest_reply_info.reply_mode),
          customized_prompt: String(suggest['customized_prompt'] ?? ''),
        }
      : base.suggest_reply_info,
    model_info_config: body['model_info_config']
      ? { ...base.model_info_config, ...objectOf(body['model_info_config']) }
      : base.model_info_config,
    plugin_apis: Array.isArray(plugins)
      ? plugins.map((item) => ({
          plugin_id: String(objectOf(item)['plugin_id']),
          api_id: String(objectOf(item)['api_id']),
        }))
      : base.plugin_apis,
    workflow_ids: Array.isArray(workflows) ? workflows.map((item) => String(objectOf(item)['id'])) : base.workflow_ids,
    dataset_ids: Array.isArray(knowledge['dataset_ids']) ? knowledge['dataset_ids'].map(String) : base.dataset_ids,
    version: String(call.nowMs),
    update_time: seconds(call.nowMs),
  };
}

/** POST /v1/bot/create: a draft agent in the workspace, kept for the session. */
export const createBot: Handler = async (call) => {
  const workspace = await requireWorkspace(call.store, call.body['space_id']);
  const id = await putDraftBot(call, workspace.id, await settingsFrom(call, emptySettings()));
  return { data: { bot_id: id } };
};

/** Settings of an agent with nothing set yet. */
function emptySettings(): BotSettings {
  return {
    name: '',
    description: '',
    icon_url: '',
    prompt: '',
    prologue: '',
    suggested_questions: [],
    suggest_reply_info: { reply_mode: 'disable', customized_prompt: '' },
    model_info_config: { model_id: FIXTURE_IDS.model },
    plugin_apis: [],
    workflow_ids: [],
    dataset_ids: [],
    version: '',
    update_time: 0,
  };
}

/**
 * Keeps a new draft agent (never published) in a workspace and answers its id: what create-bot,
 * and any call that makes an agent (a template copy, say), leaves for retrieve-bot and list-bots.
 * @example await putDraftBot(call, workspaceId, { name: 'Travel Planner', prompt: '…' })
 */
export async function putDraftBot(call: Call, spaceId: string, settings: Partial<BotSettings>): Promise<string> {
  const id = await call.store.nextId();
  await call.store.putItem('bot', id, {
    id,
    space_id: spaceId,
    create_time: seconds(call.nowMs),
    needs_weather_plugin: false,
    draft: { ...emptySettings(), version: String(call.nowMs), update_time: seconds(call.nowMs), ...settings },
  });
  return id;
}

/**
 * A copy of an agent (copy-resource): a new draft with the source's current settings, in the
 * workspace the call names or the source's own.
 */
export async function copyBot(call: Call, sourceId: string, copyId: string): Promise<void> {
  const source = await requireRecord(call.store, sourceId);
  const spaceId = call.body['to_workspace_id'];
  const workspace = typeof spaceId === 'string' ? (await requireWorkspace(call.store, spaceId)).id : source.space_id;
  await call.store.putItem('bot', copyId, {
    id: copyId,
    space_id: workspace,
    create_time: seconds(call.nowMs),
    needs_weather_plugin: source.needs_weather_plugin,
    draft: { ...source.draft, version: String(call.nowMs), update_time: seconds(call.nowMs) },
  });
}

/** POST /v1/bot/update: changes the draft; the published version stays until the next publish. */
export const updateBot: Handler = async (call) => {
  const bot = await requireRecord(call.store, call.body['bot_id']);
  await call.store.putItem('bot', bot.id, { ...bot, draft: await settingsFrom(call, bot.draft) });
  return {};
};

/** POST /v1/bot/publish: the draft becomes the online version on the given channels. */
export const publishBot: Handler = async (call) => {
  const bot = await requireRecord(call.store, call.body['bot_id']);
  const connectorIds = Array.isArray(call.body['connector_ids']) ? call.body['connector_ids'].map(String) : [];
  const online = { ...bot.draft, published_at: seconds(call.nowMs), connector_ids: connectorIds };
  await call.store.putItem('bot', bot.id, { ...bot, online });
  return { data: { bot_id: bot.id, version: bot.draft.version } };
};

/** POST /v1/bots/:bot_id/unpublish: takes the agent off a channel. */
export const unpublishBot: Handler = async (call) => {
  const bot = await requireRecord(call.store, call.path['bot_id']);
  if (bot.online) {
    const connectorIds = bot.online.connector_ids.filter((id) => id !== String(call.body['connector_id']));
    const { online, ...rest } = bot;
    await call.store.putItem(
      'bot',
      bot.id,
      connectorIds.length > 0 ? { ...bot, online: { ...online, connector_ids: connectorIds } } : rest,
    );
  }
  return {};
};

/** Whether the draft has changes the online version lacks. */
const hasDraftChanges = (bot: BotRecord) => bot.online !== undefined && bot.online.version !== bot.draft.version;

function matchesStatus(bot: BotRecord, status: string, connectorId: string): boolean {
  const online = bot.online !== undefined && bot.online.connector_ids.includes(connectorId);
  if (status === 'all') return true;
  if (status === 'unpublished_draft') return bot.online === undefined;
  if (status === 'published_draft') return online && hasDraftChanges(bot);
  return online;
}

/** GET /v1/bots: the workspace's agents, filtered by publish status and channel. */
export const listBots: Handler = async ({ query, store }) => {
  const workspace = await requireWorkspace(store, query['workspace_id']);
  const pageNum = intParam(query['page_num'], 'page_num', 1, 1, 10_000);
  const pageSize = intParam(query['page_size'], 'page_size', 20, 1, 100);
  const status = String(query['publish_status'] ?? 'published_online');
  const connectorId = String(query['connector_id'] ?? SANDBOX_IDS.apiConnector);
  const matching = (await allBots(store)).filter(
    (bot) => bot.space_id === workspace.id && matchesStatus(bot, status, connectorId),
  );
  const page = pageOf(matching, pageNum, pageSize);
  return {
    data: {
      items: page.items.map((bot) => {
        const settings = status === 'published_online' && bot.online ? bot.online : bot.draft;
        return {
          id: bot.id,
          name: settings.name,
          icon_url: settings.icon_url,
          folder_id: '0',
          updated_at: settings.update_time,
          description: settings.description,
          is_published: bot.online !== undefined,
          published_at: bot.online?.published_at ?? 0,
          owner_user_id: SANDBOX_USER.id,
        };
      }),
      total: matching.length,
    },
  };
};

/** GET /v1/space/published_bots_list (deprecated): the workspace's agents published to the API. */
export const listPublishedBots: Handler = async ({ query, store }) => {
  const workspace = await requireWorkspace(store, query['space_id']);
  const pageNum = intParam(query['page_index'], 'page_index', 1, 1, 10_000);
  const pageSize = intParam(query['page_size'], 'page_size', 20, 1, 100);
  const matching = (await allBots(store)).filter(
    (bot) => bot.space_id === workspace.id && matchesStatus(bot, 'published_online', SANDBOX_IDS.apiConnector),
  );
  const page = pageOf(matching, pageNum, pageSize);
  return {
    data: {
      space_bots: page.items.map((bot) => ({
        bot_id: bot.id,
        bot_name: bot.online!.name,
        description: bot.online!.description,
        icon_url: bot.online!.icon_url,
        publish_time: String(bot.online!.published_at),
      })),
      total: matching.length,
    },
  };
};

const noImage = {
  image_url: '',
  theme_color: '',
  canvas_position: { top: 0, left: 0, width: 0, height: 0 },
  gradient_position: { left: 0, right: 0 },
};

/** An agent's whole configuration, as retrieve-bot answers it. */
function botInfo(bot: BotRecord, settings: BotSettings): Record<string, unknown> {
  const weather = bot.needs_weather_plugin;
  const model = settings.model_info_config;
  const plugins = settings.plugin_apis.map((api) =>
    api.plugin_id === FIXTURE_IDS.plugin && api.api_id === FIXTURE_IDS.pluginApi
      ? {
          plugin_id: api.plugin_id,
          name: 'Local weather',
          icon_url: settings.icon_url,
          description: 'A local plugin: the caller runs get_weather and submits its output.',
          api_info_list: [{ api_id: api.api_id, name: 'get_weather', description: 'Current weather for a city.' }],
        }
      : {
          plugin_id: api.plugin_id,
          name: `Plugin ${api.plugin_id}`,
          icon_url: settings.icon_url,
          description: 'A plugin bound to the agent.',
          api_info_list: [{ api_id: api.api_id, name: `tool_${api.api_id}`, description: 'A tool of the plugin.' }],
        },
  );
  return {
    bot_id: bot.id,
    name: settings.name,
    description: settings.description,
    icon_url: settings.icon_url,
    create_time: bot.create_time,
    update_time: settings.update_time,
    version: settings.version,
    prompt_info: { prompt: settings.prompt, prompt_mode: 'standard' },
    onboarding_info: { prologue: settings.prologue, suggested_questions: [...settings.suggested_questions] },
    bot_mode: 0,
    plugin_info_list: plugins,
    model_info: {
      top_k: 0,
      top_p: 0.7,
      model_id: String(model['model_id'] ?? FIXTURE_IDS.model),
      max_tokens: 4096,
      model_name: 'Sandbox Template Model',
      parameters: { thinking_type: 'disabled' },
      temperature: 0.8,
      context_round: 3,
      response_format: 'text',
      presence_penalty: 0,
      frequency_penalty: 0,
      api_mode: 'chat_api',
      ...model,
    },
    folder_id: '0',
    knowledge: {
      dataset_ids: [...settings.dataset_ids],
      auto_call: true,
      search_strategy: 0,
      knowledge_infos: settings.dataset_ids.map((id) => ({
        id,
        name: id === FIXTURE_IDS.knowledge ? 'Coze API notes' : `Knowledge base ${id}`,
      })),
    },
    suggest_reply_info: { ...settings.suggest_reply_info },
    variables: [
      {
        enable: true,
        channel: 'custom',
        keyword: 'user_name',
        variable_type: 'KVVariable',
        description: 'How the agent addresses the user.',
        default_value: '',
        prompt_enable: true,
      },
    ],
    media_config: { is_voice_call_closed: true },
    owner_user_id: SANDBOX_USER.id,
    voice_info_list: [{ voice_id: '7351000000000000931', language_code: weather ? 'en' : 'zh' }],
    shortcut_commands: [
      {
        id: weather ? '7351000000000000922' : '7351000000000000921',
        name: weather ? 'weather' : 'explain',
        tool: weather ? { name: 'get_weather', type: 'plugin' } : { name: 'greeting_workflow', type: 'workflow' },
        command: weather ? '/weather' : '/explain',
        agent_id: '',
        icon_url: settings.icon_url,
        description: weather ? 'Ask for the weather in a city.' : 'Explain an endpoint.',
        query_template: weather ? "What's the weather in {{city}}?" : 'Explain {{endpoint}} to me.',
        components: [
          {
            name: weather ? 'city' : 'endpoint',
            description: weather ? 'The city to ask about.' : 'The endpoint to explain.',
            type: 'text',
            tool_parameter: weather ? 'city' : 'input',
            default_value: weather ? 'Beijing' : 'create-chat',
            is_hide: false,
            options: [],
          },
        ],
      },
    ],
    workflow_info_list: settings.workflow_ids.map((id) => {
      const workflow = workflowById(id);
      return {
        id,
        name: workflow?.name ?? `workflow_${id}`,
        icon_url: workflow?.icon_url ?? settings.icon_url,
        description: workflow?.description ?? 'A workflow bound to the agent.',
      };
    }),
    background_image_info: { web_background_image: noImage, mobile_background_image: noImage },
    default_user_input_type: 'text',
  };
}

/**
 * GET /v1/bots/:bot_id: the published version's configuration (`is_published`, default true), or
 * the draft; an agent never published has only its draft.
 */
export const retrieveBot: Handler = async ({ path, query, store }) => {
  const bot = await requireRecord(store, path['bot_id']);
  if (query['is_published'] === false) return { data: botInfo(bot, bot.draft) };
  if (!bot.online)
    throw new CozeError(
      CozeCode.notFound,
      `Agent ${bot.id} has not been published: read its draft with is_published=false`,
    );
  return { data: botInfo(bot, bot.online) };
};

/** GET /v1/bot/get_online_info (deprecated): the published version's configuration. */
export const retrieveOnlineBot: Handler = async ({ query, store }) => {
  const bot = await requireRecord(store, query['bot_id']);
  if (!bot.online)
    throw new CozeError(CozeCode.notFound, `Agent ${bot.id} not found or not published to the API channel`);
  return { data: botInfo(bot, bot.online) };
};
