import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { CHAT_EVENTS } from '../../events';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Run chatflow: POST /v1/workflows/chat */
export default defineEndpoint({
  id: 'run-chatflow',
  group: 'workflow',
  titleZh: '执行对话流',
  titleEn: 'Run chatflow',
  description:
    'Sends a message to a chatflow and streams its answer with the same events as an agent chat. Use it to talk to a chatflow directly, on behalf of an agent or inside an app.',
  notes: [
    'Always streams; there is no JSON or async mode.',
    'Give exactly one of `bot_id` (library chatflows) and `app_id` (chatflows inside an app).',
    '`parameters` is required; send `{}` when the chatflow has no custom inputs.',
    'The `done` event carries `{"debug_url": ...}` instead of `[DONE]`.',
    'A question or input node shows up as a verbose message with `msg_type` "interrupt"; answer it by calling again with the reply in `additional_messages`.',
  ],
  method: 'POST',
  path: '/v1/workflows/chat',
  params: {
    body: v.object({
      workflow_id: v.pipe(
        v.string(),
        v.nonEmpty('workflow_id is required'),
        v.description('Published chatflow to run.'),
      ),
      additional_messages: v.pipe(
        v.array(
          v.object({
            role: v.pipe(v.picklist(['user', 'assistant']), v.description('`user` or `assistant`.')),
            type: v.optional(
              v.pipe(
                v.picklist(['question', 'answer', 'function_call', 'tool_response']),
                v.description('Default `question`.'),
              ),
            ),
            content: v.optional(
              v.pipe(
                v.string(),
                v.description(
                  'Plain text only (no multimodal; use `parameters` for files). For input nodes a JSON object string of key/values is accepted.',
                ),
              ),
            ),
            content_type: v.optional(
              v.pipe(v.picklist(['text']), v.description('Always `text`; required when content is given.')),
            ),
            meta_data: v.optional(
              v.pipe(v.record(v.string(), v.string()), v.description('Custom string key/values (max 16 pairs).')),
            ),
          }),
        ),
        v.maxLength(50, 'additional_messages takes at most 50 messages'),
        v.description(
          'Chat history plus the current question (last item, role `user`) which becomes USER_INPUT; max 50. Also used to answer question/input nodes after an interruption.',
        ),
      ),
      parameters: v.pipe(
        v.record(v.string(), v.unknown()),
        v.description(
          'Custom start-node inputs (files as URL or `{"file_id":...}` JSON string). `CONVERSATION_NAME` binds a named app conversation (prefer conversation_id).',
        ),
        v.examples([{ image: '{"file_id":"1122334455"}', user_name: 'George' }]),
      ),
      app_id: v.optional(
        v.pipe(
          v.string(),
          v.description(
            'App to run under; required for chatflows inside an app (one of app_id/bot_id is required, never both).',
          ),
        ),
      ),
      bot_id: v.optional(
        v.pipe(
          v.string(),
          v.description('Agent to run under for a library chatflow (one of app_id/bot_id is required, never both).'),
        ),
      ),
      conversation_id: v.optional(
        v.pipe(
          v.string(),
          v.description(
            'Conversation to store messages in; must be created by the same token owner; overrides CONVERSATION_NAME. With bot_id and no conversation_id a new one is created.',
          ),
        ),
      ),
      ext: v.optional(
        v.pipe(
          v.record(v.string(), v.string()),
          v.description('Extra string key/values; only `latitude`, `longitude` and `user_id` are supported.'),
          v.examples([{ latitude: '39.9042', longitude: '116.4074', user_id: '123456789' }]),
        ),
      ),
      workflow_version: v.optional(
        v.pipe(
          v.string(),
          v.description('Version of a library chatflow; latest when omitted.'),
          v.examples(['v0.0.5']),
        ),
      ),
      connector_id: v.optional(
        v.pipe(
          v.string(),
          v.description(
            'Channel of the run (default 1024 API; 999 Chat SDK, 998 Web SDK, others). Conversations are isolated per channel.',
          ),
          v.examples(['1024']),
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'sse',
  streaming: { enabledBy: 'always', framedWithIds: false, events: CHAT_EVENTS, assemble: 'chat' },
  response: envelope({}),
  permission: 'run',
  destructive: false,
  billable: true,
  sdks: ['python', 'node', 'go', 'java'],
  example: {
    body: {
      workflow_id: SANDBOX_IDS.chatflow,
      bot_id: SANDBOX_IDS.bot,
      additional_messages: [{ role: 'user', content: 'What can you do?', content_type: 'text' }],
      parameters: { user_name: 'George' },
    },
  },
});
