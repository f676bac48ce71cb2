import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import {
  BotDescriptionSchema,
  BotNameSchema,
  ModelInfoConfigSchema,
  OnboardingInfoSchema,
  PluginIdListSchema,
  PromptInfoSchema,
  SuggestReplyInfoSchema,
  WorkflowIdListSchema,
} from './bot-settings';

/** Create agent: POST /v1/bot/create */
export default defineEndpoint({
  id: 'create-bot',
  group: 'bot',
  titleZh: '创建智能体',
  titleEn: 'Create agent',
  description:
    'Creates an agent in a workspace with its prompt, model, plugins, workflows and opening message, and returns its bot_id. The agent starts as an unpublished draft.',
  notes: [
    'The new agent is a draft: publish it to the API channel (publish-bot) before chatting with its published version.',
    'Knowledge bases cannot be bound here; bind them afterwards with update-bot.',
    'Leave out `icon_file_id` for a default avatar; otherwise upload an image with upload-file first.',
  ],
  method: 'POST',
  path: '/v1/bot/create',
  params: {
    body: v.object({
      space_id: v.pipe(
        v.string(),
        v.nonEmpty('space_id is required'),
        v.description('Workspace to create the agent in.'),
      ),
      name: v.pipe(BotNameSchema, v.nonEmpty('name is required')),
      description: v.optional(BotDescriptionSchema),
      icon_file_id: v.optional(
        v.pipe(
          v.string(),
          v.description('Id of an image uploaded with upload-file, used as the avatar; a default avatar if omitted.'),
        ),
      ),
      prompt_info: v.optional(PromptInfoSchema),
      onboarding_info: v.optional(OnboardingInfoSchema),
      plugin_id_list: v.optional(PluginIdListSchema),
      workflow_id_list: v.optional(WorkflowIdListSchema),
      model_info_config: v.optional(ModelInfoConfigSchema),
      suggest_reply_info: v.optional(SuggestReplyInfoSchema),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          bot_id: v.optional(v.pipe(v.string(), v.description('Id of the new draft agent.'))),
        }),
        v.description('The created agent.'),
      ),
    ),
  }),
  permission: 'createBot',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: {
    body: {
      space_id: SANDBOX_IDS.workspace,
      name: 'Travel helper',
      description: 'Suggests places to visit and plans short trips.',
      prompt_info: { prompt: 'You are a friendly travel guide. Answer briefly and suggest one place at a time.' },
      onboarding_info: {
        prologue: 'Hi! Where would you like to go?',
        suggested_questions: ['Plan a weekend in Hangzhou', 'What should I see in Beijing?'],
      },
      suggest_reply_info: { reply_mode: 'enable' },
    },
  },
});
