import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { ModelInfoSchema, SuggestReplyInfoSchema } from './bot-settings';

/** One chat background image with its crop and gradient, the same shape for web and mobile. */
const BackgroundImageSchema = v.object({
  image_url: v.optional(
    v.pipe(v.string(), v.description('Background image URL.'), v.examples(['https://example.com/image.jpg'])),
  ),
  theme_color: v.optional(
    v.pipe(v.string(), v.description('Theme color (hex) matched to the image.'), v.examples(['#FFFFFF'])),
  ),
  canvas_position: v.optional(
    v.pipe(
      v.object({
        top: v.optional(v.pipe(v.number(), v.description('Crop top offset in px.'), v.examples([100]))),
        left: v.optional(v.pipe(v.number(), v.description('Crop left offset in px.'), v.examples([50]))),
        width: v.optional(v.pipe(v.number(), v.description('Crop width in px.'), v.examples([300]))),
        height: v.optional(v.pipe(v.number(), v.description('Crop height in px.'), v.examples([200]))),
      }),
      v.description('Crop rectangle of the image in pixels.'),
      v.examples([{ top: 100, left: 50, width: 300, height: 200 }]),
    ),
  ),
  gradient_position: v.optional(
    v.pipe(
      v.object({
        left: v.optional(v.pipe(v.number(), v.description('Left gradient boundary in px.'), v.examples([0]))),
        right: v.optional(
          v.pipe(v.number(), v.description('Right boundary of the gradient in px.'), v.examples([800])),
        ),
      }),
      v.description('Horizontal gradient boundaries in px.'),
      v.examples([{ left: 0, right: 800 }]),
    ),
  ),
});

/** Get agent configuration: GET /v1/bots/:bot_id */
export default defineEndpoint({
  id: 'retrieve-bot',
  group: 'bot',
  titleZh: '查看智能体配置',
  titleEn: 'Get agent configuration',
  description:
    'Returns the whole configuration of one agent: prompt, model, plugins, workflows, knowledge, opening message and shortcut commands. Use it to see what an agent will do, or to read its shortcut command ids before a chat.',
  notes: [
    'Reads the published version by default; pass `is_published=false` to read the current draft.',
    'Unset sections such as background images or shortcut commands come back as empty objects or arrays.',
  ],
  method: 'GET',
  path: '/v1/bots/:bot_id',
  params: {
    path: v.object({
      bot_id: v.pipe(v.string(), v.nonEmpty('bot_id is required'), v.description('ID of the agent to read.')),
    }),
    query: v.object({
      is_published: v.optional(
        v.pipe(
          v.boolean(),
          v.description('true (default) = configuration of the published version; false = current draft.'),
          v.examples([true]),
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
          bot_id: v.optional(v.pipe(v.string(), v.description('Agent ID.'))),
          name: v.optional(v.pipe(v.string(), v.description('Agent name.'))),
          description: v.optional(v.pipe(v.string(), v.description('Agent description.'))),
          icon_url: v.optional(
            v.pipe(v.string(), v.description('Agent avatar URL.'), v.examples(['https://example.com/icon.png'])),
          ),
          create_time: v.optional(
            v.pipe(
              v.number(),
              v.integer(),
              v.description('Creation time, Unix timestamp in seconds.'),
              v.examples([1715689059]),
            ),
          ),
          update_time: v.optional(
            v.pipe(
              v.number(),
              v.integer(),
              v.description('Last update time, Unix timestamp in seconds.'),
              v.examples([1716388526]),
            ),
          ),
          version: v.optional(v.pipe(v.string(), v.description('Latest version number of the agent.'))),
          prompt_info: v.optional(
            v.pipe(
              v.object({
                prompt: v.optional(
                  v.pipe(
                    v.string(),
                    v.description(
                      'Persona / reply-logic prompt, 0-20,000 chars. Not usable when prefix caching is on (use `prefix_prompt_info`).',
                    ),
                  ),
                ),
                prompt_mode: v.optional(
                  v.pipe(
                    v.picklist(['standard', 'prefix']),
                    v.description(
                      '`standard` (default) or `prefix` (prefix-cache mode, prompt split into cached and non-cached parts).',
                    ),
                    v.examples(['standard']),
                  ),
                ),
                prefix_prompt_info: v.optional(
                  v.pipe(
                    v.object({
                      prefix_prompt: v.optional(
                        v.pipe(
                          v.string(),
                          v.description('Stable part of the prompt (rules, templates, background) that gets cached.'),
                        ),
                      ),
                      dynamic_prompt: v.optional(
                        v.pipe(v.string(), v.description('Per-request, non-cached part of the prompt.')),
                      ),
                    }),
                    v.description(
                      'Cached/non-cached prompt parts; required instead of `prompt` when prefix caching is enabled.',
                    ),
                  ),
                ),
              }),
              v.description('Persona and reply-logic prompt settings.'),
            ),
          ),
          onboarding_info: v.optional(
            v.pipe(
              v.object({
                prologue: v.optional(
                  v.pipe(
                    v.string(),
                    v.description(
                      'Opening message shown at the start, 0-300 chars. A `{{user_name}}` placeholder is not substituted by the API.',
                    ),
                  ),
                ),
                suggested_questions: v.optional(
                  v.pipe(v.array(v.string()), v.description('Preset questions; omitted when suggestions are off.')),
                ),
              }),
              v.description('Opening message and preset questions.'),
            ),
          ),
          bot_mode: v.optional(
            v.pipe(
              v.picklist([0, 1, 2]),
              v.description('Agent mode: 0 = single agent, 1 = multi-agent, 2 = single agent driven by a workflow.'),
              v.examples([0]),
            ),
          ),
          plugin_info_list: v.optional(
            v.pipe(
              v.array(
                v.object({
                  plugin_id: v.optional(v.pipe(v.string(), v.description('Plugin ID.'))),
                  name: v.optional(v.pipe(v.string(), v.description('Plugin name.'))),
                  icon_url: v.optional(
                    v.pipe(
                      v.string(),
                      v.description('Plugin icon URL.'),
                      v.examples(['https://example.com/plugin_icon.png']),
                    ),
                  ),
                  description: v.optional(v.pipe(v.string(), v.description('Plugin description.'))),
                  api_info_list: v.optional(
                    v.pipe(
                      v.array(
                        v.object({
                          api_id: v.optional(v.pipe(v.string(), v.description('Tool ID.'))),
                          name: v.optional(
                            v.pipe(v.string(), v.description('Tool name.'), v.examples(['getToutiaoNews'])),
                          ),
                          description: v.optional(v.pipe(v.string(), v.description('Tool description.'))),
                        }),
                      ),
                      v.description('Tools of the plugin.'),
                    ),
                  ),
                }),
              ),
              v.description('Plugins configured on the agent.'),
            ),
          ),
          model_info: v.optional(ModelInfoSchema),
          folder_id: v.optional(v.pipe(v.string(), v.description('Folder containing the agent.'))),
          knowledge: v.optional(
            v.pipe(
              v.object({
                knowledge_infos: v.optional(
                  v.pipe(
                    v.array(
                      v.object({
                        id: v.optional(v.pipe(v.string(), v.description('Knowledge base ID.'))),
                        name: v.optional(v.pipe(v.string(), v.description('Knowledge base name.'))),
                      }),
                    ),
                    v.description('Bound knowledge bases.'),
                  ),
                ),
              }),
              v.description('Knowledge base bindings.'),
            ),
          ),
          variables: v.optional(
            v.pipe(
              v.array(
                v.object({
                  enable: v.optional(
                    v.pipe(v.boolean(), v.description('Whether the variable is enabled.'), v.examples([true])),
                  ),
                  channel: v.optional(
                    v.pipe(
                      v.string(),
                      v.description('Variable source; the API currently only returns `custom` variables.'),
                      v.examples(['custom']),
                    ),
                  ),
                  keyword: v.optional(v.pipe(v.string(), v.description('Variable name.'), v.examples(['name']))),
                  variable_type: v.optional(
                    v.pipe(
                      v.picklist(['KVVariable', 'ListVariable']),
                      v.description('`KVVariable` (one value) or `ListVariable` (a list of values).'),
                      v.examples(['KVVariable']),
                    ),
                  ),
                  description: v.optional(v.pipe(v.string(), v.description('Variable description.'))),
                  default_value: v.optional(v.pipe(v.string(), v.description('Default value of the variable.'))),
                  prompt_enable: v.optional(
                    v.pipe(
                      v.boolean(),
                      v.description(
                        'Whether the variable can be referenced in the prompt (otherwise only in workflows).',
                      ),
                      v.examples([true]),
                    ),
                  ),
                }),
              ),
              v.description('Variables configured on the agent.'),
            ),
          ),
          suggest_reply_info: v.optional(SuggestReplyInfoSchema),
          media_config: v.optional(
            v.pipe(
              v.object({
                is_voice_call_closed: v.optional(
                  v.pipe(
                    v.boolean(),
                    v.description('True when voice calls are turned off (default false).'),
                    v.examples([false]),
                  ),
                ),
              }),
              v.description('Voice-call settings.'),
              v.examples([{ is_voice_call_closed: false }]),
            ),
          ),
          owner_user_id: v.optional(v.pipe(v.string(), v.description("Coze user ID of the agent's creator."))),
          voice_info_list: v.optional(
            v.pipe(
              v.array(
                v.object({
                  voice_id: v.optional(
                    v.pipe(
                      v.string(),
                      v.description('Voice ID (see the voice list API).'),
                      v.examples(['7468512265134899251']),
                    ),
                  ),
                  language_code: v.optional(
                    v.pipe(v.string(), v.description('Language code of the voice.'), v.examples(['zh'])),
                  ),
                }),
              ),
              v.description('Voices (timbres) configured on the agent.'),
              v.examples([[{ voice_id: '7468512265134800000', language_code: 'zh' }]]),
            ),
          ),
          shortcut_commands: v.optional(
            v.pipe(
              v.array(
                v.object({
                  id: v.optional(
                    v.pipe(
                      v.string(),
                      v.description('Shortcut command ID (use as `shortcut_command.command_id` in chat).'),
                    ),
                  ),
                  name: v.optional(v.pipe(v.string(), v.description('Button label of the shortcut.'))),
                  tool: v.optional(
                    v.pipe(
                      v.object({
                        name: v.optional(
                          v.pipe(v.string(), v.description('Name of the plugin or workflow used by the shortcut.')),
                        ),
                        type: v.optional(
                          v.pipe(
                            v.picklist(['workflow', 'plugin']),
                            v.description('`plugin` or `workflow`.'),
                            v.examples(['plugin']),
                          ),
                        ),
                      }),
                      v.description('Tool used by the shortcut command.'),
                    ),
                  ),
                  command: v.optional(
                    v.pipe(v.string(), v.description('Slash-command name of the shortcut.'), v.examples(['/sc_demo'])),
                  ),
                  agent_id: v.optional(
                    v.pipe(v.string(), v.description('For multi-agent bots, the node that answers the shortcut.')),
                  ),
                  icon_url: v.optional(v.pipe(v.string(), v.description('Shortcut icon URL.'))),
                  description: v.optional(v.pipe(v.string(), v.description('Shortcut description.'))),
                  query_template: v.optional(
                    v.pipe(v.string(), v.description('Text the shortcut sends as the query.')),
                  ),
                  components: v.optional(
                    v.pipe(
                      v.array(
                        v.object({
                          name: v.optional(v.pipe(v.string(), v.description('Parameter name shown to the user.'))),
                          description: v.optional(v.pipe(v.string(), v.description('Parameter description.'))),
                          type: v.optional(
                            v.pipe(
                              v.picklist(['text', 'select', 'file']),
                              v.description('How the user fills it: `text`, `select` (from `options`) or `file`.'),
                              v.examples(['text']),
                            ),
                          ),
                          tool_parameter: v.optional(
                            v.pipe(v.string(), v.description('The tool parameter the value is passed to.')),
                          ),
                          default_value: v.optional(
                            v.pipe(v.string(), v.description('Value used when none is given.')),
                          ),
                          is_hide: v.optional(
                            v.pipe(
                              v.boolean(),
                              v.description('True when the parameter is hidden from the user.'),
                              v.examples([false]),
                            ),
                          ),
                          options: v.optional(
                            v.pipe(v.array(v.string()), v.description('Choices of a `select` parameter.')),
                          ),
                        }),
                      ),
                      v.description('Parameters the shortcut asks for, filled into `query_template`.'),
                    ),
                  ),
                }),
              ),
              v.description('Shortcut commands configured on the agent.'),
            ),
          ),
          workflow_info_list: v.optional(
            v.pipe(
              v.array(
                v.object({
                  id: v.optional(v.pipe(v.string(), v.description('Workflow ID.'))),
                  name: v.optional(v.pipe(v.string(), v.description('Workflow name.'))),
                  icon_url: v.optional(
                    v.pipe(
                      v.string(),
                      v.description('Workflow icon URL.'),
                      v.examples(['https://example.com/workflow_icon.png']),
                    ),
                  ),
                  description: v.optional(v.pipe(v.string(), v.description('Workflow description.'))),
                }),
              ),
              v.description('Workflows bound to the agent.'),
            ),
          ),
          background_image_info: v.optional(
            v.pipe(
              v.object({
                web_background_image: v.optional(v.pipe(BackgroundImageSchema, v.description('Background for web.'))),
                mobile_background_image: v.optional(
                  v.pipe(BackgroundImageSchema, v.description('Background for mobile.')),
                ),
              }),
              v.description('Chat background images for web and mobile.'),
            ),
          ),
          default_user_input_type: v.optional(
            v.pipe(
              v.picklist(['text', 'voice', 'call']),
              v.description('Default input method: `text`, `voice` or `call`.'),
              v.examples(['text']),
            ),
          ),
        }),
        v.description('Agent configuration.'),
      ),
    ),
  }),
  permission: 'getMetadata',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go'],
  example: { path: { bot_id: SANDBOX_IDS.bot }, query: { is_published: true } },
});
