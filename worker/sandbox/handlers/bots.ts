import { SANDBOX_IDS } from '../../../catalog/sandbox-ids';
import { CozeCode, CozeError } from '../envelope';
import {
  BOTS,
  FIXTURE_CREATED_AT,
  FIXTURE_IDS,
  FIXTURE_UPDATED_AT,
  SANDBOX_USER,
  botById,
  workflowById,
  type BotFixture,
} from '../fixtures';
import { intParam, pageOf } from '../params';
import { requireWorkspace } from './workspaces';
import type { Handler } from '../call';
import type { SessionBotRecord } from '../records';

/** The agent with this id, or 4200. */
export function requireBot(id: unknown): BotFixture {
  const bot = botById(String(id));
  if (!bot) throw new CozeError(CozeCode.notFound, `Agent ${String(id)} not found or not published to the API channel`);
  return bot;
}

/** GET /v1/bots: every sandbox agent is published, so drafts-only filters find none. */
export const listBots: Handler = async ({ query, store }) => {
  // The agents live in the sandbox workspace; workspaces created in the session start empty.
  const workspace = await requireWorkspace(store, query['workspace_id']);
  const pageNum = intParam(query['page_num'], 'page_num', 1, 1, 10_000);
  const pageSize = intParam(query['page_size'], 'page_size', 20, 1, 100);
  const status = query['publish_status'] ?? 'published_online';
  const published =
    workspace.id === SANDBOX_IDS.workspace && (status === 'all' || status === 'published_online') ? BOTS : [];
  // Agents made in the session (from templates) are drafts that were never published.
  const drafts =
    status === 'all' || status === 'unpublished_draft'
      ? (await store.items('bot')).filter((bot) => bot.space_id === workspace.id)
      : [];
  const matching = [
    ...published.map((bot) => ({ bot, updated_at: FIXTURE_UPDATED_AT, is_published: true })),
    ...drafts.map((bot) => ({ bot, updated_at: bot.updated_at, is_published: false })),
  ];
  const page = pageOf(matching, pageNum, pageSize);
  return {
    data: {
      items: page.items.map(({ bot, updated_at, is_published }) => ({
        id: bot.id,
        name: bot.name,
        icon_url: bot.icon_url,
        folder_id: '0',
        updated_at,
        description: bot.description,
        is_published,
        published_at: is_published ? FIXTURE_UPDATED_AT : 0,
        owner_user_id: SANDBOX_USER.id,
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

/** The configuration of an agent made in the session: a draft with the template's settings. */
function draftFixture(record: SessionBotRecord): BotFixture {
  return {
    id: record.id,
    name: record.name,
    description: record.description,
    icon_url: record.icon_url,
    prompt: record.prompt,
    prologue: record.prologue,
    suggested_questions: record.suggested_questions,
    needsWeatherPlugin: false,
    workflow_ids: record.workflow_ids,
  };
}

/**
 * GET /v1/bots/:bot_id: the whole configuration; for a fixture agent the draft equals the
 * published version, an agent made in the session is a draft read with `is_published=false`.
 */
export const retrieveBot: Handler = async ({ path, query, store }) => {
  const draft = botById(String(path['bot_id'])) ? undefined : await store.item('bot', String(path['bot_id']));
  if (draft && query['is_published'] !== false)
    throw new CozeError(
      CozeCode.notFound,
      `Agent ${draft.id} has not been published: read its draft with is_published=false`,
    );
  const bot = draft ? draftFixture(draft) : requireBot(path['bot_id']);
  return {
    data: {
      bot_id: bot.id,
      name: bot.name,
      description: bot.description,
      icon_url: bot.icon_url,
      create_time: draft?.created_at ?? FIXTURE_CREATED_AT,
      update_time: draft?.updated_at ?? FIXTURE_UPDATED_AT,
      version: draft ? '0' : '1731000000000',
      prompt_info: { prompt: bot.prompt, prompt_mode: 'standard' },
      onboarding_info: { prologue: bot.prologue, suggested_questions: [...bot.suggested_questions] },
      bot_mode: 0,
      plugin_info_list: bot.needsWeatherPlugin
        ? [
            {
              plugin_id: FIXTURE_IDS.plugin,
              name: 'Local weather',
              icon_url: bot.icon_url,
              description: 'A local plugin: the caller runs get_weather and submits its output.',
              api_info_list: [
                { api_id: FIXTURE_IDS.pluginApi, name: 'get_weather', description: 'Current weather for a city.' },
              ],
            },
          ]
        : [],
      model_info: {
        top_k: 0,
        top_p: 0.7,
        model_id: FIXTURE_IDS.model,
        max_tokens: 4096,
        model_name: 'Sandbox Template Model',
        parameters: { thinking_type: 'disabled' },
        temperature: 0.8,
        context_round: 3,
        response_format: 'text',
        presence_penalty: 0,
        frequency_penalty: 0,
        api_mode: 'chat_api',
      },
      folder_id: '0',
      // A copy of a template starts without the fixture agents' knowledge base and shortcuts.
      knowledge: { knowledge_infos: draft ? [] : [{ id: FIXTURE_IDS.knowledge, name: 'Coze API notes' }] },
      variables: [
        {
          enable: true,
          channel: 'custom',
          keyword: 'user_name',
          description: 'How the agent addresses the user.',
          default_value: '',
          prompt_enable: true,
        },
      ],
      media_config: { is_voice_call_closed: true },
      owner_user_id: SANDBOX_USER.id,
      voice_info_list: [{ voice_id: '7351000000000000931', language_code: bot.needsWeatherPlugin ? 'en' : 'zh' }],
      shortcut_commands: draft
        ? []
        : [
            {
              id: bot.needsWeatherPlugin ? '7351000000000000922' : '7351000000000000921',
              name: bot.needsWeatherPlugin ? 'weather' : 'explain',
              tool: bot.needsWeatherPlugin
                ? { name: 'get_weather', type: 'plugin' }
                : { name: 'greeting_workflow', type: 'workflow' },
              command: bot.needsWeatherPlugin ? '/weather' : '/explain',
              agent_id: '',
              icon_url: bot.icon_url,
              description: bot.needsWeatherPlugin ? 'Ask for the weather in a city.' : 'Explain an endpoint.',
              query_template: bot.needsWeatherPlugin
                ? "What's the weather in {{city}}?"
                : 'Explain {{endpoint}} to me.',
            },
          ],
      workflow_info_list: bot.workflow_ids.map((id) => {
        const workflow = workflowById(id)!;
        return { id, name: workflow.name, icon_url: workflow.icon_url, description: workflow.description };
      }),
      background_image_info: { web_background_image: noImage, mobile_background_image: noImage },
      default_user_input_type: 'text',
    },
  };
};
