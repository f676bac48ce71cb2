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

/** A knowledge base: `format_type` 0 holds text documents, 2 images. */
export interface DatasetRecord {
  dataset_id: string;
  name: string;
  description: string;
  space_id: string;
  format_type: 0 | 2;
  /** The icon's uploaded file id, when one was given. */
  icon_file_id?: string;
  create_time: number;
  update_time: number;
}

/** A file of a knowledge base: a text document, a web page or an image. */
export interface DocumentRecord {
  document_id: string;
  dataset_id: string;
  name: string;
  /** File extension: txt, pdf, docx…, `html` for web pages, png/jpg for images. */
  type: string;
  size: number;
  char_count: number;
  slice_count: number;
  format_type: 0 | 2;
  /** 0 local upload, 1 web page, 5 an uploaded file id (images). */
  document_source: 0 | 1 | 5;
  web_url?: string;
  source_file_id?: string;
  caption: string;
  chunk_strategy: Record<string, unknown>;
  update_type: number;
  update_interval: number;
  create_time: number;
  update_time: number;
  /** Epoch ms at which processing ends; status and progress are read against it. */
  ready_at_ms: number;
  /** Epoch ms at which processing started. */
  started_at_ms: number;
}

/** What the sandbox keeps of a recording: enough to compare voices, not the bytes. */
export interface AudioNote {
  format: string;
  bytes: number;
  duration_ms: number;
  pitch_hz: number;
  digest: number;
}

/** A voiceprint group. */
export interface VoiceprintGroupRecord {
  id: string;
  name: string;
  desc: string;
  created_at: number;
  updated_at: number;
}

/** A voiceprint (feature) of a group. */
export interface VoiceprintFeatureRecord {
  id: string;
  group_id: string;
  name: string;
  desc: string;
  audio: AudioNote;
  created_at: number;
  updated_at: number;
}

/** A voice: the sandbox's system voices and the ones cloned in the session. */
export interface VoiceRecord {
  voice_id: string;
  name: string;
  is_system_voice: boolean;
  language_code: string;
  language_name: string;
  preview_text: string;
  model_type: 'big' | 'small';
  state: 'init' | 'cloned';
  /** The synthesizer's base pitch for this voice. */
  pitch_hz: number;
  support_emotions: string[];
  available_training_times: number;
  create_time: number;
  update_time: number;
}

/** A callback app with the events it subscribes to. */
export interface ApiAppRecord {
  id: string;
  name: string;
  app_type: 'normal' | 'connector';
  connector_id: string;
  callback_url: string;
  verify_token: string;
  event_types: string[];
  created_at: number;
}

/** The user variables of one end user of one agent or app in one channel. */
export interface VariablesRecord {
  values: Record<string, { value: string; create_time: number; update_time: number }>;
}

/** A member of a workspace. */
export interface MemberRecord {
  user_id: string;
  role_type: 'owner' | 'admin' | 'member';
  user_nickname: string;
  user_unique_name: string;
  joined_at: number;
}

/** A workspace with its members. */
export interface WorkspaceRecord {
  id: string;
  name: string;
  description: string;
  icon_url: string;
  owner_uid: string;
  workspace_type: 'personal' | 'team';
  enterprise_id: string;
  members: MemberRecord[];
  created_at: number;
}

/** A device-flow authorization: pending until polled, then approved once. */
export interface DeviceGrantRecord {
  device_code: string;
  user_code: string;
  client_id: string;
  created_at_ms: number;
  polls: number;
  /** Set once tokens were issued for it; a fixture grant never is. */
  consumed: boolean;
  fixture: boolean;
}

/** An authorization code the consent page issued, with what its exchange must match. */
export interface AuthCodeRecord {
  client_id: string;
  redirect_uri: string;
  /** The PKCE challenge and its method; absent for a web app's code (its secret proves it instead). */
  code_challenge?: string;
  code_challenge_method?: 'plain' | 'S256';
  created_at_ms: number;
  used: boolean;
  /** The catalog examples' codes: they never expire or get used up. */
  fixture: boolean;
}

/** A refresh token the sandbox issued; refreshing uses it up. */
export interface RefreshTokenRecord {
  client_id: string;
  expires_at: number;
  used: boolean;
}

/** An agent's settings as create-bot and update-bot take them; also what a published version freezes. */
export interface BotSettings {
  name: string;
  description: string;
  icon_url: string;
  prompt: string;
  prologue: string;
  suggested_questions: string[];
  suggest_reply_info: { reply_mode: string; customized_prompt: string };
  model_info_config: Record<string, unknown>;
  plugin_apis: { plugin_id: string; api_id: string }[];
  workflow_ids: string[];
  dataset_ids: string[];
  /** Version of these settings: epoch ms of the change, as Coze numbers agent versions. */
  version: string;
  update_time: number;
}

/** An agent: the seeded ones once changed, and every one made with create-bot. */
export interface BotRecord {
  id: string;
  space_id: string;
  create_time: number;
  /** Set on the seeded agents: every answer needs the caller's local `get_weather` plugin. */
  needs_weather_plugin: boolean;
  draft: BotSettings;
  /** The version last published, with the channels it went to; absent until the first publish. */
  online?: BotSettings & { published_at: number; connector_ids: string[] };
}

/** A field of a Coze database, as databases-create takes it. */
export interface DatabaseField {
  name: string;
  desc: string;
  type: 'string' | 'integer' | 'time' | 'number' | 'boolean';
  is_required: boolean;
}

/** A Coze database: one table's definition; its rows are stored apart, one record each. */
export interface DatabaseRecord {
  id: string;
  workspace_id: string;
  /** `0` for the workspace library. */
  app_id: string;
  creator_id: string;
  table_name: string;
  table_desc: string;
  rw_mode: 'limited_read_write' | 'unlimited_read_write';
  connector_read_mode: 'independent_connector' | 'shared_coze_connectors' | 'shared_all_connectors';
  fields: DatabaseField[];
  indexs: { index_name: string; field_names: string[]; comment: string }[];
  icon_file_id?: string;
  create_time: number;
  update_time: number;
}

/** One row of a database: its values as Coze keeps them (strings), the channel it belongs to. */
export interface DatabaseRowRecord {
  database_id: string;
  /** The system `id` field. */
  id: string;
  values: Record<string, string>;
  connector_id: string;
  /** The system `uuid` field: the end user who wrote the row. */
  uuid: string;
  created_at_ms: number;
}

/** An async insert, update, query or delete; its effect is applied when it is submitted. */
export interface DatabaseTaskRecord {
  task_id: string;
  database_id: string;
  task_type: 'select' | 'insert' | 'update' | 'delete';
  created_at_ms: number;
  /** Epoch ms at which the task reports `succeed`; `pending`, then `running`, before. */
  ready_at_ms: number;
  affected_rows?: number;
  select_total_count?: number;
  /** The found rows, for a select task's result file. */
  select_items?: Record<string, string>[];
  has_more: boolean;
  /** Seeded tasks never expire, so the example always runs. */
  fixture: boolean;
}
