/** Chinese for the `workflow` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const WORKFLOW: readonly (readonly [string, string])[] = [
  [
    'Runs a published workflow with the given inputs and returns its output in one response. Use it for short workflows; stream-run-workflow covers long runs and workflows that stream or ask questions.',
    '使用给定的输入运行已发布的工作流，并在一次响应中返回其输出。适用于较短的工作流；长时间运行、流式输出或需要提问的工作流请使用 stream-run-workflow。',
  ],
  [
    'The connection drops after 90 s without a response; a run may last 10 min (24 h when async). Requests are limited to 20 MB.',
    '90 秒内无响应会断开连接；单次运行最长 10 分钟（异步时为 24 小时）。请求大小上限为 20 MB。',
  ],
  [
    'Workflows with output nodes or a streaming end node need stream-run-workflow.',
    '包含输出节点或流式结束节点的工作流需使用 stream-run-workflow。',
  ],
  [
    "Send `parameters` as a JSON object; the response's `data` is a JSON string to parse.",
    '`parameters` 以 JSON 对象发送；响应中的 `data` 是需要解析的 JSON 字符串。',
  ],
  [
    '`is_async: true` (paid plans) returns an `execute_id` to poll with retrieve-workflow-run-history.',
    '`is_async: true`（付费套餐）会返回一个 `execute_id`，用 retrieve-workflow-run-history 轮询。',
  ],
  [
    'An unpublished workflow fails with 4200; `bot_id` together with `app_id` fails with 4000.',
    '未发布的工作流会返回 4200；同时传入 `bot_id` 和 `app_id` 会返回 4000。',
  ],
  ['Published workflow to run.', '要运行的已发布工作流。'],
  [
    'Start-node inputs as key/values. Files: pass a URL, or a JSON string like `{"file_id":"..."}` (arrays for file lists).',
    '开始节点的输入，键值对形式。文件：传 URL，或形如 `{"file_id":"..."}` 的 JSON 字符串（文件列表用数组）。',
  ],
  [
    'Agent to run the workflow on behalf of (needed for database/variable nodes). Do not combine with app_id.',
    '代为运行工作流的智能体（数据库/变量节点需要）。不能与 app_id 同时使用。',
  ],
  [
    'App that owns the workflow; only for workflows inside a low-code app. Do not combine with bot_id (error 4000).',
    '工作流所属的应用；仅适用于低代码应用中的工作流。不能与 bot_id 同时使用（错误 4000）。',
  ],
  [
    'Extra string key/values; only `latitude`, `longitude` and `user_id` are supported.',
    '额外的字符串键值对；仅支持 `latitude`、`longitude` 和 `user_id`。',
  ],
  [
    'Run asynchronously and return an execute_id immediately (paid editions only).',
    '异步运行并立即返回 execute_id（仅付费版）。',
  ],
  ['Version of a library workflow to run; latest when omitted.', '要运行的资源库工作流版本；不传则运行最新版本。'],
  [
    'Channel the run is attributed to (default 1024 API; 999 Chat SDK, 998 Web SDK, store/WeChat/Douyin/Feishu/Juejin IDs, or custom). Data is isolated per channel.',
    '运行所归属的渠道（默认 1024 API；999 Chat SDK、998 Web SDK、商店/微信/抖音/飞书/掘金的 ID，或自定义渠道）。数据按渠道隔离。',
  ],
  [
    'Workflow output, usually a JSON string (sometimes plain text). Empty for async runs.',
    '工作流输出，通常是 JSON 字符串（有时为纯文本）。异步运行时为空。',
  ],
  [
    'Execution ID of an async run; use with retrieve-workflow-run-history.',
    '异步运行的执行 ID；用于 retrieve-workflow-run-history。',
  ],
  [
    'Link to the visual trace of this workflow run (valid for 7 days).',
    '本次工作流运行的可视化调试链接（有效期 7 天）。',
  ],
  [
    'Token usage of the call (for reference; billing is authoritative).',
    '本次调用的 Token 用量（仅供参考，以账单为准）。',
  ],
  [
    'Tokens the run used (the older figure beside `usage`; @coze/api reads it).',
    '本次运行消耗的 Token 数（`usage` 之外的旧字段；@coze/api 会读取它）。',
  ],
  [
    'Cost of the run, as a decimal string (the older figure beside `usage`).',
    '本次运行的费用，十进制字符串（`usage` 之外的旧字段）。',
  ],
  ['Present when the run stopped at a question/input node etc.', '运行停在问答/输入等节点时出现。'],
  [
    'Interrupt payload (JSON string), e.g. the question text for a question node.',
    '中断内容（JSON 字符串），例如问答节点的问题文本。',
  ],
  [
    'Interrupt type: 2 = question node, 5 = input node, 6 = local plugin, 7 = OAuth plugin.',
    '中断类型：2 = 问答节点，5 = 输入节点，6 = 端插件，7 = OAuth 插件。',
  ],
  ['Interrupt event ID; pass it to the resume API.', '中断事件 ID；传给恢复运行的接口。'],
  ['Parameters the node needs: map name -> definition.', '节点所需的参数：名称到定义的映射。'],
  [
    'Runs a published workflow and streams its messages as they are produced, pausing with an Interrupt event when a node needs an answer. Use it for long runs, output nodes, streaming end nodes and question nodes.',
    '运行已发布的工作流，并在生成消息时流式返回；节点需要回答时以 Interrupt 事件暂停。适用于长时间运行、输出节点、流式结束节点和问答节点。',
  ],
  [
    'Each SSE frame has an `id:` line counting from 0; together with `node_seq_id` it shows whether frames were lost.',
    '每个 SSE 帧都有一行从 0 开始计数的 `id:`；结合 `node_seq_id` 可以判断是否有帧丢失。',
  ],
  ['PING events are heartbeats and carry nothing to show.', 'PING 事件是心跳，不携带需要展示的内容。'],
  [
    'After an Interrupt event, answer with stream-resume-workflow using its `event_id` and type.',
    '收到 Interrupt 事件后，使用其 `event_id` 和类型调用 stream-resume-workflow 进行回复。',
  ],
  ['The Done event may carry a `debug_url` or be an empty object.', 'Done 事件可能带有 `debug_url`，也可能是空对象。'],
  [
    'Requests are limited to 20 MB; keep runs under about 5 minutes.',
    '请求大小上限为 20 MB；运行时长请控制在约 5 分钟以内。',
  ],
  [
    'Output of an output or end node; join the `content` of all messages for the result.',
    '输出节点或结束节点的输出；将所有消息的 `content` 拼接起来即为结果。',
  ],
  ['Output of the node: the message text or JSON.', '节点的输出：消息文本或 JSON。'],
  ['Format of `content`, such as `text`.', '`content` 的格式，例如 `text`。'],
  ['Title of the output or end node.', '输出节点或结束节点的标题。'],
  ['Sequence number of the message within the node, from "0".', '该消息在节点内的序号，从 "0" 开始。'],
  ["Whether this is the node's last message.", '是否为该节点的最后一条消息。'],
  ['Node id.', '节点 ID。'],
  ['Execution id of the node.', '节点的执行 ID。'],
  ['Extra fields.', '扩展字段。'],
  ['Token usage; on the last message only.', 'Token 用量；仅在最后一条消息中出现。'],
  [
    'The run stopped at a question, input or plugin node; resume it with stream-resume-workflow.',
    '运行停在问答、输入或插件节点；使用 stream-resume-workflow 恢复。',
  ],
  ['Where the run stopped and how to resume it.', '运行停在何处以及如何恢复。'],
  ['Pass it to the resume call as `event_id`.', '作为 `event_id` 传给恢复运行的接口。'],
  [
    '2 question node, 5 input node, 6 local plugin, 7 OAuth plugin; pass it back as `interrupt_type`.',
    '2 问答节点，5 输入节点，6 端插件，7 OAuth 插件；作为 `interrupt_type` 传回。',
  ],
  ['What the node asks, e.g. the question text.', '节点所提的问题，例如问题文本。'],
  ['Title of the node that interrupted.', '发生中断的节点标题。'],
  ['The run failed.', '运行失败。'],
  [
    "The run finished; may carry `debug_url`, the run's trace.",
    '运行结束；可能带有 `debug_url`，即本次运行的调试链接。',
  ],
  ['Link to the visual trace of the run.', '本次运行的可视化调试链接。'],
  ['A heartbeat while the run goes on; no content.', '运行进行中的心跳；无内容。'],
  [
    "Continues a streaming workflow run that stopped at an Interrupt event, sending the user's answer and streaming the rest of the run. Use it after stream-run-workflow paused at a question or input node.",
    '继续一个停在 Interrupt 事件处的流式工作流运行：发送用户的回答，并流式返回后续运行结果。在 stream-run-workflow 停在问答或输入节点后使用。',
  ],
  [
    'Copy `event_id` and the interrupt type from the Interrupt event.',
    '从 Interrupt 事件中复制 `event_id` 和中断类型。',
  ],
  [
    'The stream has the same events and `id:` framing as stream-run-workflow and can interrupt again.',
    '该流的事件和 `id:` 分帧与 stream-run-workflow 相同，并可能再次中断。',
  ],
  [
    'If `resume_data` misses a field the node requires, the run interrupts again.',
    '如果 `resume_data` 缺少节点的必填字段，运行会再次中断。',
  ],
  ['Workflow that was interrupted.', '被中断的工作流。'],
  [
    'Interrupt event ID from the Interrupt event / interrupt_data.',
    'Interrupt 事件 / interrupt_data 中的中断事件 ID。',
  ],
  [
    'Interrupt type from the interrupt event: 2 = question node, 5 = input node, 6 = local (client) plugin, 7 = OAuth plugin.',
    '中断事件中的中断类型：2 = 问答节点，5 = 输入节点，6 = 端（客户端）插件，7 = OAuth 插件。',
  ],
  [
    "The user's answer for the interrupted node; must cover the node's required fields or the flow interrupts again. Files: pass serialized JSON with a file_id.",
    '用户对中断节点的回答；必须包含节点的必填字段，否则流程会再次中断。文件：传包含 file_id 的序列化 JSON。',
  ],
  [
    "Continues an interrupted workflow run with the user's answer and returns the result in one response. Use it after run-workflow came back with `interrupt_data`.",
    '使用用户的回答继续被中断的工作流运行，并在一次响应中返回结果。在 run-workflow 返回 `interrupt_data` 后使用。',
  ],
  [
    'Mind the plural path `/v1/workflows/resume`; the streaming variant is `/v1/workflow/stream_resume`.',
    '注意路径是复数形式 `/v1/workflows/resume`；流式版本为 `/v1/workflow/stream_resume`。',
  ],
  [
    "Take `event_id` and `interrupt_type` from the run's `interrupt_data`.",
    '`event_id` 和 `interrupt_type` 取自运行返回的 `interrupt_data`。',
  ],
  [
    'If the original run was async, the resume is async too and returns an `execute_id`.',
    '如果原运行是异步的，恢复运行也是异步的，并返回 `execute_id`。',
  ],
  ['`data` is a JSON string to parse.', '`data` 是需要解析的 JSON 字符串。'],
  [
    'Output of the resumed run when synchronous (usually a JSON string).',
    '同步恢复时运行的输出（通常是 JSON 字符串）。',
  ],
  [
    'Details of a workflow interruption (question node, input node, local plugin, OAuth).',
    '工作流中断的详情（问答节点、输入节点、端插件、OAuth）。',
  ],
  [
    'Returned when the original run was asynchronous; this resume is then asynchronous too.',
    '原运行为异步时返回；此时本次恢复也是异步的。',
  ],
  [
    'Reads the status and output of one workflow run. Use it to poll a run started with `is_async: true` until it succeeds or fails.',
    '查询一次工作流运行的状态和输出。可用来轮询以 `is_async: true` 发起的运行，直到成功或失败。',
  ],
  ['`data` is an array holding a single record.', '`data` 是只包含一条记录的数组。'],
  [
    '`execute_status` is capitalized: `Running`, `Success` or `Fail`.',
    '`execute_status` 首字母大写：`Running`、`Success` 或 `Fail`。',
  ],
  [
    'Output-node results over 1 MB may be trimmed (`is_output_trimmed`); fetch them with retrieve-workflow-node-output.',
    '超过 1 MB 的输出节点结果可能被截断（`is_output_trimmed`）；请用 retrieve-workflow-node-output 获取。',
  ],
  ['Workflow that was run.', '已运行的工作流。'],
  ['Execution ID returned by an async run.', '异步运行返回的执行 ID。'],
  ['Array with exactly one execution record.', '只包含一条执行记录的数组。'],
  ['Execution ID.', '执行 ID。'],
  ['`Running`, `Success` or `Fail`.', '`Running`、`Success` 或 `Fail`。'],
  ['Agent ID given at run time; `0` if none.', '运行时传入的智能体 ID；未传则为 `0`。'],
  ['Channel of the run (1024 by default).', '运行的渠道（默认 1024）。'],
  [
    "User identifier of the run: the `ext.user_id` passed when running, otherwise the token owner's UID.",
    '运行的用户标识：运行时传入的 `ext.user_id`，否则为令牌所有者的 UID。',
  ],
  ['0 = synchronous, 1 = streaming, 2 = asynchronous.', '0 = 同步，1 = 流式，2 = 异步。'],
  [
    "Run output, usually JSON: output-node results plus the end node's result under key `Output`.",
    '运行输出，通常为 JSON：输出节点的结果，以及键 `Output` 下的结束节点结果。',
  ],
  ['Run start time, Unix seconds.', '运行开始时间，Unix 时间戳（秒）。'],
  ['Time the run was last resumed/updated, Unix seconds.', '运行最近一次恢复/更新的时间，Unix 时间戳（秒）。'],
  [
    'Map of node title -> status object for output nodes; fetch large outputs with retrieve-workflow-node-output.',
    '输出节点标题到状态对象的映射；较大的输出请用 retrieve-workflow-node-output 获取。',
  ],
  ['Failure code (string); 0/empty on success.', '失败码（字符串）；成功时为 0 或空。'],
  [
    'Tokens the run used, as a digit string (the older figure beside `usage`).',
    '本次运行消耗的 Token 数，数字字符串（`usage` 之外的旧字段）。',
  ],
  ['Cost of the run, as a decimal string.', '本次运行的费用，十进制字符串。'],
  ['True when the output was too large and got truncated.', '输出过大而被截断时为 true。'],
  ['Log ID of the run (useful for support).', '本次运行的日志 ID（便于排查问题）。'],
  ['Failure message.', '失败信息。'],
  [
    'Sends a message to a chatflow and streams its answer with the same events as an agent chat. Use it to talk to a chatflow directly, on behalf of an agent or inside an app.',
    '向对话流发送消息，并以与智能体对话相同的事件流式返回回复。可直接与对话流对话，可以代表智能体，也可以在应用内。',
  ],
  ['Always streams; there is no JSON or async mode.', '始终以流式返回；没有 JSON 或异步模式。'],
  [
    'Give exactly one of `bot_id` (library chatflows) and `app_id` (chatflows inside an app).',
    '`bot_id`（资源库对话流）和 `app_id`（应用内的对话流）必须且只能传一个。',
  ],
  [
    '`parameters` is required; send `{}` when the chatflow has no custom inputs.',
    '`parameters` 必填；对话流没有自定义输入时请发送 `{}`。',
  ],
  [
    'The `done` event carries `{"debug_url": ...}` instead of `[DONE]`.',
    '`done` 事件携带的是 `{"debug_url": ...}`，而不是 `[DONE]`。',
  ],
  [
    'A question or input node shows up as a verbose message with `msg_type` "interrupt"; answer it by calling again with the reply in `additional_messages`.',
    '问答节点或输入节点会以 `msg_type` 为 "interrupt" 的 verbose 消息出现；请再次调用，并在 `additional_messages` 中带上回答。',
  ],
  ['Published chatflow to run.', '要运行的已发布对话流。'],
  [
    'Chat history plus the current question (last item, role `user`) which becomes USER_INPUT; max 50. Also used to answer question/input nodes after an interruption.',
    '对话历史加上当前问题（最后一条，角色为 `user`），当前问题会成为 USER_INPUT；最多 50 条。也用于在中断后回答问答/输入节点。',
  ],
  ['Default `question`.', '默认为 `question`。'],
  [
    'Plain text only (no multimodal; use `parameters` for files). For input nodes a JSON object string of key/values is accepted.',
    '仅支持纯文本（不支持多模态；文件请通过 `parameters` 传入）。对于输入节点，可传键值对组成的 JSON 对象字符串。',
  ],
  ['Always `text`; required when content is given.', '固定为 `text`；传入 content 时必填。'],
  ['Custom string key/values (max 16 pairs).', '自定义字符串键值对（最多 16 对）。'],
  [
    'Custom start-node inputs (files as URL or `{"file_id":...}` JSON string). `CONVERSATION_NAME` binds a named app conversation (prefer conversation_id).',
    '自定义的开始节点输入（文件以 URL 或 `{"file_id":...}` JSON 字符串传入）。`CONVERSATION_NAME` 用于绑定应用中的具名会话（建议优先使用 conversation_id）。',
  ],
  [
    'App to run under; required for chatflows inside an app (one of app_id/bot_id is required, never both).',
    '运行所在的应用；应用内的对话流必填（app_id/bot_id 必须传一个，且不能同时传）。',
  ],
  [
    'Agent to run under for a library chatflow (one of app_id/bot_id is required, never both).',
    '资源库对话流运行所代表的智能体（app_id/bot_id 必须传一个，且不能同时传）。',
  ],
  [
    'Conversation to store messages in; must be created by the same token owner; overrides CONVERSATION_NAME. With bot_id and no conversation_id a new one is created.',
    '保存消息的会话；必须由同一令牌所有者创建；会覆盖 CONVERSATION_NAME。传 bot_id 而不传 conversation_id 时会新建会话。',
  ],
  ['Version of a library chatflow; latest when omitted.', '资源库对话流的版本；不传则使用最新版本。'],
  [
    'Channel of the run (default 1024 API; 999 Chat SDK, 998 Web SDK, others). Conversations are isolated per channel.',
    '运行的渠道（默认 1024 API；999 Chat SDK、998 Web SDK 等）。会话按渠道隔离。',
  ],
  [
    'Reads the full output of one output node of a workflow run. Use it when the run history marks that output as trimmed.',
    '读取工作流运行中某个输出节点的完整输出。在运行历史将该输出标记为已截断时使用。',
  ],
  [
    "Take `node_execute_uuid` from the run history's `node_execute_status`.",
    '`node_execute_uuid` 取自运行历史中的 `node_execute_status`。',
  ],
  ['Execution ID of the async run.', '异步运行的执行 ID。'],
  ['Node execution ID from run history `node_execute_status`.', '运行历史 `node_execute_status` 中的节点执行 ID。'],
  ['Node result.', '节点结果。'],
  ['Whether the node has finished.', '节点是否已运行结束。'],
  ["The node's output.", '节点的输出。'],
  [
    'Lists the workflows and chatflows of a workspace, page by page. Use it to find the workflow_id to run or inspect.',
    '分页列出工作空间中的工作流和对话流。可用来查找要运行或查看的 workflow_id。',
  ],
  ['`page_num` is required here, unlike most lists.', '与大多数列表接口不同，这里 `page_num` 必填。'],
  ['`page_size` defaults to 10 and cannot exceed 30.', '`page_size` 默认为 10，不能超过 30。'],
  [
    '`created_at` and `updated_at` are Unix seconds sent as strings.',
    '`created_at` 和 `updated_at` 是以字符串发送的 Unix 秒数。',
  ],
  ['Workspace to list workflows from.', '要列出工作流的工作空间。'],
  ['Page number, from 1 (required here).', '页码，从 1 开始（此处必填）。'],
  ['Items per page (1-30, default 10).', '每页条数（1-30，默认 10）。'],
  ['`workflow` or `chatflow`; empty = both.', '`workflow` 或 `chatflow`；为空表示两者都包含。'],
  ['Only workflows belonging to this app.', '只列出属于该应用的工作流。'],
  [
    '`all`, `published_online` (default) or `unpublished_draft`.',
    '`all`、`published_online`（默认）或 `unpublished_draft`。',
  ],
  ['Workflow page.', '工作流分页结果。'],
  ['Workflows on this page.', '本页的工作流。'],
  ['App the workflow belongs to; `0` when none.', '工作流所属的应用；不属于任何应用时为 `0`。'],
  ['Creator (id and name).', '创建者（ID 和名称）。'],
  ['Creation time, Unix seconds (string).', '创建时间，Unix 时间戳（秒，字符串）。'],
  ['Last update, Unix seconds (string).', '最近更新时间，Unix 时间戳（秒，字符串）。'],
  [
    "Reads a workflow's name, description, icon, creator and app, and on request its input and output parameters. Use it to build a form for a workflow's inputs before running it.",
    '查询工作流的名称、描述、图标、创建者和所属应用，并可按需返回其输入和输出参数。可在运行工作流之前据此生成输入表单。',
  ],
  [
    'Input and output schemas are only returned with `include_input_output=true`.',
    '只有 `include_input_output=true` 时才返回输入和输出的 Schema。',
  ],
  ['Workflow to read.', '要查询的工作流。'],
  [
    'Include input/output parameter schemas in the result (default false).',
    '结果中是否包含输入/输出参数 Schema（默认 false）。',
  ],
  ['Workflow details.', '工作流详情。'],
  ['Start-node input schema.', '开始节点的输入 Schema。'],
  [
    'Start-node input parameters: map of name -> definition (type, required, description, ...).',
    '开始节点的输入参数：名称到定义（类型、是否必填、描述等）的映射。',
  ],
  ['End-node output schema.', '结束节点的输出 Schema。'],
  [
    'Reply template when the end node returns text (only with `use_answer_content`).',
    '结束节点返回文本时的回答模板（仅配合 `use_answer_content`）。',
  ],
  ['End-node output variables: map of name -> {type}.', '结束节点的输出变量：名称到 {type} 的映射。'],
  [
    'How the end node returns: `return_variables` or `use_answer_content` (text).',
    '结束节点的返回方式：`return_variables` 或 `use_answer_content`（文本）。',
  ],
  ['Basic workflow information.', '工作流基本信息。'],
  [
    'Lists the versions of a workflow with who made each one and, on request, their inputs and outputs. Use it to choose the `workflow_version` to run.',
    '列出工作流的版本及各版本的创建者，并可按需返回其输入和输出。可用来选择要运行的 `workflow_version`。',
  ],
  [
    'Pages with a cursor: pass the previous `next_page_token` as `page_token`; there are no page numbers.',
    '按游标分页：将上次的 `next_page_token` 作为 `page_token` 传入；没有页码。',
  ],
  ['`page_size` is 1-30, default 10.', '`page_size` 为 1-30，默认 10。'],
  ['Workflow whose versions to list.', '要列出版本的工作流。'],
  [
    "Cursor for the next page; empty for the first page, then the previous response's `next_page_token`.",
    '下一页的游标；首页为空，之后传上次响应中的 `next_page_token`。',
  ],
  ['Operator who produced the version (id, name).', '生成该版本的操作者（ID、名称）。'],
  ['Version string, e.g. v0.0.2.', '版本号字符串，例如 v0.0.2。'],
  ['Update time, Unix seconds (string).', '更新时间，Unix 时间戳（秒，字符串）。'],
  ['Version description.', '版本描述。'],
  ['Cursor to pass as `page_token` to get the next page.', '作为 `page_token` 传入以获取下一页的游标。'],
  [
    'Turns multi-user collaboration on or off for a workflow. Use it before adding collaborators, or to return a workflow to single-user editing.',
    '开启或关闭工作流的多人协作。可在添加协作者之前使用，或将工作流改回单人编辑。',
  ],
  [
    'Library workflows and chatflows only; a workflow inside an app fails with 4000.',
    '仅限资源库中的工作流和对话流；应用内的工作流会返回 4000。',
  ],
  [
    'Workflow whose collaboration mode to change (library workflows only; app workflows return 4000).',
    '要修改协作模式的工作流（仅限资源库工作流；应用内工作流返回 4000）。',
  ],
  [
    '`single` = single-user mode, `collaboration` = multi-user collaboration. To switch back to single you must first remove every collaborator.',
    '`single` = 单人模式，`collaboration` = 多人协作。切回单人模式之前必须先移除所有协作者。',
  ],
  [
    'Gives a workspace member edit rights on a workflow. Use it to let a teammate work on a workflow with you.',
    '授予工作空间成员对工作流的编辑权限。可用来让队友与你一起编辑工作流。',
  ],
  ['One collaborator per request.', '每次请求一个协作者。'],
  ['The user must already be a member of the workspace.', '该用户必须已是工作空间的成员。'],
  ['Workflow to add a collaborator to.', '要添加协作者的工作流。'],
  ['Collaborators to add; at most 1 per request.', '要添加的协作者；每次请求最多 1 个。'],
  ['Coze UID of the collaborator; must be a member of the workspace.', '协作者的扣子 UID；必须是工作空间的成员。'],
  [
    "Takes a collaborator's edit rights on a workflow away. Use it when a teammate should no longer edit the workflow, or before switching it back to single-user mode.",
    '收回协作者对工作流的编辑权限。在队友不再需要编辑该工作流时，或在切回单人模式之前使用。',
  ],
  ['Workflow to remove the collaborator from.', '要移除协作者的工作流。'],
];
