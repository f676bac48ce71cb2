import type { DocPage } from '../../types';

/** Bot object: the agent object that the agent endpoints read and write. */
const page: DocPage = {
  id: 'bot-object',
  group: 'bot',
  titleZh: 'Bot object',
  titleEn: 'The agent (bot) object',
  kind: 'guide',
  summary:
    'An agent, as the agent endpoints describe it: identity, prompt, opening message, mode, plugins, model and knowledge. Reading an agent returns this object; creating and updating one take the same parts.',
  sections: [
    {
      kind: 'table',
      heading: 'Fields',
      columns: ['Field', 'Type', 'Meaning'],
      rows: [
        ['`bot_id`', 'string', 'The agent ID, a 64-bit integer sent as a string.'],
        ['`name`', 'string', 'Name.'],
        ['`description`', 'string', 'Description.'],
        ['`icon_url`', 'string', 'Avatar URL.'],
        ['`create_time`', 'integer', 'Created at, Unix seconds.'],
        ['`update_time`', 'integer', 'Last updated at, Unix seconds.'],
        ['`version`', 'string', 'Version number of the latest version.'],
        ['`prompt_info`', 'object', 'The persona and reply prompt: `prompt`.'],
        [
          '`onboarding_info`',
          'object',
          'The opening message (`prologue`) and `suggested_questions`; the latter is missing when suggestions are off.',
        ],
        [
          '`bot_mode`',
          'integer',
          '0 single agent, 1 multi-agent; the SDKs also know 2, a single agent driven by a workflow.',
        ],
        [
          '`plugin_info_list`',
          'array',
          'Plugins: `plugin_id`, `name`, `description`, `icon_url` and `api_info_list` (each tool: `api_id`, `name`, `description`).',
        ],
        ['`model_info`', 'object', 'The model: `model_id` and `model_name`.'],
        ['`knowledge`', 'object', 'Bound knowledge bases: `knowledge_infos`, each with `id` and `name`.'],
      ],
    },
    {
      kind: 'code',
      heading: 'Example',
      language: 'json',
      code: JSON.stringify(
        {
          bot_id: '7351000000000000001',
          name: 'Travel helper',
          description: 'Plans short trips.',
          icon_url: 'https://example.com/icon.png',
          create_time: 1715689059,
          update_time: 1716388526,
          version: '1716388526',
          prompt_info: { prompt: 'You plan weekend trips. Ask for the budget first.' },
          onboarding_info: { prologue: 'Where would you like to go?', suggested_questions: ['A weekend by the sea'] },
          bot_mode: 0,
          plugin_info_list: [
            {
              plugin_id: '7351000000000000101',
              name: 'Weather',
              description: 'Forecasts by city.',
              icon_url: 'https://example.com/weather.png',
              api_info_list: [
                { api_id: '7351000000000000102', name: 'get_forecast', description: 'Three-day forecast.' },
              ],
            },
          ],
          model_info: { model_id: '1737521813', model_name: 'Doubao Pro 32k' },
          knowledge: { knowledge_infos: [{ id: '7351000000000000201', name: 'City guides' }] },
        },
        null,
        2,
      ),
    },
    {
      kind: 'text',
      heading: 'Good to know',
      paragraphs: [
        'Reading an agent returns its published version by default; ask for the draft explicitly to see unpublished changes.',
        'Keep IDs as strings: they exceed the range JavaScript numbers hold exactly.',
      ],
    },
    {
      kind: 'links',
      heading: 'Endpoints',
      links: [
        { pageId: 'retrieve-bot', note: 'Returns this object.' },
        { pageId: 'create-bot' },
        { pageId: 'update-bot' },
        { pageId: 'list-bots' },
        { pageId: 'publish-bot' },
      ],
    },
  ],
};

export default page;
