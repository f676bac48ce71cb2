import type { ChatRecord, ConversationRecord, MessageRecord } from './records';

/**
 * The Chat object Coze answers with. `status` may be overridden for stream events that report an
 * earlier state (`created`) of a chat already planned further.
 */
export function chatView(chat: ChatRecord, status = chat.status): Record<string, unknown> {
  return {
    id: chat.id,
    conversation_id: chat.conversation_id,
    bot_id: chat.bot_id,
    created_at: chat.created_at,
    ...(status === 'completed' && chat.completed_at !== undefined && { completed_at: chat.completed_at }),
    last_error: { code: 0, msg: '' },
    meta_data: chat.meta_data,
    status,
    section_id: chat.section_id,
    ...(status === 'requires_action' &&
      chat.tool_calls && {
        required_action: { type: 'submit_tool_outputs', submit_tool_outputs: { tool_calls: chat.tool_calls } },
      }),
    ...(chat.usage && (status === 'completed' || status === 'requires_action') && { usage: chat.usage }),
  };
}

/** The Message object Coze answers with; `bot_id` and `chat_id` are empty for a message no chat made. */
export function messageView(message: MessageRecord): Record<string, unknown> {
  return {
    id: message.id,
    conversation_id: message.conversation_id,
    role: message.role,
    type: message.type,
    bot_id: message.bot_id ?? '',
    chat_id: message.chat_id ?? '',
    section_id: message.section_id,
    content: message.content,
    content_type: message.content_type,
    meta_data: message.meta_data,
    created_at: message.created_at,
    updated_at: message.updated_at,
    reasoning_content: '',
  };
}

/** A `conversation.message.delta` payload: one piece of a message being written. */
export function deltaView(message: MessageRecord, piece: string): Record<string, unknown> {
  return {
    id: message.id,
    conversation_id: message.conversation_id,
    bot_id: message.bot_id,
    role: message.role,
    type: message.type,
    content: piece,
    content_type: message.content_type,
    chat_id: message.chat_id,
    section_id: message.section_id,
  };
}

/** The Conversation object Coze answers with. */
export function conversationView(conversation: ConversationRecord): Record<string, unknown> {
  return {
    id: conversation.id,
    name: conversation.name,
    meta_data: conversation.meta_data,
    creator_id: conversation.creator_id,
    created_at: conversation.created_at,
    updated_at: conversation.updated_at,
    last_section_id: conversation.last_section_id,
    connector_id: conversation.connector_id,
  };
}
