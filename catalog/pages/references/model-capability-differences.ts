import { defineDocPage } from '../events/define';

/** Which model settings of an agent each model family accepts. */
export default defineDocPage({
  id: 'model-capability-differences',
  group: 'models',
  titleZh: '模型能力差异',
  titleEn: 'Model capability differences',
  kind: 'reference',
  summary:
    'Which model settings of an agent (prefix caching, deep thinking, the Responses API mode, top_p and temperature) each model accepts when you create or update the agent through the API.',
  sections: [
    {
      kind: 'text',
      paragraphs: [
        'Most fields of `model_info_config` work with every model. A few depend on the model: prefix caching, deep thinking, the Responses API mode, and even the sampling settings `top_p` and `temperature`. The tables below are a snapshot of December 2025 (medium confidence); the model list changes often, so check the Coze console for models not listed.',
      ],
    },
    {
      kind: 'table',
      heading: 'The settings that differ',
      columns: ['Setting', 'Where', 'What it does'],
      rows: [
        [
          'prefix_prompt_info',
          '`prompt_info`',
          'Prompt used as a cached prefix (instead of `prompt`) when prefix caching is on.',
        ],
        [
          'cache_type',
          '`model_info_config`',
          '`prefix` turns on prefix caching through the Context API; `closed` (default) leaves it off.',
        ],
        [
          'parameters (caching)',
          '`model_info_config.parameters`',
          'Caching options of the Responses API, such as `store` and `caching_expire_time`.',
        ],
        [
          'parameters (thinking)',
          '`model_info_config.parameters`',
          'Deep thinking: `{"thinking_type": "enabled" | "disabled" | "auto"}`.',
        ],
        [
          'api_mode',
          '`model_info_config`',
          '`chat_api` (default) sends the history each call; `responses_api` lets the model service keep context and cache it.',
        ],
        ['top_p, temperature', '`model_info_config`', 'Sampling settings; not every model accepts them.'],
      ],
    },
    {
      kind: 'table',
      heading: 'What each model accepts',
      columns: ['Models', 'Accept', 'Do not accept'],
      rows: [
        [
          'Doubao Seed 1.6 family: doubao-seed-1-6-251015, Doubao-seed-1.6-flash-250828 and -250715, doubao-seed-1-6-flash-250615, Doubao-Seed-1.6-250615',
          'prefix_prompt_info, Responses API caching, deep thinking, api_mode, top_p, temperature',
          '—',
        ],
        [
          'Doubao-1.5-pro-32k, Doubao-1.5-lite-32k, DeepSeek-V3-0324',
          'prefix_prompt_info, cache_type (Context API caching)',
          'The Responses API options',
        ],
        [
          'Thinking-only models (Doubao-1.6-thinking-250715, Doubao-Seed-1.6-thinking), Doubao-Seed-Code, Kimi-K2-250905',
          'Not stated beyond the settings common to all models',
          'top_p, temperature',
        ],
        [
          'doubao-1-5-thinking-vision-pro, Doubao-1.5-UI-TARS',
          'top_p, temperature, deep thinking',
          'Caching and Responses API options',
        ],
        [
          'Vision, role-play and older models: Doubao-1.5 vision, character models, Doubao-lite, DeepSeek-R1, moonshot-v1-*, step-*',
          'top_p, temperature',
          'Caching, deep thinking and Responses API options',
        ],
      ],
    },
    {
      kind: 'text',
      heading: 'Deep thinking has a cost',
      paragraphs: [
        'With `thinking_type` set to `enabled`, the agent can no longer use function calls, plugins, triggers, variables, databases or workflows. `auto` is accepted only by the Doubao 1.6 auto-thinking multimodal models.',
      ],
    },
    {
      kind: 'code',
      heading: 'Turn on deep thinking when updating an agent',
      language: 'bash',
      code: `curl -X POST 'https://api.coze.cn/v1/bot/update' \\
  -H "Authorization: Bearer $COZE_API_TOKEN" \\
  -H 'Content-Type: application/json' \\
  -d '{
    "bot_id": "7455701873619140627",
    "model_info_config": {
      "model_id": "1706077826",
      "parameters": { "thinking_type": "enabled" }
    }
  }'`,
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'create-bot', note: 'Set `model_info_config` on a new agent.' },
        { pageId: 'update-bot', note: "Change an agent's model settings." },
        { pageId: 'retrieve-bot', note: "Read an agent's model settings." },
      ],
    },
  ],
});
