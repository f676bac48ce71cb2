import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { ChatSchema, envelope } from '../../objects';
import { CHAT_EVENTS } from '../../events';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Create chat: POST /v3/chat */
export default defineEndpoint({
  id: 'create-chat',
  group: 'chat',
  titleZh: '发起对话',
  titleEn: 'Create chat',
  description:
    "Sends a user's message to an agent and returns the agent's answer, either streamed as it is written or as a chat to poll. This is the main call for talking to an agent.",
  notes: [
    '`conversation_id` goes in the query string; leave it out for a one-off chat in a new conversation.',
    'With `stream: true` the answer arrives as SSE events. With `stream: false` you get only the Chat object: poll retrieve-chat (at most once a second) until it ends, then read list-chat-messages.',
    'Non-streaming chats need `auto_save_history: true`, the default.',
    'A conversation runs one chat at a time; starting a second one fails with 4016.',
    'The agent must be published to the API channel (else 4015) unless `publish_status` is `unpublished_draft`.',
  ],
  method: 'POST',
  path: '/v3/chat',
  params: {
    query: v.object({
      conversation_id: v.optional(
        v.pipe(
          v.string(),
          v.description(
            'Existing conversation to run in (its messages become context). Omit for a one-off chat; the server creates a conversation. Only one in-progress chat per conversation (else error 4016).',
          ),
        ),
      ),
    }),
    body: v.object({
      bot_id: v.pipe(
        v.string(),
        v.nonEmpty('bot_id is required'),
        v.description(
          'Agent to chat with (must be published to the API channel unless publish_status=unpublished_draft).',
        ),
      ),
      user_id: v.pipe(
        v.string(),
        v.nonEmpty('user_id is required'),
        v.description(
          'Caller-defined end-user ID; memory, context and database rows are isolated per user_id. Avoid using real business user IDs.',
        ),
        v.examples(['123']),
      ),
      additional_messages: v.optional(
        v.pipe(
          v.array(
            v.object({
              role: v.pipe(v.picklist(['user', 'assistant']), v.description('`user` or `assistant`.')),
              type: v.optional(
                v.pipe(
                  v.picklist(['question', 'answer', 'function_call', 'tool_output', 'tool_response']),
                  v.description(
                    'Message type, default `question` (only with role user). auto_save_history=true allows question/answer; false also allows function_call and tool_output/tool_response. follow_up, knowledge and verbose appear only in responses.',
                  ),
                ),
              ),
              content: v.pipe(
                v.string(),
                v.nonEmpty('content is required'),
                v.description(
                  'Plain text when content_type=text; when content_type=object_string, a JSON-SERIALIZED STRING of an array of object_string parts (see fields of `object_string_item`).',
                ),
              ),
              content_type: v.pipe(
                v.picklist(['text', 'object_string']),
                v.description('`text` or `object_string` (multimodal). `card` and `audio` only occur in responses.'),
              ),
              meta_data: v.optional(
                v.pipe(
                  v.record(v.string(), v.string()),
                  v.description('Custom string key/values kept with the message (max 16 pairs).'),
                ),
              ),
            }),
          ),
          v.maxLength(100, 'additional_messages takes at most 100 messages'),
          v.description(
            'Messages added for this chat (max 100). The last one is used as the user query and should have role user; earlier ones are context. Required if the conversation is empty or not given.',
          ),
        ),
      ),
      stream: v.optional(
        v.pipe(
          v.boolean(),
          v.description(
            'true = SSE stream of chat/message events; false (default) = returns the Chat object immediately, then poll.',
          ),
          v.examples([true]),
        ),
      ),
      custom_variables: v.optional(
        v.pipe(
          v.record(v.string(), v.string()),
          v.description(
            'String map filling `{{key}}` variables in the agent prompt (Jinja2 supported; keys letters/underscore only). Not applied to agent variables or workflows.',
          ),
        ),
      ),
      auto_save_history: v.optional(
        v.pipe(
          v.boolean(),
          v.description(
            "Save this chat's messages to the conversation (default true). Must be true when stream=false and when local plugins are used.",
          ),
          v.examples([true]),
        ),
      ),
      meta_data: v.optional(
        v.pipe(
          v.record(v.string(), v.string()),
          v.description(
            'String map stored on the chat and echoed by retrieve-chat (max 16 pairs; keys 1-64, values 1-512 chars).',
          ),
        ),
      ),
      extra_params: v.optional(
        v.pipe(
          v.record(v.string(), v.string()),
          v.description(
            'String map of extra hints for the model; supported keys: `latitude`, `longitude`. Not passed to workflows.',
          ),
          v.examples([{ latitude: '39.9800718', longitude: '116.309314' }]),
        ),
      ),
      shortcut_command: v.optional(
        v.pipe(
          v.object({
            command_id: v.pipe(
              v.string(),
              v.nonEmpty('command_id is required'),
              v.description('Shortcut command ID (retrieve-bot data.shortcut_commands[].id).'),
            ),
            parameters: v.optional(
              v.pipe(
                v.record(v.string(), v.string()),
                v.description('Map of component name -> value, each value a serialized object_string JSON array.'),
              ),
            ),
          }),
          v.description(
            "Execute one of the agent's shortcut commands; the generated query is appended as the last additional message.",
          ),
        ),
      ),
      parameters: v.optional(
        v.pipe(
          v.record(v.string(), v.unknown()),
          v.description('Custom start-node inputs for a single agent in chatflow mode (published to API/Chat SDK).'),
        ),
      ),
      enable_card: v.optional(
        v.pipe(
          v.boolean(),
          v.description(
            'Return question-node output as card content (default false). Cards only render in Chat SDK; API users can render via Card SDK.',
          ),
        ),
      ),
      publish_status: v.optional(
        v.pipe(
          v.picklist(['published_online', 'unpublished_draft']),
          v.description(
            '`published_online` (default) chats with the published version; `unpublished_draft` with the draft.',
          ),
        ),
      ),
      bot_version: v.optional(
        v.pipe(
          v.string(),
          v.description(
            'Chat with a specific historical version (from list-bot-versions). Not allowed together with unpublished_draft (4000).',
          ),
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  streaming: { enabledBy: { bodyField: 'stream' }, framedWithIds: false, events: CHAT_EVENTS, assemble: 'chat' },
  response: envelope({
    data: v.optional(v.pipe(ChatSchema, v.description('Chat object (non-streaming). Streaming returns SSE instead.'))),
  }),
  permission: 'chat',
  destructive: false,
  billable: true,
  sdks: ['python', 'node', 'go', 'java'],
  example: {
    body: {
      bot_id: SANDBOX_IDS.bot,
      user_id: 'user-1',
      stream: true,
      auto_save_history: true,
      additional_messages: [{ role: 'user', content: 'What can you do?', content_type: 'text' }],
    },
  },
});
