/** Chinese for the `deprecated` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const DEPRECATED: readonly (readonly [string, string])[] = [
  [
    'The old way to list the agents of a workspace that are published to the API channel, newest publish first. Coze will retire it: use list-bots instead.',
    '列出工作空间中已发布到 API 渠道的智能体的旧接口，按发布时间倒序。扣子将下线此接口：请改用 list-bots。',
  ],
  ['Only agents published to the API channel are listed.', '只列出已发布到 API 渠道的智能体。'],
  [
    'Pages with `page_index`, not the `page_num` of list-bots.',
    '使用 `page_index` 分页，而不是 list-bots 的 `page_num`。',
  ],
  ['`publish_time` is a string of Unix seconds, not a number.', '`publish_time` 是 Unix 秒数的字符串形式，而非数字。'],
  ['Workspace whose published agents to list.', '要列出已发布智能体的工作空间。'],
  ['Page number, starting at 1.', '页码，从 1 开始。'],
  ['Items per page.', '每页条数。'],
  ['Page of published agents.', '已发布智能体的分页结果。'],
  ['Agents published to the API channel, newest publish first.', '已发布到 API 渠道的智能体，按发布时间倒序。'],
  ['Time of the latest publish: Unix seconds, as a string.', '最近一次发布的时间：Unix 秒数，字符串形式。'],
  ['Number of published agents.', '已发布智能体的数量。'],
  [
    'The old way to read the configuration of an agent published to the API channel. Coze will retire it: use retrieve-bot, which also reads drafts.',
    '查询已发布到 API 渠道的智能体配置的旧接口。扣子将下线此接口：请改用 retrieve-bot，它还能读取草稿。',
  ],
  [
    'Works only for agents published to the API channel, in a workspace the token can reach.',
    '仅适用于已发布到 API 渠道、且位于令牌可访问的工作空间中的智能体。',
  ],
  [
    'The agent id goes in the query string, not in the path as with retrieve-bot.',
    '智能体 ID 放在查询字符串中，而不是像 retrieve-bot 那样放在路径中。',
  ],
  ['Answers with the same configuration object as retrieve-bot.', '返回与 retrieve-bot 相同的配置对象。'],
  ['Agent to read; it must be published to the API channel.', '要查询的智能体；必须已发布到 API 渠道。'],
];
