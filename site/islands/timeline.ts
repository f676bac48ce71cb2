import type { FormValues } from '../../lib/request-model';
import type { StreamStatus, StreamView, ToolCall } from '../../lib/stream-view';
import type { RunState } from './runner';

/** One call of a run's timeline: the first run, then each call that carries it on (tool outputs, a resume, a poll). */
export interface Segment {
  /** The catalog endpoint it called. */
  readonly endpointId: string;
  /** What it was, in words, shown above its response. */
  readonly label: string;
  /** The values it was sent with, kept so the next call can reuse them (the workflow_id of a resume). */
  readonly values: FormValues;
  readonly state: RunState;
  /** Where a polled call stands, in words ("Chat in_progress, check 3"), while it polls and once it ends. */
  readonly progress?: string;
}

/** How a call is repeated until its answer says the work is over. */
export interface PollSpec {
  /** The least time between two calls' starts (Coze asks for at most one retrieve a second). */
  readonly everyMs: number;
  readonly maxAttempts: number;
  /** Whether this answer ends the polling. */
  readonly isDone: (json: unknown) => boolean;
  /** The progress line for this answer. */
  readonly progress: (json: unknown, attempt: number) => string;
}

/** The next call of a timeline, before it is sent. */
export interface FollowUp {
  readonly endpointId: string;
  readonly label: string;
  readonly values: FormValues;
  /** Repeat the call until it is done (a chat, a workflow run, a document's processing). */
  readonly poll?: PollSpec;
}

type RequiresAction = Extract<StreamStatus, { state: 'requires_action' }>;
type Interrupted = Extract<StreamStatus, { state: 'interrupted' }>;

const values = (parts: Partial<FormValues>): FormValues => ({ path: {}, query: {}, headers: {}, body: {}, ...parts });

/** Canned outputs for the tools the sandbox's agents call, so a round needs no typing; other tools get a generic one. */
const CANNED: Record<string, (args: Record<string, unknown>) => unknown> = {
  get_weather: () => ({ temperature: '21°C', condition: 'sunny' }),
};

/**
 * A plausible output for one tool call, as JSON text: what the local plugin would have answered.
 * @example cannedToolOutput({ id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}' }) // '{"temperature":"21°C","condition":"sunny"}'
 */
export function cannedToolOutput(call: ToolCall): string {
  let args: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(call.arguments) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) args = parsed as Record<string, unknown>;
  } catch {
    // Arguments that are not JSON are ignored by the canned answer.
  }
  const canned = CANNED[call.name];
  return JSON.stringify(canned ? canned(args) : { result: `${call.name} ran`, arguments: args });
}

/**
 * The submit-tool-outputs call that answers every pending tool call of a chat, streaming when the chat streamed.
 * @example toolOutputsFollowUp(status, ['{"temperature":"21°C"}'], true, 1).values.body // { stream: true, tool_outputs: [{ tool_call_id, output }] }
 */
export function toolOutputsFollowUp(
  status: RequiresAction,
  outputs: readonly string[],
  stream: boolean,
  round: number,
): FollowUp {
  return {
    endpointId: 'submit-tool-outputs',
    label: `Tool outputs, round ${round}: ${status.toolCalls.map((call) => call.name).join(', ')}`,
    values: values({
      query: { conversation_id: status.conversationId ?? '', chat_id: status.chatId ?? '' },
      body: {
        stream,
        tool_outputs: status.toolCalls.map((call, i) => ({ tool_call_id: call.id, output: outputs[i] ?? '' })),
      },
    }),
  };
}

/** The stream-resume call that answers an Interrupt with the user's `answer`. */
export function resumeFollowUp(workflowId: string, status: Interrupted, answer: string): FollowUp {
  return {
    endpointId: 'stream-resume-workflow',
    label: `Resume ${status.nodeTitle ?? 'the workflow'} with “${answer}”`,
    values: values({
      body: { workflow_id: workflowId, event_id: status.eventId, interrupt_type: status.type, resume_data: answer },
    }),
  };
}

/** The workflow a timeline runs: the first segment's workflow_id, which every resume sends again. */
export function workflowIdOf(segments: readonly Segment[]): string {
  const id = segments[0]?.values.body['workflow_id'];
  return typeof id === 'string' ? id : '';
}

/** How many tool-output rounds a timeline has had, for the next round's number. */
export function roundsOf(segments: readonly Segment[]): number {
  return segments.filter((segment) => segment.endpointId === 'submit-tool-outputs').length;
}

/** The `interrupt_data` of the last Interrupt event of a stream, for display. */
export function interruptDataOf(view: StreamView): unknown {
  const event = [...view.events].reverse().find((e) => e.event === 'Interrupt');
  const data = event?.data;
  return data && typeof data === 'object' ? (data as Record<string, unknown>)['interrupt_data'] : undefined;
}

/** The timeline with segment `index` set to `state` (appended when it is the next one). */
export function withSegmentState(segments: readonly Segment[], index: number, segment: Segment): Segment[] {
  const next = segments.slice(0, index);
  next[index] = segment;
  return [...next, ...segments.slice(index + 1)];
}

type Json = Record<string, unknown>;

const asObject = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A chat object's status in a JSON answer (create-chat, retrieve-chat, submit-tool-outputs without a stream). */
function chatOf(json: unknown): Json {
  return asObject(asObject(json)['data']);
}

const CHAT_RUNNING = new Set(['created', 'in_progress']);

const POLL_EVERY_MS = 1000;

/** Polls retrieve-chat once a second until the chat is no longer created or in progress. */
function pollChat(chat: Json): FollowUp {
  return {
    endpointId: 'retrieve-chat',
    label: 'Waiting for the chat: retrieve-chat, at most once a second',
    values: values({ query: { conversation_id: str(chat['conversation_id']), chat_id: str(chat['id']) } }),
    poll: {
      everyMs: POLL_EVERY_MS,
      maxAttempts: 300,
      isDone: (json) => !CHAT_RUNNING.has(str(chatOf(json)['status'])),
      progress: (json, attempt) => `Chat ${str(chatOf(json)['status']) || 'status unknown'}, check ${attempt}`,
    },
  };
}

/** Polls a workflow's run history until the async run is no longer Running. */
function pollWorkflowRun(workflowId: string, executeId: string): FollowUp {
  const run = (json: unknown) => asObject((asObject(json)['data'] as unknown[] | undefined)?.[0]);
  return {
    endpointId: 'retrieve-workflow-run-history',
    label: 'Waiting for the async run: retrieve-workflow-run-history, once a second',
    values: values({ path: { workflow_id: workflowId, execute_id: executeId } }),
    poll: {
      everyMs: POLL_EVERY_MS,
      maxAttempts: 300,
      isDone: (json) => str(run(json)['execute_status']) !== 'Running' || asObject(json)['code'] !== 0,
      progress: (json, attempt) => `Run ${str(run(json)['execute_status']) || 'status unknown'}, check ${attempt}`,
    },
  };
}

/** Polls datasets-process until no document is processing (status 0) any more. */
function pollDocuments(datasetId: string, documentIds: readonly string[]): FollowUp {
  const docs = (json: unknown) =>
    ((asObject(asObject(json)['data'])['data'] as unknown[] | undefined) ?? []).map(asObject);
  return {
    endpointId: 'datasets-process',
    label: `Waiting for ${documentIds.length === 1 ? 'the document' : `${documentIds.length} documents`} to be processed: datasets-process, once a second`,
    values: values({ path: { dataset_id: datasetId }, body: { document_ids: [...documentIds] } }),
    poll: {
      everyMs: POLL_EVERY_MS,
      maxAttempts: 300,
      isDone: (json) => asObject(json)['code'] !== 0 || docs(json).every((doc) => doc['status'] !== 0),
      progress: (json, attempt) =>
        `${
          docs(json)
            .map((doc) => `${str(doc['document_name']) || str(doc['document_id'])} ${doc['progress'] ?? '?'}%`)
            .join(', ') || 'no documents'
        }, check ${attempt}`,
    },
  };
}

/**
 * The call that follows a finished call on its own, or undefined: a non-streaming chat is polled
 * then its messages listed, an async workflow run is polled, new documents are watched until processed.
 * @example nextStepOf([{ endpointId: 'create-chat', state: { json: { code: 0, data: { id: 'c', conversation_id: 'v', status: 'in_progress' } } }, … }])?.endpointId // 'retrieve-chat'
 */
export function nextStepOf(segments: readonly Segment[]): FollowUp | undefined {
  const last = segments[segments.length - 1];
  if (!last || last.state.phase !== 'done' || last.state.stream) return undefined;
  const json = last.state.json;
  const body = asObject(json);
  if (body['code'] !== 0) return undefined;
  const chat = chatOf(json);
  switch (last.endpointId) {
    case 'create-chat':
    case 'submit-tool-outputs':
      return CHAT_RUNNING.has(str(chat['status'])) ? pollChat(chat) : undefined;
    case 'retrieve-chat':
      // Only a chat this timeline polled: a retrieve the user ran by hand stays as it is.
      if (segments.length < 2 || str(chat['status']) !== 'completed') return undefined;
      return {
        endpointId: 'list-chat-messages',
        label: 'The chat is over: its messages (list-chat-messages)',
        values: values({ query: { conversation_id: str(chat['conversation_id']), chat_id: str(chat['id']) } }),
      };
    case 'run-workflow': {
      const executeId = str(body['execute_id']);
      return last.values.body['is_async'] === true && executeId
        ? pollWorkflowRun(str(last.values.body['workflow_id']), executeId)
        : undefined;
    }
    case 'knowledge-documents-create': {
      const ids = ((body['document_infos'] as unknown[] | undefined) ?? [])
        .map((info) => str(asObject(info)['document_id']))
        .filter(Boolean);
      return ids.length ? pollDocuments(str(last.values.body['dataset_id']), ids) : undefined;
    }
    default:
      return undefined;
  }
}

/** The tool calls a chat waits on, from a JSON answer (a polled, non-streaming chat), as a stream would show them. */
export function jsonWaitingOf(json: unknown): Extract<StreamStatus, { state: 'requires_action' }> | undefined {
  const chat = chatOf(json);
  if (chat['status'] !== 'requires_action') return undefined;
  const calls = asObject(asObject(chat['required_action'])['submit_tool_outputs'])['tool_calls'];
  return {
    state: 'requires_action',
    chatId: str(chat['id']),
    conversationId: str(chat['conversation_id']),
    toolCalls: (Array.isArray(calls) ? calls : []).map((call) => {
      const c = asObject(call);
      const fn = asObject(c['function']);
      return { id: str(c['id']), name: str(fn['name']), arguments: str(fn['arguments']) };
    }),
  };
}
