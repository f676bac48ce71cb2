import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { ConversationSchema, envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Create conversation: POST /v1/conversation/create */
export default defineEndpoint({
  id: 'create-conversation',
  group: 'conversation',
  titleZh: '创建会话',
  titleEn: 'Create conversation',
  description:
    'Creates a conversation, optionally tied to an agent and seeded with earlier messages. Use it when several chats should share context: pass the returned id as conversation_id to create-chat.',
  notes: [
    'Every field is optional; an empty body creates an empty conversation.',
    'Set `bot_id` if the conversation should show up in list-conversations for that agent.',
    'The new conversation starts with an empty context section (`last_section_id`).',
  ],
  method: 'POST',
  path: '/v1/conversation/create',
  params: {
    body: v.object({
      bot_id: v.optional(
        v.pipe(
          v.string(),
          v.description("Agent to associate; needed if you later want to list this agent's conversations."),
        ),
      ),
      name: v.optional(v.pipe(v.string(), v.description('Conversation name (max 100 chars, default empty).'))),
      messages: v.optional(
        v.pipe(
          v.array(
            v.object({
              role: v.pipe(
                v.picklist(['user', 'assistant']),
                v.description('`user` or `assistant`.'),
                v.examples(['user']),
              ),
              type: v.optional(
                v.pipe(
                  v.picklist(['question', 'answer', 'function_call', 'tool_output', 'tool_response']),
                  v.description('Message type (default `question`); `question` only with role `user`.'),
                  v.examples(['question']),
                ),
              ),
              content: v.optional(
                v.pipe(
                  v.string(),
                  v.description(
                    'Plain text when `content_type` is `text`; a JSON-serialized object_string array when `object_string`.',
                  ),
                ),
              ),
              meta_data: v.optional(
                v.pipe(
                  v.record(v.string(), v.string()),
                  v.description('Custom key/values stored on the message.'),
                  v.examples([{ uuid: 'newid1234' }]),
                ),
              ),
              content_type: v.optional(
                v.pipe(
                  v.picklist(['text', 'object_string']),
                  v.description('`text` or `object_string` (multimodal). Required when content is set.'),
                  v.examples(['text']),
                ),
              ),
            }),
          ),
          v.description('Messages to seed the new conversation with.'),
        ),
      ),
      connector_id: v.optional(
        v.pipe(
          v.string(),
          v.description(
            'Channel the conversation belongs to: 1024 = API (default), 999 = Chat SDK, or a custom channel ID.',
          ),
          v.examples(['1024']),
        ),
      ),
      meta_data: v.optional(
        v.pipe(
          v.record(v.string(), v.string()),
          v.description(
            'Custom key/values stored on the conversation (returned by retrieve-conversation, not by message lists). Max 16 pairs.',
          ),
          v.examples([{ uuid: 'newid1234' }]),
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    data: v.optional(v.pipe(ConversationSchema, v.description('The conversation.'))),
  }),
  permission: 'createConversation',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: { body: { bot_id: SANDBOX_IDS.bot, name: 'Trip planning', meta_data: { source: 'playground' } } },
});
