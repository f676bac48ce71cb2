import { CozeCode, CozeError } from './envelope';
import { SANDBOX_USER } from './fixtures';
import { checkMetaData, seconds } from './params';
import type { Call } from './call';
import type { ConversationRecord, MessageRecord } from './records';
import type { SessionStore } from './state';

// How handlers create and find conversations and messages, with Coze's checks and its 4200 for unknown ids.

/** The conversation with this id, or 4200. */
export async function requireConversation(store: SessionStore, id: unknown): Promise<ConversationRecord> {
  const conversation = await store.conversation(String(id));
  if (!conversation) throw new CozeError(CozeCode.notFound, `Conversation ${String(id)} not found`);
  return conversation;
}

/** A new, empty conversation with its first context section; the caller saves it once the request has passed its checks. */
export async function newConversation(
  call: Call,
  fields: { bot_id?: string; name?: string; meta_data?: Record<string, unknown>; connector_id?: string },
): Promise<ConversationRecord> {
  const conversation: ConversationRecord = {
    id: await call.store.nextId(),
    name: fields.name ?? '',
    meta_data: fields.meta_data ?? {},
    creator_id: SANDBOX_USER.id,
    created_at: seconds(call.nowMs),
    updated_at: seconds(call.nowMs),
    last_section_id: await call.store.nextId(),
    connector_id: fields.connector_id ?? '1024',
    ...(fields.bot_id !== undefined && { bot_id: fields.bot_id }),
  };
  return conversation;
}

/** A message as create-message, create-conversation or a chat's additional_messages describe it. */
export interface MessageInput {
  readonly role: 'user' | 'assistant';
  readonly type?: string;
  readonly content?: string;
  readonly content_type?: string;
  readonly meta_data?: Record<string, unknown>;
}

/** Checks that object_string content is a JSON array of typed parts (4000 otherwise). */
export function checkContent(content: string, contentType: string | undefined, where: string): void {
  if (contentType !== 'object_string') return;
  let parts: unknown;
  try {
    parts = JSON.parse(content);
  } catch {
    parts = undefined;
  }
  if (!Array.isArray(parts) || parts.some((part) => !part || typeof (part as { type?: unknown }).type !== 'string')) {
    throw new CozeError(
      CozeCode.badRequest,
      `Invalid parameter ${where}.content: an object_string content is a JSON array of parts like [{"type":"text","text":"hi"}]`,
    );
  }
}

/**
 * A new message of the conversation's current section, checked as Coze checks it: `question` only
 * from the user, content_type with content, object_string content a JSON array of parts.
 */
export async function newMessage(
  call: Call,
  conversation: ConversationRecord,
  input: MessageInput,
  where: string,
  chatId?: string,
): Promise<MessageRecord> {
  const type = (input.type ?? (input.role === 'user' ? 'question' : 'answer')) as MessageRecord['type'];
  if (type === 'question' && input.role !== 'user') {
    throw new CozeError(CozeCode.badRequest, `Invalid parameter ${where}.type: a question must have role user`);
  }
  const content = input.content ?? '';
  if (content && !input.content_type) {
    throw new CozeError(CozeCode.badRequest, `Invalid parameter ${where}.content_type: required when content is set`);
  }
  checkContent(content, input.content_type, where);
  const at = seconds(call.nowMs);
  return {
    id: await call.store.nextId(),
    conversation_id: conversation.id,
    role: input.role,
    type,
    ...(chatId !== undefined && { chat_id: chatId }),
    section_id: conversation.last_section_id,
    content,
    content_type: (input.content_type ?? 'text') as MessageRecord['content_type'],
    meta_data: checkMetaData(input.meta_data),
    created_at: at,
    updated_at: at,
  };
}

/** The message with this id in this conversation, or 4200. */
export async function requireMessage(
  store: SessionStore,
  conversationId: unknown,
  messageId: unknown,
): Promise<MessageRecord> {
  const conversation = await requireConversation(store, conversationId);
  const message = await store.message(conversation.id, String(messageId));
  if (!message)
    throw new CozeError(CozeCode.notFound, `Message ${String(messageId)} not found in conversation ${conversation.id}`);
  return message;
}
