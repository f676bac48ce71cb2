/** What a sandbox session stores, one record per object, shaped close to the Coze objects they answer with. */

/** Token counts, as Coze reports them. */
export interface Usage {
  input_count: number;
  output_count: number;
  token_count: number;
}

/** A tool call a chat waits for, as in `required_action.submit_tool_outputs.tool_calls`. */
export interface ToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

/** A conversation; `bot_id` is kept so list-conversations can filter by agent. */
export interface ConversationRecord {
  id: string;
  name: string;
  meta_data: Record<string, unknown>;
  creator_id: string;
  created_at: number;
  updated_at: number;
  last_section_id: string;
  connector_id: string;
  bot_id?: string;
  /** The chat that last ran here, checked before a new one starts (Coze allows one at a time). */
  last_chat_id?: string;
}

/** A message; `content` is exactly what Coze would return. */
export interface MessageRecord {
  id: string;
  conversation_id: string;
  role: 'user' | 'assistant';
  type: 'question' | 'answer' | 'function_call' | 'tool_output' | 'tool_response' | 'follow_up' | 'verbose';
  bot_id?: string;
  chat_id?: string;
  section_id: string;
  content: string;
  content_type: 'text' | 'object_string' | 'card';
  meta_data: Record<string, unknown>;
  created_at: number;
  updated_at: number;
}

/** Chat statuses Coze reports. */
export type ChatStatus = 'created' | 'in_progress' | 'completed' | 'failed' | 'requires_action' | 'canceled';

/**
 * What a running chat will do when its time comes: which status it reaches and which messages it
 * has produced by then. Kept on the chat so a stream and a later retrieve agree.
 */
export interface ChatStep {
  outcome: 'completed' | 'requires_action';
  /** Epoch ms at which the step is done; retrieve reports `in_progress` until then. */
  ready_at_ms: number;
  messages: MessageRecord[];
  tool_calls?: ToolCall[];
  usage: Usage;
}

/** A chat (one round with an agent) and the messages it produced. */
export interface ChatRecord {
  id: string;
  conversation_id: string;
  bot_id: string;
  section_id: string;
  created_at: number;
  meta_data: Record<string, unknown>;
  status: ChatStatus;
  /** The step under way while `status` is `in_progress`. */
  step?: ChatStep;
  completed_at?: number;
  usage?: Usage;
  tool_calls?: ToolCall[];
  /** Everything the chat produced so far, for list-chat-messages (the user's query excluded). */
  messages: MessageRecord[];
  /** The user's question as plain text, kept to answer after tool outputs arrive. */
  question: string;
  auto_save_history: boolean;
}

/** An uploaded file's metadata; the sandbox, like Coze, never hands the bytes back. */
export interface FileRecord {
  id: string;
  bytes: number;
  file_name: string;
  created_at: number;
}

/** Interrupt data of a workflow run that stopped at a question node. */
export interface InterruptData {
  event_id: string;
  type: 2;
  data: string;
}

/** One workflow execution, for run history and node output. */
export interface RunRecord {
  execute_id: string;
  workflow_id: string;
  /** 0 sync, 1 streaming, 2 async, as run history reports it. */
  run_mode: 0 | 1 | 2;
  bot_id: string;
  connector_id: string;
  connector_uid: string;
  create_time: number;
  update_time: number;
  /** Epoch ms at which the run finishes; history reports `Running` until then. */
  ready_at_ms: number;
  outcome: 'Success' | 'Interrupted';
  /** The end node's result (a JSON string); empty while interrupted. */
  output: string;
  usage: Usage;
  node_execute_uuid: string;
  node_id: string;
  node_title: string;
  interrupt_data?: InterruptData;
  logid: string;
}

/** A question a workflow run is waiting on; resuming consumes it (the seeded one stays, so its example always runs). */
export interface InterruptRecord {
  event_id: string;
  workflow_id: string;
  execute_id: string;
  question: string;
  node_title: string;
  consumed: boolean;
  fixture: boolean;
}

/** Collaboration settings of one workflow. */
export interface CollaborationRecord {
  mode: 'single' | 'collaboration';
  user_ids: string[];
}

/** A rating of an agent's message. */
export interface FeedbackRecord {
  feedback_type: 'like' | 'unlike';
  reason_types: string[];
  comment: string;
}
