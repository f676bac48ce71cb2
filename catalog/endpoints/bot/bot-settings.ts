import * as v from 'valibot';
import { choice, decimal, flag, integer, text } from '../../fields';

// The agent settings create-bot and update-bot both take, described once.

/** Agent name, 1-20 characters. */
export const BotNameSchema = v.pipe(
  v.string(),
  v.maxLength(20, 'name takes at most 20 characters'),
  v.description('Agent name, 1-20 characters.'),
  v.examples(['Travel helper']),
);

/** Agent description, up to 500 characters. */
export const BotDescriptionSchema = v.pipe(
  v.string(),
  v.maxLength(500, 'description takes at most 500 characters'),
  v.description('Agent description, 0-500 characters.'),
);

/** Persona prompt, plain or split for prefix caching. */
export const PromptInfoSchema = v.pipe(
  v.object({
    prompt: v.optional(
      v.pipe(
        v.string(),
        v.maxLength(20000, 'prompt takes at most 20,000 characters'),
        v.description(
          'Persona and reply-logic prompt, 0-20,000 characters. With prefix caching on, use `prefix_prompt_info` instead.',
        ),
      ),
    ),
    prompt_mode: v.optional(
      v.pipe(
        v.picklist(['standard', 'prefix']),
        v.description('`standard` (default), or `prefix`: the prompt is split into a cached and a per-request part.'),
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
          dynamic_prompt: v.optional(v.pipe(v.string(), v.description('Per-request part of the prompt, not cached.'))),
        }),
        v.description('Cached and per-request prompt parts; takes the place of `prompt` when prefix caching is on.'),
      ),
    ),
  }),
  v.description('Persona and reply-logic prompt settings.'),
);

/** Opening message and preset questions. */
export const OnboardingInfoSchema = v.pipe(
  v.object({
    prologue: v.optional(
      v.pipe(
        v.string(),
        v.maxLength(300, 'prologue takes at most 300 characters'),
        v.description(
          'Opening message, 0-300 characters. A `{{user_name}}` placeholder is shown as is: the API does not fill it.',
        ),
      ),
    ),
    suggested_questions: v.optional(
      v.pipe(
        v.array(v.pipe(v.string(), v.maxLength(50, 'each suggested question takes at most 50 characters'))),
        v.description('Preset questions shown with the opening message (each 0-50 characters, any number).'),
      ),
    ),
  }),
  v.description('Opening message and preset questions.'),
);

/** Plugin tools bound to the agent. */
export const PluginIdListSchema = v.pipe(
  v.object({
    id_list: v.optional(
      v.pipe(
        v.array(
          v.object({
            api_id: v.pipe(
              v.string(),
              v.nonEmpty('api_id is required'),
              v.description('Tool id inside the plugin (the `tool` value in the tool page URL).'),
            ),
            plugin_id: v.pipe(
              v.string(),
              v.nonEmpty('plugin_id is required'),
              v.description('Plugin id (the `plugin` value in the plugin page URL).'),
            ),
          }),
        ),
        v.description('Plugin tools to bind, one entry per tool.'),
      ),
    ),
  }),
  v.description('Plugin tools to bind to the agent.'),
);

/** Workflows bound to the agent. */
export const WorkflowIdListSchema = v.pipe(
  v.object({
    ids: v.optional(
      v.pipe(
        v.array(
          v.object({
            id: v.pipe(v.string(), v.nonEmpty('id is required'), v.description('Workflow id to bind.')),
          }),
        ),
        v.description('Workflows to bind.'),
      ),
    ),
  }),
  v.description('Workflows to bind to the agent.'),
);

/** Knowledge bases bound to the agent (update-bot only). */
export const KnowledgeSchema = v.pipe(
  v.object({
    dataset_ids: v.optional(
      v.pipe(
        v.array(v.string()),
        v.maxLength(150, 'dataset_ids takes at most 150 knowledge bases'),
        v.description(
          'Coze knowledge bases to bind, at most 150; replaces the whole list. Volcano knowledge bases cannot be bound through the API.',
        ),
      ),
    ),
    auto_call: v.optional(
      v.pipe(
        v.boolean(),
        v.description('true (default): search the knowledge on every turn; false: only when the prompt asks for it.'),
        v.examples([true]),
      ),
    ),
    search_strategy: v.optional(
      v.pipe(
        v.picklist([0, 1, 20]),
        v.description('0 = semantic (default), 1 = hybrid, 20 = full-text.'),
        v.examples([1]),
      ),
    ),
  }),
  v.description('Knowledge base bindings.'),
);

/** The model: the id the Coze console shows. */
const ModelIdSchema = text('Model id: the number after `model/` in the URL of the model detail page.', ['1706077826']);

/**
 * The model settings an agent keeps: create-bot and update-bot send them (`model_info_config`),
 * retrieve-bot reads them back (`model_info`). Which keys and ranges apply depends on the model.
 */
const MODEL_SETTINGS = {
  top_k: v.optional(integer('Size of the sampling candidate set.', [50])),
  top_p: v.optional(
    v.pipe(
      v.number(),
      v.minValue(0),
      v.maxValue(1),
      v.description('Nucleus-sampling cumulative probability, 0-1; not every model takes it.'),
      v.examples([1]),
    ),
  ),
  max_tokens: v.optional(integer('Longest reply, in tokens.', [4096])),
  temperature: v.optional(decimal('Sampling randomness; not every model takes it.', [1])),
  context_round: v.optional(integer('How many earlier rounds of the dialogue go to the model as context.', [30])),
  response_format: v.optional(
    choice(['text', 'markdown', 'json'], 'Reply format: `text`, `markdown` or `json`.', ['text']),
  ),
  presence_penalty: v.optional(decimal('Penalty that discourages repeating topics.', [0])),
  frequency_penalty: v.optional(decimal('Penalty that discourages repeating words and phrases.', [0])),
  api_mode: v.optional(
    choice(
      ['chat_api', 'responses_api'],
      '`chat_api` (default; the history is sent on each call) or `responses_api` (the server keeps and caches the context; some models only).',
      ['chat_api'],
    ),
  ),
  parameters: v.optional(
    v.pipe(
      v.record(v.string(), v.unknown()),
      v.description(
        'Model-specific settings, e.g. `{"thinking_type":"enabled"}` (`enabled`, `disabled` or `auto`) for deep thinking, or `store`/`caching_expire_time` for `responses_api`.',
      ),
      v.examples([{ thinking_type: 'enabled' }]),
    ),
  ),
};

/** Model and generation settings, as create-bot and update-bot send them. */
export const ModelInfoConfigSchema = v.pipe(
  v.object({
    model_id: v.pipe(ModelIdSchema, v.nonEmpty('model_id is required')),
    ...MODEL_SETTINGS,
    sp_anti_leak: v.optional(
      flag('Add an instruction to the system prompt to refuse revealing the prompt (default false).', [true]),
    ),
    sp_current_time: v.optional(flag('Append the current time to the system prompt (default false).', [true])),
    cache_type: v.optional(
      choice(
        ['closed', 'prefix'],
        'Prefix context cache: `closed` (default) or `prefix`; paid editions and some models only.',
        ['closed'],
      ),
    ),
  }),
  v.description('Model and generation settings; which keys and ranges apply depends on the model.'),
  v.examples([{ model_id: '1706077826' }]),
);

/** The model bound to an agent and its settings, as retrieve-bot reads them back. */
export const ModelInfoSchema = v.pipe(
  v.object({
    model_id: v.optional(ModelIdSchema),
    model_name: v.optional(text('Model display name.')),
    ...MODEL_SETTINGS,
  }),
  v.description('The model bound to the agent and its settings.'),
);

/** Suggested follow-up questions after each answer. */
export const SuggestReplyInfoSchema = v.pipe(
  v.object({
    reply_mode: v.optional(
      v.pipe(
        v.picklist(['enable', 'disable', 'customized']),
        v.description('`enable` (up to 3 suggestions), `disable`, or `customized` (written from `customized_prompt`).'),
        v.examples(['enable']),
      ),
    ),
    customized_prompt: v.optional(
      v.pipe(v.string(), v.description('Prompt for the suggestions when `reply_mode` is `customized`.')),
    ),
  }),
  v.description('Follow-up question suggestions.'),
  v.examples([{ reply_mode: 'enable' }]),
);
