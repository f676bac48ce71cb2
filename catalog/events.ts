import * as v from 'valibot';
import { ChatSchema, MessageSchema, StreamErrorSchema, UsageSchema } from './objects';
import type { StreamEvent } from './types';

/** Events of chat streams (create-chat, submit-tool-outputs, run-chatflow), in the order Coze sends them. */
export const CHAT_EVENTS: readonly StreamEvent[] = [
  {
    name: 'conversation.chat.created',
    description: 'The chat was created; a Chat object with status `created`.',
    data: ChatSchema,
  },
  {
    name: 'conversation.chat.in_progress',
    description: 'The agent started working; status `in_progress`.',
    data: ChatSchema,
  },
  {
    name: 'conversation.message.delta',
    description: 'A chunk of a message as the model writes it; join the `content` of all deltas for the answer.',
    data: MessageSchema,
  },
  {
    name: 'conversation.audio.delta',
    description: 'A chunk of base64 audio, only when the input held audio.',
    data: MessageSchema,
  },
  {
    name: 'conversation.message.completed',
    description:
      'A whole message: the answer, tool calls and outputs, knowledge recall, verbose notes or follow-up suggestions.',
    data: MessageSchema,
  },
  {
    name: 'conversation.chat.completed',
    description: 'The chat finished; the Chat object carries the final usage.',
    data: ChatSchema,
  },
  { name: 'conversation.chat.failed', description: 'The chat failed; `last_error` says why.', data: ChatSchema },
  {
    name: 'conversation.chat.requires_action',
    description:
      'The agent waits for local tool results: answer `required_action.submit_tool_outputs.tool_calls` with submit-tool-outputs.',
    data: ChatSchema,
  },
  { name: 'error', description: 'The stream failed; `{code, msg}`.', data: StreamErrorSchema },
  {
    name: 'done',
    description: 'The stream ends. In chat v3 the data is the literal `[DONE]`; in chatflows `{"debug_url": ...}`.',
  },
];

/** The data of a workflow `Message` event. */
export const WorkflowMessageSchema = v.object({
  content: v.optional(v.pipe(v.string(), v.description('Output of the node: the message text or JSON.'))),
  content_type: v.optional(v.pipe(v.string(), v.description('Format of `content`, such as `text`.'))),
  node_title: v.optional(v.pipe(v.string(), v.description('Title of the output or end node.'))),
  node_seq_id: v.optional(
    v.pipe(v.string(), v.description('Sequence number of the message within the node, from "0".')),
  ),
  node_is_finish: v.optional(v.pipe(v.boolean(), v.description("Whether this is the node's last message."))),
  node_id: v.optional(v.pipe(v.string(), v.description('Node id.'))),
  node_execute_uuid: v.optional(v.pipe(v.string(), v.description('Execution id of the node.'))),
  ext: v.optional(v.pipe(v.record(v.string(), v.unknown()), v.description('Extra fields.'))),
  usage: v.optional(v.pipe(UsageSchema, v.description('Token usage; on the last message only.'))),
});

/** The data of a workflow `Interrupt` event. */
export const WorkflowInterruptSchema = v.object({
  interrupt_data: v.pipe(
    v.object({
      event_id: v.pipe(v.string(), v.description('Pass it to the resume call as `event_id`.')),
      type: v.pipe(
        v.picklist([2, 5, 6, 7]),
        v.description(
          '2 question node, 5 input node, 6 local plugin, 7 OAuth plugin; pass it back as `interrupt_type`.',
        ),
      ),
      data: v.optional(v.pipe(v.string(), v.description('What the node asks, e.g. the question text.'))),
    }),
    v.description('Where the run stopped and how to resume it.'),
  ),
  node_title: v.optional(v.pipe(v.string(), v.description('Title of the node that interrupted.'))),
});

/** Events of workflow streams (stream-run-workflow, stream-resume-workflow); each frame also has an `id:` line from 0. */
export const WORKFLOW_EVENTS: readonly StreamEvent[] = [
  {
    name: 'Message',
    description: 'Output of an output or end node; join the `content` of all messages for the result.',
    data: WorkflowMessageSchema,
  },
  {
    name: 'Interrupt',
    description: 'The run stopped at a question, input or plugin node; resume it with stream-resume-workflow.',
    data: WorkflowInterruptSchema,
  },
  {
    name: 'Error',
    description: 'The run failed.',
    data: v.object({
      error_code: v.pipe(v.number(), v.integer(), v.description('Coze error code.')),
      error_message: v.pipe(v.string(), v.description('What went wrong.')),
    }),
  },
  {
    name: 'Done',
    description: "The run finished; may carry `debug_url`, the run's trace.",
    data: v.object({
      debug_url: v.optional(v.pipe(v.string(), v.description('Link to the visual trace of the run.'))),
    }),
  },
  { name: 'PING', description: 'A heartbeat while the run goes on; no content.' },
];
