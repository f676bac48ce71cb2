/** Chinese for the `variables` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const VARIABLES: readonly (readonly [string, string])[] = [
  [
    "Writes values of an agent's or app's user variables for one end user. Use it to give the agent facts about a user, such as a name or a preference, before the user chats.",
    '为某个终端用户写入智能体或应用的用户变量值。可在用户开始对话之前，让智能体了解用户的信息，如姓名或偏好。',
  ],
  ['Send `bot_id` or `app_id`; one of the two is required.', '传 `bot_id` 或 `app_id`，二者必填其一。'],
  [
    'Only user variables that exist and are enabled can be set; system variables cannot.',
    '只能设置已存在且已启用的用户变量；系统变量不可设置。',
  ],
  ['Overwrites the stored value of each variable you name.', '会覆盖所指定的每个变量已保存的值。'],
  [
    'Under JWT session isolation (`session_name`) each session keeps its own values.',
    '在 JWT 会话隔离（`session_name`）下，每个会话各自保存变量值。',
  ],
  ['The answer carries no `data`.', '响应中不含 `data`。'],
  ['App (project) whose variables to set; send this or `bot_id`.', '要设置变量的应用（项目）；传此字段或 `bot_id`。'],
  ['Agent whose variables to set; send this or `app_id`.', '要设置变量的智能体；传此字段或 `app_id`。'],
  [
    "Channel the values belong to: 1024 API (default) or 999 Chat SDK. A custom channel id needs a token of the channel's owner.",
    '变量值所属的渠道：1024 API（默认）或 999 Chat SDK。自定义渠道 ID 需使用该渠道所有者的令牌。',
  ],
  [
    'End user whose values to set: the `user_id` of the chat, or `ext.user_id` of a workflow run.',
    '要设置变量值的终端用户：对话的 `user_id`，或工作流运行的 `ext.user_id`。',
  ],
  ['Variables to set, at least one.', '要设置的变量，至少一个。'],
  ['Name of the user variable.', '用户变量的名称。'],
  ['Value to store, as text.', '要保存的值，文本形式。'],
  [
    "Reads the values an end user holds in an agent's or app's user variables, with when each was first and last set.",
    '读取某个终端用户在智能体或应用的用户变量中的值，以及各变量首次和最近一次设置的时间。',
  ],
  [
    '`keywords` travels as one comma-joined query value; leave it out to read every user variable. Names that do not exist are skipped.',
    '`keywords` 以逗号拼接为一个查询参数值传递；不传则读取全部用户变量。不存在的变量名会被跳过。',
  ],
  ['A variable still at its default value has `create_time` 0.', '仍为默认值的变量，其 `create_time` 为 0。'],
  ['App (project) whose variables to read; send this or `bot_id`.', '要读取变量的应用（项目）；传此字段或 `bot_id`。'],
  ['Agent whose variables to read; send this or `app_id`.', '要读取变量的智能体；传此字段或 `app_id`。'],
  [
    'Channel the values belong to: 1024 API (default) or 999 Chat SDK.',
    '变量值所属的渠道：1024 API（默认）或 999 Chat SDK。',
  ],
  ['End user whose values to read: the `user_id` of the chat.', '要读取变量值的终端用户：对话的 `user_id`。'],
  [
    'Variable names to read, sent comma-joined in one value; omit for all.',
    '要读取的变量名，以逗号拼接为一个值发送；不传则读取全部。',
  ],
  ['The values.', '变量值。'],
  ['One entry per variable.', '每个变量一条。'],
  ['Current value.', '当前值。'],
  [
    'When the value was first set, Unix seconds; 0 while it is the default.',
    '首次设置该值的时间，Unix 时间戳（秒）；仍为默认值时为 0。',
  ],
  ['When the value last changed, Unix seconds.', '该值最近一次变更的时间，Unix 时间戳（秒）。'],
];
