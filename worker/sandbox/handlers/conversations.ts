import { CozeCode, CozeError } from '../envelope';
import { checkMetaData, intParam, pageOf, seconds } from '../params';
import { conversationView } from '../views';
import { requireBot } from './bots';
import { newConversation, newMessage, requireConversation } from '../objects';
import type { Handler } from '../call';

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
  if (body.bot_id !== undefined) await requireBot(call.store, body.bot_id);
  const conversation = await newConversation(call, {
    bot_id: body.bot_id,
    name: checkName(body.name),
    meta_data: checkMetaData(body.meta_data),
    connector_id: body.connector_id,
  });
  const messages = [];
  for (const [i, seed] of (body.messages ?? []).entries()) {
    messages.push(await newMessage(call, conversation, seed, `messages.${i}`));
  }
  await call.store.putConversation(conversation);
  for (const message of messages) await call.store.putMessage(message);
  return { data: conversationView(conversation) };
};

/** GET /v1/conversation/retrieve. */
export const retrieveConversation: Handler = async ({ store, query }) => ({
  data: conversationView(await requireConversation(store, query['conversation_id'])),
});

/** GET /v1/conversations: an agent's conversations in one channel, newest first by default. */
export const listConversations: Handler = async ({ store, query }) => {
  const bot = await requireBot(store, query['bot_id']);
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
