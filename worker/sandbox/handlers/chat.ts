import {
  answerStep,
  nextWeatherCity,
  plannedToolAnswer,
  piecesOf,
  toolCallStep,
  toolResponses,
  toolResultStep,
  toolRoundsOf,
  type TurnContext,
} from '../chat-plan';
import { streamChat } from '../chat-stream';
import { answerReadyAt, checkNoRunningChat, contextTokensOf, loadChat, sectionMessages } from '../chats';
import { CozeCode, CozeError } from '../envelope';
import { durationOf } from '../pace';
import { checkMetaData, seconds } from '../params';
import { plainTextOf } from '../text';
import { chatView, messageView } from '../views';
import { requireBot } from './bots';
import { newConversation, newMessage, requireConversation, type MessageInput } from '../objects';
import type { Call, Handler } from '../call';
import type { ChatRecord, ConversationRecord, ToolCall } from '../records';

/** An id source for a plan: ids drawn ahead, because plans are pure and ids come from storage. */
async function idsFor(call: Call, count: number): Promise<() => string> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(await call.store.nextId());
  return () => ids.shift()!;
}

/** What starting a chat-like turn needs, from create-chat or run-chatflow. */
export interface TurnRequest {
  readonly conversation: ConversationRecord;
  readonly botId: string;
  readonly botName: string;
  readonly prompt: string;
  readonly needsWeatherPlugin: boolean;
  readonly additionalMessages: readonly MessageInput[];
  readonly autoSave: boolean;
  readonly metaData: Record<string, unknown>;
}

/**
 * Starts a turn: saves the additional messages, finds the question (the last user message, sent now
 * or created before), and plans the agent's step with its timing at the request's pace.
 */
export async function startTurn(call: Call, turn: TurnRequest): Promise<ChatRecord> {
  const { conversation } = turn;
  await checkNoRunningChat(call.store, conversation, call.nowMs);
  const chatId = await call.store.nextId();
  const added = [];
  for (const [i, input] of turn.additionalMessages.entries()) {
    added.push(await newMessage(call, conversation, input, `additional_messages.${i}`, chatId));
  }
  const history = [...(await sectionMessages(call.store, conversation)), ...added];
  const lastUser = [...history].reverse().find((m) => m.role === 'user');
  if (!lastUser) {
    throw new CozeError(
      CozeCode.badRequest,
      'Invalid parameter additional_messages: send at least one user message to answer',
    );
  }
  if (turn.autoSave) for (const message of added) await call.store.putMessage(message);
  await call.store.putConversation({ ...conversation, last_chat_id: chatId, updated_at: seconds(call.nowMs) });

  const question = plainTextOf(lastUser.content, lastUser.content_type);
  const base = {
    chatId,
    conversationId: conversation.id,
    botId: turn.botId,
    botName: turn.botName,
    sectionId: conversation.last_section_id,
    question,
    turn: history.filter((m) => m.type === 'question').length,
    seed: call.seed,
    contextTokens: contextTokensOf(turn.prompt, history),
  };
  const step = turn.needsWeatherPlugin
    ? toolCallStep(
        { ...base, readyAtMs: call.nowMs + durationOf(call.pace, 1) },
        await idsFor(call, 1),
        `call_${await call.store.nextId()}`,
      )
    : answerStep({ ...base, readyAtMs: answerReadyAt(base, call.pace, call.nowMs) }, await idsFor(call, 5));
  const chat: ChatRecord = {
    id: chatId,
    conversation_id: conversation.id,
    bot_id: turn.botId,
    section_id: conversation.last_section_id,
    created_at: seconds(call.nowMs),
    meta_data: turn.metaData,
    status: 'in_progress',
    step,
    messages: [],
    question,
    auto_save_history: turn.autoSave,
  };
  await call.store.putChat(chat);
  return chat;
}

/** POST /v3/chat: streams the turn, or answers the Chat object in progress for the caller to poll. */
export const createChat: Handler = async (call) => {
  const body = call.body as {
    bot_id: string;
    additional_messages?: MessageInput[];
    stream?: boolean;
    auto_save_history?: boolean;
    meta_data?: Record<string, unknown>;
  };
  const bot = await requireBot(call.store, body.bot_id);
  const autoSave = body.auto_save_history ?? true;
  if (!body.stream && !autoSave) {
    throw new CozeError(4007, 'A non-streaming chat (stream=false) needs auto_save_history=true');
  }
  const metaData = checkMetaData(body.meta_data);
  const conversation =
    call.query['conversation_id'] !== undefined
      ? await requireConversation(call.store, call.query['conversation_id'])
      : await newConversation(call, { bot_id: bot.id });
  const chat = await startTurn(call, {
    conversation,
    botId: bot.id,
    botName: bot.name,
    prompt: bot.prompt,
    needsWeatherPlugin: bot.needsWeatherPlugin,
    additionalMessages: body.additional_messages ?? [],
    autoSave,
    metaData,
  });
  if (body.stream)
    return streamChat(call.store, call.logid, chat, call.pace, { announceCreated: true, done: '[DONE]' });
  return { data: chatView(chat) };
};

/** GET /v3/chat/retrieve: the status moves on once the planned time has passed. */
export const retrieveChat: Handler = async ({ store, query, nowMs }) => ({
  data: chatView(await loadChat(store, query['conversation_id'], query['chat_id'], nowMs)),
});

/** GET /v3/chat/message/list: what the chat produced so far, the user's query excluded. */
export const listChatMessages: Handler = async ({ store, query, nowMs }) => ({
  data: (await loadChat(store, query['conversation_id'], query['chat_id'], nowMs)).messages.map(messageView),
});

/** POST /v3/chat/cancel: only a chat still in progress can be canceled (4104 otherwise). */
export const cancelChat: Handler = async ({ store, body, nowMs }) => {
  const chat = await loadChat(store, body['conversation_id'], body['chat_id'], nowMs);
  if (chat.status !== 'in_progress' && chat.status !== 'created') {
    throw new CozeError(CozeCode.notCancelable, `Chat ${chat.id} is ${chat.status} and cannot be canceled`);
  }
  const canceled: ChatRecord = { ...chat, status: 'canceled', step: undefined };
  await store.putChat(canceled);
  return { data: chatView(canceled) };
};

function outputsFor(
  chat: ChatRecord,
  outputs: readonly { tool_call_id: string; output: string }[],
): Map<string, string> {
  const pending = chat.tool_calls ?? [];
  const known = new Set(pending.map((call) => call.id));
  const byId = new Map<string, string>();
  for (const { tool_call_id: id, output } of outputs) {
    if (!known.has(id)) {
      throw new CozeError(
        CozeCode.badRequest,
        `Invalid parameter tool_outputs: unknown tool_call_id ${id}; the chat waits for ${[...known].join(', ')}`,
      );
    }
    byId.set(id, output);
  }
  const missing = pending.filter((call: ToolCall) => !byId.has(call.id)).map((call) => call.id);
  if (missing.length > 0)
    throw new CozeError(CozeCode.badRequest, `Invalid parameter tool_outputs: no output for ${missing.join(', ')}`);
  return byId;
}

/** POST /v3/chat/submit_tool_outputs: answers the chat's tool calls and continues it. */
export const submitToolOutputs: Handler = async (call) => {
  const chat = await loadChat(call.store, call.query['conversation_id'], call.query['chat_id'], call.nowMs);
  if (chat.status !== 'requires_action') {
    throw new CozeError(
      CozeCode.badRequest,
      `Chat ${chat.id} is ${chat.status}: tool outputs are only accepted in requires_action`,
    );
  }
  if (!chat.auto_save_history) {
    throw new CozeError(
      CozeCode.toolOutputsNotSaved,
      `Chat ${chat.id} was started with auto_save_history=false, so it cannot continue`,
    );
  }
  const body = call.body as { stream?: boolean; tool_outputs: { tool_call_id: string; output: string }[] };
  const outputs = outputsFor(chat, body.tool_outputs);
  const calls = chat.tool_calls ?? [];
  const conversation = await requireConversation(call.store, chat.conversation_id);
  const history = await sectionMessages(call.store, conversation);
  const bot = await requireBot(call.store, chat.bot_id);
  // The agent asks once per city the question names: another round while a city is left, else the answer.
  const rounds = toolRoundsOf(chat.messages);
  const nextCity = nextWeatherCity(chat.question, rounds);
  const answer = nextCity ? '' : plannedToolAnswer(chat.question, calls, outputs, rounds);
  const ctx: TurnContext = {
    chatId: chat.id,
    conversationId: chat.conversation_id,
    botId: chat.bot_id,
    botName: bot.name,
    sectionId: chat.section_id,
    question: chat.question,
    turn: history.filter((m) => m.type === 'question').length,
    seed: call.seed,
    contextTokens: contextTokensOf(bot.prompt, history),
    readyAtMs: call.nowMs + durationOf(call.pace, nextCity ? 1 : piecesOf(answer).length),
  };
  const step = nextCity
    ? await (async () => {
        const newId = await idsFor(call, calls.length + 1);
        const responses = toolResponses(ctx, newId, calls, outputs);
        return toolCallStep(ctx, newId, `call_${await call.store.nextId()}`, nextCity, responses);
      })()
    : toolResultStep(ctx, await idsFor(call, calls.length + 4), calls, outputs, rounds);
  const continued: ChatRecord = { ...chat, status: 'in_progress', step, tool_calls: undefined };
  await call.store.putChat(continued);
  if (body.stream)
    return streamChat(call.store, call.logid, continued, call.pace, { announceCreated: false, done: '[DONE]' });
  return { data: chatView(continued) };
};
