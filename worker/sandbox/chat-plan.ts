import { answerFor, chunkText, cityIn, followUpsFor, tokenCount, weatherAnswer } from './text';
import type { ChatRecord, ChatStep, MessageRecord, ToolCall, Usage } from './records';

/** What a step of a chat needs to know about the chat it belongs to. */
export interface TurnContext {
  readonly chatId: string;
  readonly conversationId: string;
  readonly botId: string;
  readonly botName: string;
  readonly sectionId: string;
  /** The user's last message as plain text. */
  readonly question: string;
  /** Which question of the conversation's current section this is, from 1. */
  readonly turn: number;
  readonly seed: string;
  /** When the step finishes, epoch ms. */
  readonly readyAtMs: number;
  /** Tokens of the prompt and context sent with the question. */
  readonly contextTokens: number;
}

/** Message types that stay in the conversation (context); verbose and follow-up messages belong to the chat only. */
export const HISTORY_TYPES: ReadonlySet<MessageRecord['type']> = new Set([
  'question',
  'answer',
  'function_call',
  'tool_output',
  'tool_response',
]);

function assistantMessage(ctx: TurnContext, id: string, type: MessageRecord['type'], content: string): MessageRecord {
  const at = Math.floor(ctx.readyAtMs / 1000);
  return {
    id,
    conversation_id: ctx.conversationId,
    role: 'assistant',
    type,
    bot_id: ctx.botId,
    chat_id: ctx.chatId,
    section_id: ctx.sectionId,
    content,
    content_type: 'text',
    meta_data: {},
    created_at: at,
    updated_at: at,
  };
}

function usageOf(input: number, output: number): Usage {
  return { input_count: input, output_count: output, token_count: input + output };
}

/** The verbose end marker Coze sends after the last answer of a chat. */
export const ANSWER_FINISH = JSON.stringify({
  msg_type: 'generate_answer_finish',
  data: JSON.stringify({ finish_reason: 0, FinData: '' }),
  from_module: null,
  from_unit: null,
});

/** The pieces an answer streams in; their count sets how long the step takes. */
export function piecesOf(answer: string): string[] {
  const pieces = chunkText(answer);
  return pieces.length > 0 ? pieces : [answer];
}

function finishWith(
  ctx: TurnContext,
  newId: () => string,
  answer: string,
  followUps: string[],
  extra: MessageRecord[] = [],
): ChatStep {
  const messages = [
    ...extra,
    assistantMessage(ctx, newId(), 'answer', answer),
    assistantMessage(ctx, newId(), 'verbose', ANSWER_FINISH),
    ...followUps.map((text) => assistantMessage(ctx, newId(), 'follow_up', text)),
  ];
  return {
    outcome: 'completed',
    ready_at_ms: ctx.readyAtMs,
    messages,
    usage: usageOf(ctx.contextTokens, tokenCount(answer)),
  };
}

/** A step that answers the question: the answer, the finish marker and three follow-up suggestions. */
export function answerStep(ctx: TurnContext, newId: () => string): ChatStep {
  const answer = answerFor({ text: ctx.question, turn: ctx.turn, botName: ctx.botName, seed: ctx.seed });
  return finishWith(ctx, newId, answer, followUpsFor({ text: ctx.question, seed: ctx.seed }, 3));
}

/** The answer `answerStep` will give, for sizing its timing before ids exist. */
export function plannedAnswer(ctx: Pick<TurnContext, 'question' | 'turn' | 'botName' | 'seed'>): string {
  return answerFor({ text: ctx.question, turn: ctx.turn, botName: ctx.botName, seed: ctx.seed });
}

/**
 * A step that stops for the caller's local `get_weather` plugin: a function_call message and one
 * tool call with the city the question names.
 */
export function toolCallStep(ctx: TurnContext, newId: () => string, toolCallId: string): ChatStep {
  const args = { city: cityIn(ctx.question) };
  const call: ToolCall = {
    id: toolCallId,
    type: 'function',
    function: { name: 'get_weather', arguments: JSON.stringify(args) },
  };
  const content = JSON.stringify({
    name: 'get_weather',
    arguments: args,
    plugin_type: 2,
    thought: `Calling get_weather for ${args.city}.`,
  });
  const message = assistantMessage(ctx, newId(), 'function_call', content);
  return {
    outcome: 'requires_action',
    ready_at_ms: ctx.readyAtMs,
    messages: [message],
    tool_calls: [call],
    usage: usageOf(ctx.contextTokens, tokenCount(content)),
  };
}

/** The answer given once tool outputs arrive, for sizing its timing. */
export function plannedToolAnswer(
  question: string,
  calls: readonly ToolCall[],
  outputs: ReadonlyMap<string, string>,
): string {
  const call = calls[0];
  const city = call
    ? ((JSON.parse(call.function.arguments) as { city?: string }).city ?? cityIn(question))
    : cityIn(question);
  return weatherAnswer(city, call ? (outputs.get(call.id) ?? '') : '', question);
}

/** A step that continues after submit-tool-outputs: one tool_response per output, then an answer that uses them. */
export function toolResultStep(
  ctx: TurnContext,
  newId: () => string,
  calls: readonly ToolCall[],
  outputs: ReadonlyMap<string, string>,
): ChatStep {
  const responses = calls.map((call) => assistantMessage(ctx, newId(), 'tool_response', outputs.get(call.id) ?? ''));
  const answer = plannedToolAnswer(ctx.question, calls, outputs);
  return finishWith(ctx, newId, answer, followUpsFor({ text: ctx.question, seed: ctx.seed }, 2), responses);
}

function addUsage(a: Usage | undefined, b: Usage): Usage {
  return usageOf((a?.input_count ?? 0) + b.input_count, (a?.output_count ?? 0) + b.output_count);
}

/**
 * Moves a chat past its current step once the step's time has come: its status becomes the step's
 * outcome and the step's messages become the chat's. Returns the settled chat and the messages to
 * save in the conversation, or undefined when nothing changed.
 */
export function settle(chat: ChatRecord, nowMs: number): { chat: ChatRecord; saved: MessageRecord[] } | undefined {
  const step = chat.step;
  if (chat.status !== 'in_progress' || !step || nowMs < step.ready_at_ms) return undefined;
  const settled: ChatRecord = {
    ...chat,
    status: step.outcome,
    step: undefined,
    messages: [...chat.messages, ...step.messages],
    usage: addUsage(chat.usage, step.usage),
    tool_calls: step.tool_calls,
    ...(step.outcome === 'completed' && { completed_at: Math.floor(step.ready_at_ms / 1000) }),
  };
  const saved = chat.auto_save_history ? step.messages.filter((m) => HISTORY_TYPES.has(m.type)) : [];
  return { chat: settled, saved };
}
