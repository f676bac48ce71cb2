import { CozeCode, CozeError } from '../envelope';
import { SANDBOX_USER } from '../fixtures';
import { checkMetaData, intParam, pageOf, seconds } from '../params';
import { conversationView } from '../views';
import { requireBot } from './bots';
import { newMessage } from './messages';
import type { Call, Handler } from '../call';
import type { ConversationRecord } from '../records';
import type { SessionStore } from '../state';

/** The conversation with this id, or 4200. */
export async function requireConversation(store: SessionStore, id: unknown): Promise<ConversationRecord> {
  const conversation = await store.conversation(String(id));
  if (!conversation) throw new CozeError(CozeCode.notFound, `Conversation ${String(id)} not found`);
  return conversation;
}

/** A new, empty conversation with its first context section. */
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
  await call.store.putConversation(conversation);
  return conversation;
}

function checkName(name: unknown): string | undefined {
  if (name === undefined) return undefined;
  if (String(name).length > 100)
    throw new CozeError(CozeCode.badRequest, 'Invalid parameter name: at most 100 characters');
  return String(name);
}

/** POST /v1/conversation/create: an empty body makes an empty conversation. */
export const createConversation: Handler = async (call) => {
  const body = call.body as {
    bot_id?: string;
    name?: string;
    connector_id?: string;
    meta_data?: Record<string, unknown>;
    messages?: {
      role: 'user' | 'assistant';
      type?: string;
      content?: string;
      content_type?: string;
      meta_data?: Record<string, unknown>;
    }[];
  };
  if (body.bot_id !== undefined) requireBot(body.bot_id);
  const conversation = await newConversation(call, {
    bot_id: body.bot_id,
    name: checkName(body.name),
    meta_data: checkMetaData(body.meta_data),
    connector_id: body.connector_id,
  });
  for (const [i, seed] of (body.messages ?? []).entries()) {
    await call.store.putMessage(await newMessage(call, conversation, seed, `messages.${i}`));
  }
  return { data: conversationView(conversation) };
};

/** GET /v1/conversation/retrieve. */
export const retrieveConversation: Handler = async ({ store, query }) => ({
  data: conversationView(await requireConversation(store, query['conversation_id'])),
});

/** GET /v1/conversations: an agent's conversations in one channel, newest first by default. */
export const listConversations: Handler = async ({ store, query }) => {
  const bot = requireBot(query['bot_id']);
  const pageNum = intParam(query['page_num'], 'page_num', 1, 1, 10_000);
  const pageSize = intParam(query['page_size'], 'page_size', 50, 1, 50);
  const connector = query['connector_id'] ?? '1024';
  const ascending = query['sort_order'] === 'ASC';
  const all = (await store.conversations())
    .filter((c) => c.bot_id === bot.id && c.connector_id === connector)
    .sort((a, b) => (a.created_at - b.created_at || (a.id < b.id ? -1 : 1)) * (ascending ? 1 : -1));
  const page = pageOf(all, pageNum, pageSize);
  return { data: { has_more: page.hasMore, conversations: page.items.map(conversationView) } };
};

/** PUT /v1/conversations/:conversation_id: only the name changes. */
export const updateConversation: Handler = async (call) => {
  const conversation = await requireConversation(call.store, call.path['conversation_id']);
  const updated = { ...conversation, name: checkName(call.body['name'])!, updated_at: seconds(call.nowMs) };
  await call.store.putConversation(updated);
  return { data: conversationView(updated) };
};

/** DELETE /v1/conversations/:conversation_id: the conversation and its messages go; Coze answers no data. */
export const deleteConversation: Handler = async ({ store, path }) => {
  const conversation = await requireConversation(store, path['conversation_id']);
  await store.deleteConversation(conversation.id);
  return {};
};

/** POST /v1/conversations/:conversation_id/clear: a new context section; earlier messages stay. */
export const clearConversationContext: Handler = async (call) => {
  const conversation = await requireConversation(call.store, call.path['conversation_id']);
  const sectionId = await call.store.nextId();
  await call.store.putConversation({ ...conversation, last_section_id: sectionId, updated_at: seconds(call.nowMs) });
  return { data: { id: sectionId, conversation_id: conversation.id } };
};
