/** Chinese for the `channels` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const CHANNELS: readonly (readonly [string, string])[] = [
  [
    "Reports a custom channel's review verdict on an agent published to it. A channel whose review takes time answers the publish callback with 'in review' first, then sends the outcome here.",
    '上报自定义渠道对已发布到该渠道的智能体的审核结果。审核需要时间的渠道先在发布回调中回复“审核中”，再通过此接口发送审核结果。',
  ],
  [
    "The token must belong to the channel in the path; it cannot report on another channel's reviews.",
    '令牌必须属于路径中的渠道；不能上报其他渠道的审核结果。',
  ],
  ['Send a `reason` when rejecting (`audit_status` 3).', '审核不通过（`audit_status` 3）时请附上 `reason`。'],
  ["Overwrites the agent's current review state on the channel.", '会覆盖该智能体在此渠道上当前的审核状态。'],
  [
    'Custom channel doing the review; must be the channel the token was issued for.',
    '执行审核的自定义渠道；必须是令牌所签发给的渠道。',
  ],
  ['Agent under review.', '被审核的智能体。'],
  ['Review state: 1 in review, 2 approved, 3 rejected.', '审核状态：1 审核中，2 审核通过，3 审核不通过。'],
  [
    'Why the agent was rejected; expected with `audit_status` 3.',
    '智能体审核不通过的原因；`audit_status` 为 3 时应填写。',
  ],
  [
    "Adds a publishing channel to a workspace, so every developer there can publish agents to it. Use it to roll out an enterprise's custom channel, or a public channel its admin shared, without the console.",
    '为工作空间添加发布渠道，使该空间的所有开发者都能将智能体发布到该渠道。可用于推广企业的自定义渠道，或由管理员共享的公开渠道，而无需使用控制台。',
  ],
  [
    'In an enterprise only super admins and admins can add channels to enterprise workspaces; members can add them to their personal workspace.',
    '在企业中，只有超级管理员和管理员可以为企业工作空间添加渠道；成员可以添加到自己的个人工作空间。',
  ],
  [
    "Channel to add: an enterprise custom channel, or a public channel's id from its admin.",
    '要添加的渠道：企业自定义渠道，或由其管理员提供的公开渠道 ID。',
  ],
  ['Workspace that gets the channel.', '获得该渠道的工作空间。'],
  [
    "Binds a hardware vendor's devices to an enterprise custom channel, in batches. The bound devices then appear as choices on the channel's publish page.",
    '批量将硬件厂商的设备绑定到企业自定义渠道。绑定后，这些设备会出现在该渠道发布页面的可选项中。',
  ],
  [
    'Off by default: a Coze business manager must enable it for the channel and agree the config `key` with you.',
    '默认关闭：需由扣子商务经理为该渠道开通，并与你约定配置 `key`。',
  ],
  ['Pass `user_id` to bind the devices for one developer.', '传入 `user_id` 可为某一位开发者绑定设备。'],
  ['Enterprise custom channel the devices belong to.', '设备所属的企业自定义渠道。'],
  ['Device lists, one per config key.', '设备列表，每个配置 key 一组。'],
  ['Config key agreed with your Coze business manager.', '与扣子商务经理约定的配置 key。'],
  ['Devices to bind under this key.', '在此 key 下要绑定的设备。'],
  ['Name shown for the device.', '设备的显示名称。'],
  ['Device id.', '设备 ID。'],
  ['Coze uid of the agent developer the devices are bound for.', '设备所绑定给的智能体开发者的扣子 UID。'],
];
