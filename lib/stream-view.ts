import { safeLinkHref } from './safe-link';

/** One event as received: its name, raw data, optional id and when it arrived. */
export interface ReceivedEvent {
  readonly event: string;
  readonly data: string;
  readonly id?: string;
  /** Milliseconds since the request was sent. */
  readonly offsetMs: number;
}

/** One event as shown: the data parsed when it is JSON. */
export interface ViewEvent {
  readonly event: string;
  readonly data: unknown;
  readonly id?: string;
  readonly offsetMs: number;
}

/** A tool call the agent waits on. */
export interface ToolCall {
  readonly id: string;
  readonly name: string;
  readonly arguments: string;
}

/** Where a stream stands. */
export type StreamStatus =
  | { readonly state: 'streaming' }
  | { readonly state: 'done'; readonly debugUrl?: string; readonly tokenCount?: number }
  | {
      readonly state: 'requires_action';
      readonly chatId?: string;
      readonly conversationId?: string;
      readonly toolCalls: readonly ToolCall[];
    }
  | {
      readonly state: 'interrupted';
      readonly eventId: string;
      readonly type: number;
      readonly question?: string;
      readonly nodeTitle?: string;
    }
  | { readonly state: 'failed'; readonly code?: number | string; readonly message: string }
  /** The stream closed without its terminal event. */
  | { readonly state: 'incomplete' };

/** What the response panel shows of a stream. */
export interface StreamView {
  readonly assemble: 'chat' | 'workflow';
  readonly events: readonly ViewEvent[];
  /** The answer text: chat answer deltas, or workflow message contents, joined. */
  readonly answer: string;
  /** Chat reasoning deltas, joined (models that think aloud). */
  readonly reasoning: string;
  readonly status: StreamStatus;
  /** Ids of chat messages whose deltas were seen, so a completed message is not added twice. */
  readonly deltaMessageIds: readonly string[];
  /** When the first piece of the answer arrived (ms since the request), not just the first byte. */
  readonly firstAnswerMs?: number;
  /** Tokens in (prompt and context) and out (the answer), from the last usage the stream reported. */
  readonly usage?: { readonly input?: number; readonly output?: number; readonly total?: number };
}

/** An empty view of a stream that just opened. */
export function emptyStreamView(assemble: 'chat' | 'workflow'): StreamView {
  return { assemble, events: [], answer: '', reasoning: '', status: { state: 'streaming' }, deltaMessageIds: [] };
}

function parseData(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

type Json = Record<string, unknown>;

function asObject(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

const TERMINAL = new Set<StreamStatus['state']>(['done', 'requires_action', 'interrupted', 'failed']);

/** Our worker's error body `{ error: { code, message } }` or Coze's `{ code, msg }`, as a failed status. */
function failureOf(data: unknown): StreamStatus {
  const body = asObject(data);
  const ours = asObject(body.error);
  if (typeof ours.message === 'string') return { state: 'failed', code: ours.code as string, message: ours.message };
  const code = (body.code ?? body.error_code) as number | undefined;
  const message =
    text(body.msg) || text(body.error_message) || (typeof data === 'string' ? data : 'The stream reported an error');
  return { state: 'failed', ...(code !== undefined ? { code } : {}), message };
}

function toolCallsOf(chat: Json): ToolCall[] {
  const action = asObject(asObject(chat.required_action).submit_tool_outputs);
  const calls = Array.isArray(action.tool_calls) ? action.tool_calls : [];
  return calls.map((call) => {
    const c = asObject(call);
    const fn = asObject(c.function);
    return { id: text(c.id), name: text(fn.name), arguments: text(fn.arguments) };
  });
}

function applyChat(view: StreamView, name: string, data: unknown): Partial<StreamView> {
  const body = asObject(data);
  switch (name) {
    case 'conversation.message.delta': {
      if (body.type !== undefined && body.type !== 'answer') return {};
      const id = text(body.id);
      return {
        answer: view.answer + text(body.content),
        reasoning: view.reasoning + text(body.reasoning_content),
        deltaMessageIds:
          id && !view.deltaMessageIds.includes(id) ? [...view.deltaMessageIds, id] : view.deltaMessageIds,
      };
    }
    case 'conversation.message.completed': {
      // A message that arrived whole, without deltas, still belongs in the answer.
      if (body.type !== 'answer' || view.deltaMessageIds.includes(text(body.id))) return {};
      return { answer: view.answer + text(body.content), reasoning: view.reasoning + text(body.reasoning_content) };
    }
    case 'conversation.chat.completed': {
      const tokenCount = asObject(body.usage).token_count;
      return { status: { state: 'done', ...(typeof tokenCount === 'number' ? { tokenCount } : {}) } };
    }
    case 'conversation.chat.requires_action':
      return {
        status: {
          state: 'requires_action',
          ...(body.id ? { chatId: text(body.id) } : {}),
          ...(body.conversation_id ? { conversationId: text(body.conversation_id) } : {}),
          toolCalls: toolCallsOf(body),
        },
      };
    case 'conversation.chat.failed': {
      const lastError = asObject(body.last_error);
      return { status: failureOf(Object.keys(lastError).length ? lastError : body) };
    }
    case 'error':
      return { status: failureOf(data) };
    case 'done': {
      if (TERMINAL.has(view.status.state) && view.status.state !== 'done') return {};
      // Upstream data: only a web link may become one (never `javascript:`).
      const debugUrl = safeLinkHref(body.debug_url);
      return {
        status: {
          ...(view.status.state === 'done' ? view.status : { state: 'done' }),
          ...(debugUrl ? { debugUrl } : {}),
        },
      };
    }
    default:
      return {};
  }
}

function applyWorkflow(view: StreamView, name: string, data: unknown): Partial<StreamView> {
  const body = asObject(data);
  switch (name) {
    case 'Message':
      return { answer: view.answer + text(body.content) };
    case 'Interrupt': {
      const interrupt = asObject(body.interrupt_data);
      return {
        status: {
          state: 'interrupted',
          eventId: text(interrupt.event_id),
          type: Number(interrupt.type),
          ...(interrupt.data ? { question: text(interrupt.data) } : {}),
          ...(body.node_title ? { nodeTitle: text(body.node_title) } : {}),
        },
      };
    }
    case 'Error':
    case 'error':
      return { status: failureOf(data) };
    case 'Done': {
      if (TERMINAL.has(view.status.state)) return {};
      // Upstream data: only a web link may become one (never `javascript:`).
      const debugUrl = safeLinkHref(body.debug_url);
      return { status: { state: 'done', ...(debugUrl ? { debugUrl } : {}) } };
    }
    default:
      return {};
  }
}

/** The token usage an event reports (a chat's `usage`, a workflow message's), if any. */
function usageOf(data: unknown): StreamView['usage'] {
  const usage = asObject(asObject(data).usage);
  const count = (key: string) => (typeof usage[key] === 'number' ? { [key]: usage[key] as number } : {});
  const input = count('input_count').input_count;
  const output = count('output_count').output_count;
  const total = count('token_count').token_count;
  if (input === undefined && output === undefined && total === undefined) return undefined;
  return {
    ...(input !== undefined && { input }),
    ...(output !== undefined && { output }),
    ...(total !== undefined && { total }),
  };
}

/**
 * Events per second between the first event and the last, or undefined before there are two.
 * @example eventsPerSecond([{ offsetMs: 0 }, { offsetMs: 500 }, { offsetMs: 1000 }]) // 2
 */
export function eventsPerSecond(events: readonly Pick<ViewEvent, 'offsetMs'>[]): number | undefined {
  if (events.length < 2) return undefined;
  const spanMs = events[events.length - 1]!.offsetMs - events[0]!.offsetMs;
  return spanMs > 0 ? ((events.length - 1) * 1000) / spanMs : undefined;
}

/**
 * The text an event adds to the answer, for its row: a chat delta's content, a workflow message's.
 * @example deltaText({ event: 'conversation.message.delta', data: { content: 'Hi' }, offsetMs: 1 }) // 'Hi'
 */
export function deltaText(event: ViewEvent): string | undefined {
  if (event.event !== 'conversation.message.delta' && event.event !== 'Message') return undefined;
  const content = asObject(event.data).content;
  return typeof content === 'string' ? content : undefined;
}

/**
 * The view after one more event: the event listed, the answer grown, the status moved on.
 * The first terminal status wins: a `done` after `requires_action` keeps the tool calls in view.
 * @example applyStreamEvent(emptyStreamView('chat'), { event: 'conversation.message.delta', data: '{"type":"answer","content":"Hi"}', offsetMs: 12 }).answer // 'Hi'
 */
export function applyStreamEvent(view: StreamView, received: ReceivedEvent): StreamView {
  const data = parseData(received.data);
  const event: ViewEvent = {
    event: received.event,
    data,
    offsetMs: received.offsetMs,
    ...(received.id !== undefined ? { id: received.id } : {}),
  };
  const change =
    view.assemble === 'chat' ? applyChat(view, received.event, data) : applyWorkflow(view, received.event, data);
  const grew = change.answer !== undefined && change.answer.length > view.answer.length;
  const usage = usageOf(data);
  return {
    ...view,
    ...change,
    ...(grew && view.firstAnswerMs === undefined ? { firstAnswerMs: received.offsetMs } : {}),
    ...(usage ? { usage } : {}),
    events: [...view.events, event],
  };
}

/** The view once the stream closed: still `streaming` means it was cut before its end. */
export function finishStreamView(view: StreamView): StreamView {
  return view.status.state === 'streaming' ? { ...view, status: { state: 'incomplete' } } : view;
}

/** Folds a whole recorded stream, as history replays it. */
export function foldStream(assemble: 'chat' | 'workflow', events: readonly ReceivedEvent[], closed = true): StreamView {
  const view = events.reduce(applyStreamEvent, emptyStreamView(assemble));
  return closed ? finishStreamView(view) : view;
}
