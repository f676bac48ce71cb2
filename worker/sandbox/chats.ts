import { plannedAnswer, piecesOf, settle, type TurnContext } from './chat-plan';
import { CozeCode, CozeError } from './envelope';
import { durationOf, type Pace } from './pace';
import { tokenCount } from './text';
import type { ChatRecord, ConversationRecord, MessageRecord } from './records';
import type { SessionStore } from './state';

/** Moves a chat past a step whose time has come and saves the result (messages into the conversation too). */
export async function settleChat(store: SessionStore, chat: ChatRecord, nowMs: number): Promise<ChatRecord> {
  const result = settle(chat, nowMs);
  if (!result) return chat;
  await store.putChat(result.chat);
  if (result.saved.length > 0 && (await store.conversation(chat.conversation_id))) {
    for (const message of result.saved) await store.putMessage(message);
  }
  return result.chat;
}

/** The chat with this id in this conversation, settled to `nowMs`, or 4200. */
export async function loadChat(
  store: SessionStore,
  conversationId: unknown,
  chatId: unknown,
  nowMs: number,
): Promise<ChatRecord> {
  const chat = await store.chat(String(chatId));
  if (!chat || chat.conversation_id !== String(conversationId)) {
    throw new CozeError(
      CozeCode.notFound,
      `Chat ${String(chatId)} not found in conversation ${String(conversationId)}`,
    );
  }
  return settleChat(store, chat, nowMs);
}

/** Settles the conversation's latest chat, so its answer is listed once it is due even if nobody polled the chat. */
export async function settleConversation(
  store: SessionStore,
  conversation: ConversationRecord,
  nowMs: number,
): Promise<void> {
  const last = conversation.last_chat_id ? await store.chat(conversation.last_chat_id) : undefined;
  if (last) await settleChat(store, last, nowMs);
}

/** Answers 4016 while another chat of the conversation is still running, as Coze does. */
export async function checkNoRunningChat(
  store: SessionStore,
  conversation: ConversationRecord,
  nowMs: number,
): Promise<void> {
  if (!conversation.last_chat_id) return;
  const last = await store.chat(conversation.last_chat_id);
  if (last && (await settleChat(store, last, nowMs)).status === 'in_progress') {
    throw new CozeError(
      CozeCode.chatRunning,
      `Conversation ${conversation.id} already has a chat in progress (${last.id}): wait for it or cancel it`,
    );
  }
}

/** The conversation's messages in its current context section, oldest first. */
export async function sectionMessages(store: SessionStore, conversation: ConversationRecord): Promise<MessageRecord[]> {
  return (await store.messages(conversation.id)).filter((m) => m.section_id === conversation.last_section_id);
}

/** Everything a new chat turn needs except its timing, which depends on the answer's length. */
export type TurnBase = Omit<TurnContext, 'readyAtMs'>;

/** When an answer step started at `nowMs` at this pace is done: its pieces stream one by one. */
export function answerReadyAt(base: TurnBase, pace: Pace, nowMs: number): number {
  return nowMs + durationOf(pace, piecesOf(plannedAnswer(base)).length);
}

/** Prompt plus context tokens, for usage. */
export function contextTokensOf(prompt: string, history: readonly MessageRecord[]): number {
  return tokenCount(prompt) + history.reduce((sum, m) => sum + tokenCount(m.content), 0);
}
