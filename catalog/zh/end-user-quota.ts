/** Chinese for the `end-user-quota` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const END_USER_QUOTA: readonly (readonly [string, string])[] = [
  [
    "Caps what a device or custom consumer may use of the enterprise's resource points or voice-call time, in total or per period. Use it to keep one end user of a hardware product from spending the whole enterprise budget.",
    '限制某个设备或自定义用户可使用的企业资源点或语音通话时长，可按总量或按周期限制。可防止硬件产品的单个终端用户耗尽整个企业的预算。',
  ],
  [
    'Enterprise flagship plan only, and only for its super admins and admins.',
    '仅限企业旗舰版，且仅限其超级管理员和管理员使用。',
  ],
  [
    'Quotas apply only to devices that have reported their device information; a device with no rule is unlimited.',
    '额度只对已上报设备信息的设备生效；没有规则的设备不受限制。',
  ],
  [
    'A rule for one device or consumer wins over the enterprise-wide rule.',
    '针对单个设备或用户的规则优先于企业级规则。',
  ],
  [
    'Each enterprise-wide scope holds at most one cumulative rule (`trigger_unit` `never`) and one periodic rule.',
    '每个企业级范围最多只能有一条累计规则（`trigger_unit` 为 `never`）和一条周期规则。',
  ],
  [
    'Whom the rule covers: `enterprise_all_devices`, `enterprise_all_custom_consumers`, one device (`single_device`) or one custom consumer (`single_custom_consumer`).',
    '规则的适用对象：`enterprise_all_devices`、`enterprise_all_custom_consumers`、单个设备（`single_device`）或单个自定义用户（`single_custom_consumer`）。',
  ],
  [
    'Device id for `single_device`, custom consumer id for `single_custom_consumer`; omit for the enterprise-wide scopes.',
    '`single_device` 时为设备 ID，`single_custom_consumer` 时为自定义用户 ID；企业级范围无需传入。',
  ],
  [
    'The rule: what it counts, how much, when, and how often it resets.',
    '规则内容：计量对象、额度、生效时间以及重置周期。',
  ],
  [
    'What the rule counts: `resource_point` (resource points), or seconds of voice calls with system voices (`voice_unified_duration_system`) or cloned voices (`voice_unified_duration_custom`). The voice types need the AI call licence.',
    '规则计量的对象：`resource_point`（资源点），或使用系统音色（`voice_unified_duration_system`）或复刻音色（`voice_unified_duration_custom`）的语音通话秒数。语音类型需开通 AI 通话许可。',
  ],
  [
    'Always `absolute_time`: the rule holds from `started_at` to `ended_at`.',
    '固定为 `absolute_time`：规则在 `started_at` 至 `ended_at` 期间生效。',
  ],
  ['When the rule starts to apply, Unix seconds.', '规则开始生效的时间，Unix 时间戳（秒）。'],
  [
    'When the rule stops applying, Unix seconds; 253402300799 means never.',
    '规则停止生效的时间，Unix 时间戳（秒）；253402300799 表示永久有效。',
  ],
  ['Amount allowed: resource points, or seconds for the voice types.', '允许的额度：资源点数，语音类型则为秒数。'],
  ['`valid` (in force) or `frozen` (suspended).', '`valid`（生效中）或 `frozen`（已冻结）。'],
  [
    'Reset period: `never` (the default; a cumulative cap), `minute`, `hour` or `day`.',
    '重置周期：`never`（默认，累计上限）、`minute`、`hour` 或 `day`。',
  ],
  [
    'Reset every this many `trigger_unit`s (`day` with 1 resets daily); 1 for `never`, where it has no effect.',
    '每隔多少个 `trigger_unit` 重置一次（`day` 配 1 即每天重置）；`never` 时为 1，且不起作用。',
  ],
  ['The new rule.', '新规则。'],
  ['The rule created.', '已创建的规则。'],
  ['Quota rule id, for benefit-limitations-update.', '额度规则 ID，供 benefit-limitations-update 使用。'],
  [
    'Lists the quota rules of one scope and quota type, such as the resource-point rules of one device. Use it to find the benefit_id of a rule to change.',
    '列出某个范围和额度类型下的额度规则，例如某个设备的资源点规则。可用来查找要修改的规则的 benefit_id。',
  ],
  [
    'Pages by cursor: pass the `page_token` of the answer back as `page_token` until `has_more` is false.',
    '按游标分页：将响应中的 `page_token` 作为 `page_token` 传回，直到 `has_more` 为 false。',
  ],
  ['Lists `valid` rules unless you ask for `frozen` ones.', '默认列出 `valid` 规则，除非指定查询 `frozen` 规则。'],
  [
    'Cursor: `page_token` from the previous answer; omit for the first page.',
    '游标：上一次响应中的 `page_token`；首页无需传入。',
  ],
  ['Rules per page, 1 to 200 (default 20).', '每页规则数，1 到 200（默认 20）。'],
  ['Page of quota rules.', '额度规则分页结果。'],
  ['Rules on this page.', '本页的规则。'],
  ['Cursor to send for the next page.', '获取下一页时要发送的游标。'],
  [
    'Changes the amount, validity or reset period of an existing quota rule, or freezes it. Send only the fields to change.',
    '修改现有额度规则的额度、有效期或重置周期，或将其冻结。只需发送要修改的字段。',
  ],
  [
    'Setting `status` to `frozen` suspends the rule; `valid` puts it back in force.',
    '将 `status` 设为 `frozen` 可暂停规则；设为 `valid` 则恢复生效。',
  ],
  [
    'Who the rule covers and what it counts cannot change; create a new rule for that.',
    '规则的适用对象和计量对象不可修改；如需修改请新建规则。',
  ],
  [
    'Rule to change: `benefit_id` from benefit-limitations-create or -list.',
    '要修改的规则：benefit-limitations-create 或 -list 返回的 `benefit_id`。',
  ],
];
