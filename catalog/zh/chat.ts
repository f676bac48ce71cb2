/** Chinese for the `chat` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const CHAT: readonly (readonly [string, string])[] = [
  [
    "Sends a user's message to an agent and returns the agent's answer, either streamed as it is written or as a chat to poll. This is the main call for talking to an agent.",
    '将用户的消息发送给智能体并返回智能体的回复，可以边生成边流式返回，也可以作为对话轮询获取。这是与智能体对话的主要接口。',
  ],
  [
    '`conversation_id` goes in the query string; leave it out for a one-off chat in a new conversation.',
    '`conversation_id` 放在查询字符串中；不传则在新会话中进行一次性对话。',
  ],
  [
    'With `stream: true` the answer arrives as SSE events. With `stream: false` you get only the Chat object: poll retrieve-chat (at most once a second) until it ends, then read list-chat-messages.',
    '`stream: true` 时回复以 SSE 事件返回。`stream: false` 时只返回 Chat 对象：轮询 retrieve-chat（最多每秒一次）直到对话结束，再调用 list-chat-messages 读取消息。',
  ],
  [
    'Non-streaming chats need `auto_save_history: true`, the default.',
    '非流式对话需要 `auto_save_history: true`（默认值）。',
  ],
  [
    'A conversation runs one chat at a time; starting a second one fails with 4016.',
    '一个会话同一时间只能运行一个对话；再发起第二个会返回 4016。',
  ],
  [
    'The agent must be published to the API channel (else 4015) unless `publish_status` is `unpublished_draft`.',
    '智能体必须已发布到 API 渠道（否则返回 4015），除非 `publish_status` 为 `unpublished_draft`。',
  ],
  [
    'Existing conversation to run in (its messages become context). Omit for a one-off chat; the server creates a conversation. Only one in-progress chat per conversation (else error 4016).',
    '在其中运行对话的已有会话（其消息作为上下文）。不传则为一次性对话，由服务端创建会话。每个会话同时只能有一个进行中的对话（否则返回错误 4016）。',
  ],
  [
    'Agent to chat with (must be published to the API channel unless publish_status=unpublished_draft).',
    '要对话的智能体（必须已发布到 API 渠道，除非 publish_status=unpublished_draft）。',
  ],
  [
    'Caller-defined end-user ID; memory, context and database rows are isolated per user_id. Avoid using real business user IDs.',
    '调用方自定义的终端用户 ID；记忆、上下文和数据库记录按 user_id 隔离。请避免使用真实的业务用户 ID。',
  ],
  [
    'Messages added for this chat (max 100). The last one is used as the user query and should have role user; earlier ones are context. Required if the conversation is empty or not given.',
    '本次对话附加的消息（最多 100 条）。最后一条作为用户的问题，角色应为 user；之前的消息作为上下文。会话为空或未指定会话时必填。',
  ],
  [
    'Message type, default `question` (only with role user). auto_save_history=true allows question/answer; false also allows function_call and tool_output/tool_response. follow_up, knowledge and verbose appear only in responses.',
    '消息类型，默认 `question`（仅配合角色 user）。auto_save_history=true 时允许 question/answer；为 false 时还允许 function_call 和 tool_output/tool_response。follow_up、knowledge 和 verbose 只出现在响应中。',
  ],
  [
    'Plain text when content_type=text; when content_type=object_string, a JSON-SERIALIZED STRING of an array of object_string parts (see fields of `object_string_item`).',
    'content_type=text 时为纯文本；content_type=object_string 时为 object_string 片段数组序列化后的 JSON 字符串（字段见 `object_string_item`）。',
  ],
  [
    '`text` or `object_string` (multimodal). `card` and `audio` only occur in responses.',
    '`text` 或 `object_string`（多模态）。`card` 和 `audio` 只出现在响应中。',
  ],
  ['Custom string key/values kept with the message (max 16 pairs).', '随消息保存的自定义字符串键值对（最多 16 对）。'],
  [
    'true = SSE stream of chat/message events; false (default) = returns the Chat object immediately, then poll.',
    'true = 以 SSE 流返回对话/消息事件；false（默认）= 立即返回 Chat 对象，之后轮询。',
  ],
  [
    'String map filling `{{key}}` variables in the agent prompt (Jinja2 supported; keys letters/underscore only). Not applied to agent variables or workflows.',
    '用于填充智能体提示词中 `{{key}}` 变量的字符串映射（支持 Jinja2；键只能包含字母和下划线）。不作用于智能体变量或工作流。',
  ],
  [
    "Save this chat's messages to the conversation (default true). Must be true when stream=false and when local plugins are used.",
    '是否将本次对话的消息保存到会话中（默认 true）。stream=false 或使用端插件时必须为 true。',
  ],
  [
    'String map stored on the chat and echoed by retrieve-chat (max 16 pairs; keys 1-64, values 1-512 chars).',
    '保存在对话上、由 retrieve-chat 原样返回的字符串映射（最多 16 对；键 1-64 个字符，值 1-512 个字符）。',
  ],
  [
    'String map of extra hints for the model; supported keys: `latitude`, `longitude`. Not passed to workflows.',
    '给模型的额外提示信息的字符串映射；支持的键：`latitude`、`longitude`。不会传给工作流。',
  ],
  [
    "Execute one of the agent's shortcut commands; the generated query is appended as the last additional message.",
    '执行智能体的某个快捷指令；生成的问题会作为最后一条附加消息追加。',
  ],
  [
    'Shortcut command ID (retrieve-bot data.shortcut_commands[].id).',
    '快捷指令 ID（retrieve-bot 的 data.shortcut_commands[].id）。',
  ],
  [
    'Map of component name -> value, each value a serialized object_string JSON array.',
    '组件名称到值的映射，每个值是序列化后的 object_string JSON 数组。',
  ],
  [
    'Custom start-node inputs for a single agent in chatflow mode (published to API/Chat SDK).',
    '单智能体对话流模式下自定义的开始节点输入（已发布到 API/Chat SDK）。',
  ],
  [
    'Return question-node output as card content (default false). Cards only render in Chat SDK; API users can render via Card SDK.',
    '是否以卡片形式返回问答节点的输出（默认 false）。卡片只在 Chat SDK 中渲染；API 用户可通过 Card SDK 渲染。',
  ],
  [
    '`published_online` (default) chats with the published version; `unpublished_draft` with the draft.',
    '`published_online`（默认）与已发布版本对话；`unpublished_draft` 与草稿对话。',
  ],
  [
    'Chat with a specific historical version (from list-bot-versions). Not allowed together with unpublished_draft (4000).',
    '与指定的历史版本对话（取自 list-bot-versions）。不能与 unpublished_draft 同时使用（4000）。',
  ],
  ['Chat object (non-streaming). Streaming returns SSE instead.', 'Chat 对象（非流式）。流式时改为返回 SSE。'],
  ['Chat id.', '对话 ID。'],
  ['Conversation the chat runs in.', '对话所在的会话。'],
  ['Agent id.', '智能体 ID。'],
  [
    '`created`, `in_progress`, `completed`, `failed`, `requires_action` or `canceled`.',
    '`created`、`in_progress`、`completed`、`failed`、`requires_action` 或 `canceled`。',
  ],
  ['Time the chat finished, Unix seconds.', '对话完成的时间，Unix 时间戳（秒）。'],
  ['Time the chat failed, Unix seconds.', '对话失败的时间，Unix 时间戳（秒）。'],
  ['Key/values passed when the chat was started.', '发起对话时传入的键值对。'],
  ['Why the chat failed.', '对话失败的原因。'],
  ['Error code; 0 when there is none.', '错误码；无错误时为 0。'],
  ['Error message.', '错误信息。'],
  ['Context section of the chat.', '对话所在的上下文段。'],
  [
    'Present when the status is `requires_action`: what the caller must do to continue.',
    '状态为 `requires_action` 时出现：调用方需要执行的操作，对话才能继续。',
  ],
  ['Always `submit_tool_outputs`.', '固定为 `submit_tool_outputs`。'],
  ['Tool calls to answer with submit-tool-outputs.', '需通过 submit-tool-outputs 回复的工具调用。'],
  ['Tool calls waiting for results.', '等待结果的工具调用。'],
  [
    'Tool call id, echoed back as `tool_call_id` in submit-tool-outputs.',
    '工具调用 ID，在 submit-tool-outputs 中作为 `tool_call_id` 传回。',
  ],
  [
    '`function`: a local plugin to run; `reply_message`: a question-node option to answer.',
    '`function`：需要运行的端插件；`reply_message`：需要回答的问答节点选项。',
  ],
  ['The function to run: its name and JSON arguments.', '要运行的函数：名称和 JSON 参数。'],
  ['Arguments as a JSON string.', '参数，JSON 字符串形式。'],
  ['Token usage of the chat.', '本次对话的 Token 用量。'],
  ['Input tokens: context, system prompt and user input.', '输入 Token：上下文、系统提示词和用户输入。'],
  ['Output tokens generated by the model.', '模型生成的输出 Token。'],
  ['Total tokens, input plus output.', 'Token 总数，输入加输出。'],
  ['The chat was created; a Chat object with status `created`.', '对话已创建；状态为 `created` 的 Chat 对象。'],
  ['The agent started working; status `in_progress`.', '智能体开始处理；状态为 `in_progress`。'],
  [
    'A chunk of a message as the model writes it; join the `content` of all deltas for the answer.',
    '模型生成消息时的增量片段；将所有增量的 `content` 拼接起来即为完整回复。',
  ],
  ['A chunk of base64 audio, only when the input held audio.', '一段 base64 音频，仅在输入包含音频时出现。'],
  [
    'A whole message: the answer, tool calls and outputs, knowledge recall, verbose notes or follow-up suggestions.',
    '一条完整的消息：回复、工具调用及其输出、知识库召回、过程说明或推荐问题。',
  ],
  ['The chat finished; the Chat object carries the final usage.', '对话已完成；Chat 对象中带有最终的用量。'],
  ['The chat failed; `last_error` says why.', '对话失败；`last_error` 说明原因。'],
  [
    'The agent waits for local tool results: answer `required_action.submit_tool_outputs.tool_calls` with submit-tool-outputs.',
    '智能体在等待端插件的结果：使用 submit-tool-outputs 回复 `required_action.submit_tool_outputs.tool_calls`。',
  ],
  ['The stream failed; `{code, msg}`.', '流出错；`{code, msg}`。'],
  ['Coze error code.', '扣子错误码。'],
  ['What went wrong.', '出错原因。'],
  [
    'The stream ends. In chat v3 the data is the literal `[DONE]`; in chatflows `{"debug_url": ...}`.',
    '流结束。在 chat v3 中数据为字面量 `[DONE]`；在对话流中为 `{"debug_url": ...}`。',
  ],
  [
    'Reads the status and token usage of one chat. Use it to poll a non-streaming chat until it completes, fails, is canceled or waits for tool outputs.',
    '查询单个对话的状态和 Token 用量。可用来轮询非流式对话，直到其完成、失败、被取消或等待工具输出。',
  ],
  [
    'Both ids go in the query string of a GET; a POST, as some SDKs send, can fail with 4100 under OAuth tokens.',
    '两个 ID 都放在 GET 请求的查询字符串中；部分 SDK 发送的 POST 请求在使用 OAuth 令牌时可能返回 4100。',
  ],
  ['Poll at most once a second.', '轮询频率最多每秒一次。'],
  [
    'Status `requires_action` means the agent waits for submit-tool-outputs.',
    '状态为 `requires_action` 表示智能体在等待 submit-tool-outputs。',
  ],
  ['Conversation of the chat.', '对话所在的会话。'],
  ['Chat to read (the `id` from the chat response / chat events).', '要查询的对话（对话响应或对话事件中的 `id`）。'],
  ['Chat object.', 'Chat 对象。'],
  [
    'Lists the messages one chat produced: the answer, tool calls and their results, follow-up suggestions and the like. Use it to read the answer once a non-streaming chat has completed.',
    '列出一次对话产生的消息：回复、工具调用及其结果、推荐问题等。可在非流式对话完成后用它读取回复。',
  ],
  [
    "`data` is an array of messages; the user's own question is not in it.",
    '`data` 是消息数组；其中不包含用户自己的问题。',
  ],
  ['Chat whose messages to list.', '要列出消息的对话。'],
  [
    "All messages of the chat except the user's query: answers, tool calls, follow-ups, verbose, etc.",
    '对话中除用户问题以外的所有消息：回复、工具调用、推荐问题、过程说明等。',
  ],
  [
    'Sends the results of tool calls back to a chat that stopped in `requires_action`, so the agent can finish its answer. Use it when your agent has plugins that run on your side.',
    '将工具调用的结果发回给停在 `requires_action` 状态的对话，使智能体能够完成回复。适用于智能体带有在你这一侧运行的插件的情况。',
  ],
  [
    'Both ids go in the query string; the outputs go in the JSON body.',
    '两个 ID 都放在查询字符串中；输出结果放在 JSON 请求体中。',
  ],
  [
    "Only works while the chat is in `requires_action`; each `tool_call_id` comes from the chat's `required_action.submit_tool_outputs.tool_calls`.",
    '只在对话处于 `requires_action` 状态时有效；每个 `tool_call_id` 都取自对话的 `required_action.submit_tool_outputs.tool_calls`。',
  ],
  [
    'The chat must have been started with `auto_save_history: true`, otherwise 5000.',
    '对话必须以 `auto_save_history: true` 发起，否则返回 5000。',
  ],
  [
    'With `stream: true` the chat continues with the same SSE events as create-chat.',
    '`stream: true` 时，对话以与 create-chat 相同的 SSE 事件继续。',
  ],
  ['Conversation of the interrupted chat.', '被中断的对话所在的会话。'],
  ['Chat in `requires_action` state.', '处于 `requires_action` 状态的对话。'],
  [
    'true = continue as an SSE stream with the same events as chat; false (default) = JSON Chat object only.',
    'true = 以 SSE 流继续，事件与对话相同；false（默认）= 只返回 JSON Chat 对象。',
  ],
  ['Results for the pending tool calls.', '待处理工具调用的结果。'],
  [
    'Tool result as a string (for files, upload first and pass e.g. a JSON with the file_id).',
    '字符串形式的工具结果（如需传文件，请先上传，再传入例如包含 file_id 的 JSON）。',
  ],
  [
    'ID of the tool call being answered (from `required_action.submit_tool_outputs.tool_calls[].id`).',
    '所回复的工具调用 ID（取自 `required_action.submit_tool_outputs.tool_calls[].id`）。',
  ],
  ['Chat object (non-streaming).', 'Chat 对象（非流式）。'],
  [
    'Cancels a chat that is still running. Use it behind a stop button when the user no longer wants the answer.',
    '取消仍在运行的对话。可用于“停止”按钮，在用户不再需要回复时使用。',
  ],
  ['Both ids go in the JSON body.', '两个 ID 都放在 JSON 请求体中。'],
  [
    'It only sets the status to `canceled`; close an open stream yourself.',
    '它只会将状态设为 `canceled`；已打开的流需自行关闭。',
  ],
  [
    'Chats that are completed, failed or in `requires_action` cannot be canceled.',
    '已完成、已失败或处于 `requires_action` 状态的对话无法取消。',
  ],
  ['The canceled round is not kept as context.', '被取消的这一轮不会保留为上下文。'],
  ['In-progress chat to cancel.', '要取消的进行中的对话。'],
];
