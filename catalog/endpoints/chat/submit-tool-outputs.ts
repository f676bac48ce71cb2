import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { ChatSchema, envelope } from '../../objects';
import { CHAT_EVENTS } from '../../events';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Submit tool outputs: POST /v3/chat/submit_tool_outputs */
export default defineEndpoint({
  id: 'submit-tool-outputs',
  group: 'chat',
  titleZh: '提交工具执行结果',
  titleEn: 'Submit tool outputs',
  description:
    'Sends the results of tool calls back to a chat that stopped in `requires_action`, so the agent can finish its answer. Use it when your agent has plugins that run on your side.',
  notes: [
    'Both ids go in the query string; the outputs go in the JSON body.',
    "Only works while the chat is in `requires_action`; each `tool_call_id` comes from the chat's `required_action.submit_tool_outputs.tool_calls`.",
    'The chat must have been started with `auto_save_history: true`, otherwise 5000.',
    'With `stream: true` the chat continues with the same SSE events as create-chat.',
  ],
  method: 'POST',
  path: '/v3/chat/submit_tool_outputs',
  params: {
    query: v.object({
      conversation_id: v.pipe(
        v.string(),
        v.nonEmpty('conversation_id is required'),
        v.description('Conversation of the interrupted chat.'),
      ),
      chat_id: v.pipe(v.string(), v.nonEmpty('chat_id is required'), v.description('Chat in `requires_action` state.')),
    }),
    body: v.object({
      stream: v.optional(
        v.pipe(
          v.boolean(),
          v.description(
            'true = continue as an SSE stream with the same events as chat; false (default) = JSON Chat object only.',
          ),
          v.examples([true]),
        ),
      ),
      tool_outputs: v.pipe(
        v.array(
          v.object({
            output: v.pipe(
              v.string(),
              v.nonEmpty('output is required'),
              v.description('Tool result as a string (for files, upload first and pass e.g. a JSON with the file_id).'),
              v.examples(['{"file": "12345"}']),
            ),
            tool_call_id: v.pipe(
              v.string(),
              v.nonEmpty('tool_call_id is required'),
              v.description(
                'ID of the tool call being answered (from `required_action.submit_tool_outputs.tool_calls[].id`).',
              ),
            ),
          }),
        ),
        v.description('Results for the pending tool calls.'),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  streaming: { enabledBy: { bodyField: 'stream' }, framedWithIds: false, events: CHAT_EVENTS, assemble: 'chat' },
  response: envelope({
    data: v.optional(v.pipe(ChatSchema, v.description('Chat object (non-streaming).'))),
  }),
  permission: 'submitToolChat',
  destructive: false,
  billable: true,
  sdks: ['python', 'node', 'go', 'java'],
  example: {
    query: { conversation_id: SANDBOX_IDS.conversation, chat_id: SANDBOX_IDS.pluginChat },
    body: { stream: true, tool_outputs: [{ tool_call_id: SANDBOX_IDS.toolCall, output: '{"temperature":"21°C"}' }] },
  },
});
