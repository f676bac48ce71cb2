import { answerFor, chunkText, cityIn, citiesIn, followUpsFor, tokenCount, weatherAnswer } from './text';
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
 * tool call for `city` (the first city the question names, unless given), after `before` (the
 * previous round's tool responses, when the agent asks again).
 */
export function toolCallStep(
  ctx: TurnContext,
  newId: () => string,
  toolCallId: string,
  city = citiesIn(ctx.question)[0]!,
  before: MessageRecord[] = [],
): ChatStep {
  const args = { city };
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
    messages: [...before, message],
    tool_calls: [call],
    usage: usageOf(ctx.contextTokens, tokenCount(content)),
  };
}

/** Where a plugin chat stands: the cities asked about so far, with the outputs already submitted. */
export interface ToolRounds {
  /** The city of each get_weather call made so far, in order (this round's last). */
  readonly asked: readonly string[];
  /** The outputs of the rounds before this one, in order. */
  readonly earlier: readonly string[];
}

/** The rounds a chat has been through, read from its messages. */
export function toolRoundsOf(messages: readonly MessageRecord[]): ToolRounds {
  const asked = messages
    .filter((m) => m.type === 'function_call')
    .map((m) => {
      try {
        return String((JSON.parse(m.content) as { arguments?: { city?: string } }).arguments?.city ?? '');
      } catch {
        return '';
      }
    });
  return { asked, earlier: messages.filter((m) => m.type === 'tool_response').map((m) => m.content) };
}

/** The next city the agent asks get_weather about, or undefined once every city named has its weather. */
export function nextWeatherCity(question: string, rounds: ToolRounds): string | undefined {
  return citiesIn(question)[rounds.asked.length];
}

/** The answer given once the last tool outputs arrive, for sizing its timing. */
export function plannedToolAnswer(
  question: string,
  calls: readonly ToolCall[],
  outputs: ReadonlyMap<string, string>,
  rounds: ToolRounds = { asked: [], earlier: [] },
): string {
  const cityOf = (call: ToolCall) => {
    try {
      return (JSON.parse(call.function.arguments) as { city?: string }).city ?? cityIn(question);
    } catch {
      return cityIn(question);
    }
  };
  const current = calls.length
    ? calls.map((call) => ({ city: cityOf(call), output: outputs.get(call.id) ?? '' }))
    : [{ city: cityIn(question), output: '' }];
  const before = rounds.earlier.map((output, i) => ({ city: rounds.asked[i] ?? cityIn(question), output }));
  return weatherAnswer([...before, ...current], question);
}

/** One tool_response message per submitted output. */
export function toolResponses(
  ctx: TurnContext,
  newId: () => string,
  calls: readonly ToolCall[],
  outputs: ReadonlyMap<string, string>,
): MessageRecord[] {
  return calls.map((call) => assistantMessage(ctx, newId(), 'tool_response', outputs.get(call.id) ?? ''));
}

/** A step that continues after the last submit-tool-outputs: one tool_response per output, then an answer that uses every round's. */
export function toolResultStep(
  ctx: TurnContext,
  newId: () => string,
  calls: readonly ToolCall[],
  outputs: ReadonlyMap<string, string>,
  rounds?: ToolRounds,
): ChatStep {
  const responses = toolResponses(ctx, newId, calls, outputs);
  const answer = plannedToolAnswer(ctx.question, calls, outputs, rounds);
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
