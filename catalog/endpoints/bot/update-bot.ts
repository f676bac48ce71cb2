import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import {
  BotDescriptionSchema,
  BotNameSchema,
  KnowledgeSchema,
  ModelInfoConfigSchema,
  OnboardingInfoSchema,
  PluginIdListSchema,
  PromptInfoSchema,
  SuggestReplyInfoSchema,
  WorkflowIdListSchema,
} from './bot-settings';

/** Update agent: POST /v1/bot/update */
export default defineEndpoint({
  id: 'update-bot',
  group: 'bot',
  titleZh: '更新智能体',
  titleEn: 'Update agent',
  description:
    "Changes an agent's draft: name, prompt, model, knowledge, plugins, workflows or opening message. Only the fields you send change; publish again for chats with the published version to see them.",
  notes: [
    'Edits the draft only; call publish-bot afterwards to make the change live.',
    '`knowledge.dataset_ids` replaces the whole list of bound knowledge bases; only Coze knowledge bases can be bound, not Volcano ones.',
  ],
  method: 'POST',
  path: '/v1/bot/update',
  params: {
    body: v.object({
      bot_id: v.pipe(v.string(), v.nonEmpty('bot_id is required'), v.description('Agent to change.')),
      name: v.optional(v.pipe(BotNameSchema, v.nonEmpty('name cannot be empty'))),
      description: v.optional(BotDescriptionSchema),
      icon_file_id: v.optional(
        v.pipe(v.string(), v.description('Id of an image uploaded with upload-file, to use as the new avatar.')),
      ),
      prompt_info: v.optional(PromptInfoSchema),
      onboarding_info: v.optional(OnboardingInfoSchema),
      knowledge: v.optional(KnowledgeSchema),
      plugin_id_list: v.optional(PluginIdListSchema),
      workflow_id_list: v.optional(WorkflowIdListSchema),
      model_info_config: v.optional(ModelInfoConfigSchema),
      suggest_reply_info: v.optional(SuggestReplyInfoSchema),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'edit',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: {
    body: {
      bot_id: SANDBOX_IDS.bot,
      description: 'Answers questions about the sandbox and its objects.',
      onboarding_info: { prologue: 'Hello! Ask me anything about the sandbox.' },
      knowledge: { dataset_ids: [SANDBOX_IDS.dataset], auto_call: true, search_strategy: 1 },
    },
  },
});
