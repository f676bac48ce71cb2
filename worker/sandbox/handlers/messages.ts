import { settleConversation } from '../chats';
import { CozeCode, CozeError } from '../envelope';
import { checkMetaData, compareIds, intParam, seconds } from '../params';
import { messageView } from '../views';
import { checkContent, newMessage, requireConversation, requireMessage, type MessageInput } from '../objects';
import type { Handler } from '../call';
import type { MessageRecord } from '../records';

/** POST /v1/conversation/message/create: a user message is a question, an assistant one an answer. */
export const createMessage: Handler = async (call) => {
  const conversation = await requireConversation(call.store, call.query['conversation_id']);
  const message = await newMessage(call, conversation, call.body as unknown as MessageInput, 'body');
  await call.store.putMessage(message);
  await call.store.putConversation({ ...conversation, updated_at: seconds(call.nowMs) });
  return { data: messageView(message) };
};

const MIDDLE_TYPES = new Set(['function_call', 'tool_output', 'tool_response']);

const isAnchor = (id: unknown): id is string => typeof id === 'string' && id !== '' && id !== '0';

/**
 * POST /v1/conversation/message/list. `before_id`/`after_id` are positions in the listed order:
 * `after_id: last_id` gives the next page, `before_id: first_id` the previous one.
 */
export const listMessages: Handler = async ({ store, query, body, nowMs }) => {
  const conversation = await requireConversation(store, query['conversation_id']);
  await settleConversation(store, conversation, nowMs);
  const limit = intParam(body['limit'], 'limit', 50, 1, 50);
  const descending = body['order'] !== 'asc';
  const { before_id: before, after_id: after } = body;
  if (isAnchor(before) && isAnchor(after)) {
    throw new CozeError(CozeCode.badRequest, 'Invalid parameter: send before_id or after_id, not both');
  }
  const all = (await store.messages(conversation.id))
    .filter((m) => body['include_middle_message'] === true || !MIDDLE_TYPES.has(m.type))
    .filter((m) => body['chat_id'] === undefined || m.chat_id === body['chat_id'])
    .sort((a, b) => compareIds(a.id, b.id) * (descending ? -1 : 1));
  const position = (anchor: string) => all.filter((m) => compareIds(m.id, anchor) * (descending ? -1 : 1) < 0).length;
  let page: MessageRecord[];
  let hasMore: boolean;
  if (isAnchor(before)) {
    const end = position(before);
    page = all.slice(Math.max(0, end - limit), end);
    hasMore = end - limit > 0;
  } else {
    const start = isAnchor(after)
      ? all.length - all.filter((m) => compareIds(m.id, after) * (descending ? -1 : 1) > 0).length
      : 0;
    page = all.slice(start, start + limit);
    hasMore = start + limit < all.length;
  }
  return {
    data: page.map(messageView),
    has_more: hasMore,
    first_id: page[0]?.id ?? '0',
    last_id: page.at(-1)?.id ?? '0',
  };
};

/** GET /v1/conversation/message/retrieve. */
export const retrieveMessage: Handler = async ({ store, query, nowMs }) => {
  const conversation = await requireConversation(store, query['conversation_id']);
  await settleConversation(store, conversation, nowMs);
  return { data: messageView(await requireMessage(store, conversation.id, query['message_id'])) };
};

/** POST /v1/conversation/message/modify: Coze answers the message under `message`, not `data`. */
export const updateMessage: Handler = async (call) => {
  const message = await requireMessage(call.store, call.query['conversation_id'], call.query['message_id']);
  const {
    content,
    content_type: contentType,
    meta_data: metaData,
  } = call.body as { content?: string; content_type?: string; meta_data?: Record<string, unknown> };
  if (!content && (!metaData || Object.keys(metaData).length === 0)) {
    throw new CozeError(CozeCode.badRequest, 'Invalid parameter: content and meta_data cannot both be empty');
  }
  if (content && !contentType)
    throw new CozeError(CozeCode.badRequest, 'Invalid parameter content_type: required with content');
  if (content) checkContent(content, contentType, 'body');
  const updated: MessageRecord = {
    ...message,
    ...(content && { content, content_type: contentType as MessageRecord['content_type'] }),
    ...(metaData && { meta_data: checkMetaData(metaData) }),
    updated_at: seconds(call.nowMs),
  };
  await call.store.putMessage(updated);
  return { message: messageView(updated) };
};

/** POST /v1/conversation/message/delete: only questions and answers can go; answers the deleted message. */
export const deleteMessage: Handler = async ({ store, query }) => {
  const message = await requireMessage(store, query['conversation_id'], query['message_id']);
  if (message.type !== 'question' && message.type !== 'answer') {
    throw new CozeError(
      CozeCode.badRequest,
      `Message ${message.id} is a ${message.type} message: only question and answer messages can be deleted`,
    );
  }
  await store.deleteMessage(message);
  return { data: messageView(message) };
};

/** POST …/messages/:message_id/feedback: only the agent's messages can be rated. */
export const createMessageFeedback: Handler = async ({ store, path, body }) => {
  const message = await requireMessage(store, path['conversation_id'], path['message_id']);
  if (message.role !== 'assistant') {
    throw new CozeError(
      CozeCode.badRequest,
      `Message ${message.id} was written by the user: only the agent's messages can be rated`,
    );
  }
  const comment = String(body['comment'] ?? '');
  if (comment.length > 250)
    throw new CozeError(CozeCode.badRequest, 'Invalid parameter comment: at most 250 characters');
  await store.putFeedback(message.id, {
    feedback_type: body['feedback_type'] as 'like' | 'unlike',
    reason_types: (body['reason_types'] as string[] | undefined) ?? [],
    comment,
  });
  return {};
};

/** DELETE …/messages/:message_id/feedback: succeeds whether or not the message was rated. */
export const deleteMessageFeedback: Handler = async ({ store, path }) => {
  const message = await requireMessage(store, path['conversation_id'], path['message_id']);
  await store.deleteFeedback(message.id);
  return {};
};
