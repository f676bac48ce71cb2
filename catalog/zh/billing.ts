/** Chinese for the `billing` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const BILLING: readonly (readonly [string, string])[] = [
  [
    "Starts an export of the enterprise's usage bills per end user or device (speech recognition seconds, speech synthesis characters, RTC minutes and amounts) for a range of days. The export runs in the background; fetch its files with bill-tasks-list.",
    '发起导出任务，按终端用户或设备导出企业在某个日期范围内的用量账单（语音识别秒数、语音合成字符数、RTC 分钟数及金额）。导出在后台进行；通过 bill-tasks-list 获取文件。',
  ],
  ['Covers only devices that have reported their device information.', '只包含已上报设备信息的设备。'],
  [
    'Whole days: the start snaps to 00:00:00 and the end to 23:59:59 of their days. Today cannot be included, and data begins on 2025-03-13.',
    '按整天计算：开始时间对齐到当天 00:00:00，结束时间对齐到当天 23:59:59。不能包含今天，数据从 2025-03-13 开始。',
  ],
  [
    'Poll bill-tasks-list with the `task_id` until `status` is `succeed`; the files expire after 7 days.',
    '使用 `task_id` 轮询 bill-tasks-list，直到 `status` 为 `succeed`；文件 7 天后过期。',
  ],
  [
    'The columns of the files match the fields of the `benefit.usage` callback.',
    '文件的列与 `benefit.usage` 回调的字段一致。',
  ],
  [
    'First day to export, as Unix seconds anywhere in that day; not before 2025-03-13.',
    '导出的第一天，取当天任意时刻的 Unix 时间戳（秒）；不早于 2025-03-13。',
  ],
  [
    'Last day to export, as Unix seconds anywhere in that day; must be before today.',
    '导出的最后一天，取当天任意时刻的 Unix 时间戳（秒）；必须早于今天。',
  ],
  ['The export task, usually still `init` or `running`.', '导出任务，通常仍处于 `init` 或 `running` 状态。'],
  ['Export task id.', '导出任务 ID。'],
  [
    '`init`, `running`, `succeed` (files ready) or `failed`.',
    '`init`、`running`、`succeed`（文件已就绪）或 `failed`。',
  ],
  [
    'Download links once the task succeeded; a bill is split into files of at most 500,000 rows.',
    '任务成功后的下载链接；账单会拆分为每个最多 500,000 行的文件。',
  ],
  ['Start of the billed period, Unix seconds.', '账单周期的开始时间，Unix 时间戳（秒）。'],
  ['End of the billed period, Unix seconds.', '账单周期的结束时间，Unix 时间戳（秒）。'],
  ['When the task was created, Unix seconds.', '任务创建时间，Unix 时间戳（秒）。'],
  [
    'When the files stop being downloadable (7 days after creation), Unix seconds.',
    '文件停止提供下载的时间（创建后 7 天），Unix 时间戳（秒）。',
  ],
  [
    'Reports the state of bill export tasks and, for finished ones, the links to their files. Poll it after bill-tasks-create until the task succeeds.',
    '查询账单导出任务的状态，已完成的任务还会返回文件链接。在 bill-tasks-create 之后轮询此接口，直到任务成功。',
  ],
  [
    'Enterprise flagship plan only, and only for its super admins and admins, as for bill-tasks-create.',
    '与 bill-tasks-create 一样，仅限企业旗舰版，且仅限其超级管理员和管理员使用。',
  ],
  [
    '`task_ids` travels as one comma-joined query value, up to 100 ids; without it you get the tasks created in the last 7 days.',
    '`task_ids` 以逗号拼接为一个查询参数值传递，最多 100 个 ID；不传则返回最近 7 天内创建的任务。',
  ],
  ['Download links expire 7 days after the task was created.', '下载链接在任务创建 7 天后过期。'],
  [
    'Export tasks to report, up to 100, sent comma-joined in one value; omit for the last 7 days.',
    '要查询的导出任务，最多 100 个，以逗号拼接为一个值发送；不传则返回最近 7 天的任务。',
  ],
  ['Tasks per page, 1 to 200 (default 20).', '每页任务数，1 到 200（默认 20）。'],
  ['Page of export tasks.', '导出任务分页结果。'],
  ['Export tasks on this page.', '本页的导出任务。'],
  ['Number of matching tasks.', '符合条件的任务数。'],
  [
    "Tells which Coze plan the account has and, on request, its API QPS limits and its quota of paid-plugin calls: the plan's default, what is in force, and any expansions bought.",
    '查询账号的扣子套餐，并可按需返回 API QPS 限制和付费插件调用额度：套餐默认值、当前生效值以及已购买的扩容。',
  ],
  [
    '`benefit_type_list` travels as one comma-joined query value; leave it out to get only the plan.',
    '`benefit_type_list` 以逗号拼接为一个查询参数值传递；不传则只返回套餐。',
  ],
  [
    '`api_run_qps` needs `resource_id` to say which API family (`plugin`, `chat` or `workflow`) to report.',
    '`api_run_qps` 需要通过 `resource_id` 指定要查询的 API 类别（`plugin`、`chat` 或 `workflow`）。',
  ],
  [
    '`call_tool_limit` is the quota plugins-tools-call draws on.',
    '`call_tool_limit` 是 plugins-tools-call 所消耗的额度。',
  ],
  [
    'Benefits to report, sent comma-joined in one value: `api_run_qps` (API QPS, with its expansions) and `call_tool_limit` (paid-plugin calls). Omit for the plan alone.',
    '要查询的权益，以逗号拼接为一个值发送：`api_run_qps`（API QPS 及其扩容）和 `call_tool_limit`（付费插件调用次数）。不传则只返回套餐。',
  ],
  [
    'API family whose `api_run_qps` to report: `plugin`, `chat` or `workflow`.',
    '要查询其 `api_run_qps` 的 API 类别：`plugin`、`chat` 或 `workflow`。',
  ],
  ['Plan and benefits.', '套餐与权益。'],
  ['The subscribed plan.', '已订阅的套餐。'],
  [
    'Plan subscribed: `free`, `pro_personal`, `team` or `enterprise`.',
    '已订阅的套餐：`free`、`pro_personal`、`team` 或 `enterprise`。',
  ],
  ['One entry per benefit asked for.', '每个所查询的权益一条。'],
  ['Benefit reported.', '所查询的权益。'],
  [
    'API family of an `api_run_qps` entry: `plugin`, `chat` or `workflow`.',
    '`api_run_qps` 条目对应的 API 类别：`plugin`、`chat` 或 `workflow`。',
  ],
  ['What the plan grants by default.', '套餐默认授予的额度。'],
  [
    'State of the grant: `valid`, `frozen`, `cancel`, `pending`, `invalid`, `auditing` or `expired`.',
    '授予状态：`valid`、`frozen`、`cancel`、`pending`、`invalid`、`auditing` 或 `expired`。',
  ],
  ['Validity, strategy and amounts of the grant.', '授予的有效期、策略和额度。'],
  ['Start of validity, Unix seconds.', '生效开始时间，Unix 时间戳（秒）。'],
  ['End of validity, Unix seconds.', '生效结束时间，Unix 时间戳（秒）。'],
  [
    '`unlimit` (no cap), `forbidden` (not allowed) or `by_quota` (capped at `total`).',
    '`unlimit`（不限）、`forbidden`（不允许）或 `by_quota`（上限为 `total`）。',
  ],
  [
    'The cap under `by_quota`; 1 for `unlimit` and `forbidden`, where it means nothing.',
    '`by_quota` 时的上限；`unlimit` 和 `forbidden` 时为 1，无实际意义。',
  ],
  ['Amount used so far.', '已使用量。'],
  ['What is in force now, expansions included.', '当前生效的额度，含扩容。'],
  ['Expansions bought; empty when there are none.', '已购买的扩容；没有时为空。'],
];
