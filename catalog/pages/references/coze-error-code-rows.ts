/** One row of the error-code table: a Coze `code`, what it means, and what to do about it. */
export interface CozeErrorCodeRow {
  readonly code: number;
  readonly meaning: string;
  readonly fix?: string;
}

/**
 * Every Coze `code` we know of, from the docs' error-code page and the official SDKs: the one table
 * of their meanings. The error-code page shows it; the site explains a code from it
 * (`lib/coze-error-codes.ts`).
 */
export const COZE_ERROR_CODE_ROWS: readonly CozeErrorCodeRow[] = [
  { code: 0, meaning: 'Success.' },
  {
    code: 1109,
    meaning: 'Voice cloning: the recording differs too much from the `text` you gave with it (WERError).',
    fix: 'Record the text exactly as written, or leave `text` out.',
  },
  {
    code: 3010,
    meaning: 'Streaming speech synthesis: one text request is longer than 1024 bytes.',
    fix: 'Split the text into smaller `input_text_buffer.append` frames.',
  },
  {
    code: 4000,
    meaning:
      'Bad request: a parameter is missing, malformed, or combined with one it excludes (such as `bot_id` together with `app_id`, or `bot_version` on a draft).',
    fix: 'Compare the request with the endpoint page field by field.',
  },
  {
    code: 4001,
    meaning: 'Invalid chat: the `chat_id` is wrong, does not exist, or this token cannot see it.',
    fix: 'Check the `chat_id` and that it belongs to the `conversation_id` you sent.',
  },
  {
    code: 4002,
    meaning: "Invalid conversation: the `conversation_id` is wrong, does not exist, or is not this token's user's.",
    fix: 'Check the `conversation_id`, or create a new conversation.',
  },
  {
    code: 4003,
    meaning: '`meta_data` is over its limits: at most 16 pairs, keys of 1-64 and values of 1-512 characters.',
    fix: 'Send fewer or shorter pairs.',
  },
  {
    code: 4004,
    meaning: '`additional_messages` holds more than 100 messages.',
    fix: 'Send fewer messages, or keep history in a conversation instead.',
  },
  {
    code: 4005,
    meaning: 'Invalid message: the `message_id` is wrong or not accessible, or the content is not valid.',
    fix: 'Check the `message_id` and the format of `content` for its `content_type`.',
  },
  {
    code: 4006,
    meaning: 'Invalid agent: the `bot_id` is wrong, or the token cannot access it.',
    fix: "Check the `bot_id` and that the token's workspaces include the agent's.",
  },
  {
    code: 4007,
    meaning:
      'A non-streaming chat (`stream=false`) was asked with `auto_save_history=false`; the two cannot be combined.',
    fix: 'Set `auto_save_history=true`, or stream.',
  },
  {
    code: 4008,
    meaning: 'The daily usage limit of this agent or user is reached.',
    fix: 'Try again tomorrow or upgrade the plan.',
  },
  {
    code: 4009,
    meaning: 'Coze has reached its system-wide request limit and is overloaded.',
    fix: 'Retry later, backing off between tries.',
  },
  {
    code: 4010,
    meaning: "The prompt is longer than the model's context window.",
    fix: 'Shorten the input or the history sent with it.',
  },
  {
    code: 4011,
    meaning: "The account's Coze token or credit balance is used up.",
    fix: 'Top up the account.',
  },
  {
    code: 4012,
    meaning: "The agent's model is no longer valid, for example because it was taken off the list.",
    fix: 'Switch the agent to another model and publish it again.',
  },
  {
    code: 4013,
    meaning:
      'The model service failed, according to the error-code page. coze-js treats 4013 as a rate-limit error, the same class as HTTP 429.',
    fix: 'Retry later, more slowly.',
  },
  {
    code: 4014,
    meaning:
      'In a chat: the agent could not answer the question. When updating a workspace: its name or description was rejected by content moderation.',
    fix: 'Rephrase the question, or change the workspace text.',
  },
  {
    code: 4015,
    meaning: 'The agent is not published to the API channel.',
    fix: 'Publish the agent with the API channel selected.',
  },
  {
    code: 4016,
    meaning: 'The conversation already has a chat running.',
    fix: 'Wait for it to finish or cancel it, or use another conversation.',
  },
  {
    code: 4019,
    meaning: 'Agent calls billed through Volcano Engine: the pay-as-you-go balance is in arrears.',
    fix: 'Recharge the Volcano Engine account.',
  },
  {
    code: 4020,
    meaning: 'Agent calls billed through Volcano Engine: more requests per minute than the RPM you bought.',
    fix: 'Buy more RPM or throttle your calls.',
  },
  {
    code: 4021,
    meaning:
      "The workflow is not configured. The error-code page's cause and fix for it are a copy of 4016's, so take its label as the meaning.",
    fix: "Check the agent's or app's workflow setup.",
  },
  {
    code: 4022,
    meaning: 'The Volcano Ark model service behind the agent is in arrears.',
    fix: 'Settle the Ark account.',
  },
  {
    code: 4027,
    meaning: 'Realtime call: the account has an overdue payment.',
    fix: 'Recharge the account.',
  },
  {
    code: 4028,
    meaning: 'Realtime call: the free resource points are used up.',
    fix: 'Wait for the quota to refresh, or upgrade to a paid plan.',
  },
  {
    code: 4029,
    meaning: 'Realtime call: the room was closed after a long time without activity (3 minutes by default).',
    fix: 'Raise `longest_silence_ms` with `session.update`; once closed, create a new room.',
  },
  {
    code: 4100,
    meaning:
      'Authentication failed: the token is missing, wrong or expired, the header is malformed, or the token belongs to the other region (coze.cn vs coze.com).',
    fix: 'Send exactly `Authorization: Bearer <token>`, check the token, and call the host of its region. See the 4100/4101 troubleshooting page.',
  },
  {
    code: 4101,
    meaning: "The token lacks the permission this API needs, or access to the resource's workspace.",
    fix: "Add the API's permission and the workspace to the token, or use a token that has them.",
  },
  {
    code: 4102,
    meaning:
      "Blocked by Coze's risk control. When updating an organization: its name or description was rejected by content moderation.",
    fix: 'Retry later and report it with the log id if it persists; or change the organization text.',
  },
  {
    code: 4104,
    meaning: 'The chat cannot be cancelled because it is already completed, failed or waiting for tool results.',
    fix: 'Check the chat status before cancelling; retrieve the chat instead.',
  },
  {
    code: 4105,
    meaning: 'The agent being published contains sensitive content.',
    fix: 'Remove the offending words from the persona, opening line and other texts.',
  },
  {
    code: 4200,
    meaning:
      'The resource does not exist, was not created by this account, or is not published (running an unpublished workflow or chatflow gives this too).',
    fix: 'Check the id, and publish the workflow.',
  },
  {
    code: 4201,
    meaning: 'The member is already in the enterprise, team or organization.',
    fix: 'Do not add them again.',
  },
  {
    code: 4300,
    meaning: 'The uploaded file is empty: a wrong path, or a request that is not multipart/form-data.',
    fix: 'Send the file as multipart/form-data in the `file` field.',
  },
  {
    code: 4301,
    meaning: 'More than one file in one upload.',
    fix: 'Upload one file per request.',
  },
  {
    code: 4302,
    meaning: 'The file is larger than this API accepts.',
    fix: 'Use a smaller file.',
  },
  {
    code: 4303,
    meaning: 'The file type is not supported.',
    fix: 'Convert the file to a supported format.',
  },
  {
    code: 4304,
    meaning: 'The file is corrupt or otherwise invalid.',
    fix: 'Try another file.',
  },
  {
    code: 4314,
    meaning: 'No execution record of the workflow was found.',
    fix: 'Check `execute_id` and `workflow_id`.',
  },
  {
    code: 4315,
    meaning: 'The workflow run has already ended and cannot be resumed.',
    fix: 'Start a new run.',
  },
  {
    code: 5000,
    meaning:
      'Internal server error. Also returned when submitting tool outputs for a chat started with `auto_save_history=false`.',
    fix: 'Retry, and report it with the log id if it persists; start chats that use tools with `auto_save_history=true`.',
  },
  {
    code: 6003,
    meaning: 'Running a workflow asynchronously (`is_async=true`) needs a paid plan.',
    fix: 'Upgrade, or run the workflow synchronously.',
  },
  {
    code: 700012006,
    meaning: 'The access token failed verification: it is malformed, revoked or invalid.',
    fix: 'Issue a new token.',
  },
  {
    code: 702042018,
    meaning: 'Adding members would exceed the member limit of the workspace.',
    fix: 'Remove members first, or raise the limit.',
  },
  {
    code: 702042162,
    meaning: 'The user added to a workspace has not joined the enterprise or team.',
    fix: 'Invite the user to the enterprise or team first.',
  },
  {
    code: 702242003,
    meaning: 'The agent was unbound from the channel (seen with the Chat SDK).',
    fix: 'Publish the agent to the channel again.',
  },
  {
    code: 720702204,
    meaning: 'The named conversation does not exist (seen in chatflow calls).',
    fix: 'Check the conversation name, or create it first.',
  },
  {
    code: 777074044,
    meaning: 'The last super admin of an organization cannot be removed.',
    fix: 'Make someone else super admin first.',
  },
];
