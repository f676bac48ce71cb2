import { defineDocPage } from '../events/define';

/** Answers to the questions that come up most when calling the Coze API. */
export default defineDocPage({
  id: 'api-faq',
  group: 'faq',
  titleZh: 'API 常见问题',
  titleEn: 'API FAQ',
  kind: 'reference',
  summary: 'Short answers to the questions people ask most when they start calling the Coze API.',
  sections: [
    {
      kind: 'text',
      heading: 'I called the chat API with stream=false. Where is the answer?',
      paragraphs: [
        'A non-streaming chat answers at once with the Chat object only: its id, conversation and status `created` or `in_progress`. The reply is written later. Poll retrieve-chat until the status is final, then read the messages with list-chat-messages.',
      ],
    },
    {
      kind: 'steps',
      heading: 'Get the answer of a non-streaming chat',
      steps: [
        'POST `/v3/chat` with `"stream": false` and `"auto_save_history": true` (false gives error 4007).',
        'Keep `data.id` (the chat id) and `data.conversation_id` from the answer.',
        'Call GET `/v3/chat/retrieve?conversation_id=…&chat_id=…` once a second or less often until `status` is `completed`, `failed`, `requires_action` or `canceled`.',
        'On `completed`, call GET `/v3/chat/message/list?conversation_id=…&chat_id=…` and take the messages of type `answer`.',
      ],
    },
    {
      kind: 'code',
      heading: 'Poll and read',
      language: 'bash',
      code: `curl 'https://api.coze.cn/v3/chat/retrieve?conversation_id=7457512985634488358&chat_id=7457513029471158310' \\
  -H "Authorization: Bearer $COZE_API_TOKEN"

curl 'https://api.coze.cn/v3/chat/message/list?conversation_id=7457512985634488358&chat_id=7457513029471158310' \\
  -H "Authorization: Bearer $COZE_API_TOKEN"`,
    },
    {
      kind: 'text',
      heading: 'Can a workflow used by an agent run asynchronously in a chat?',
      paragraphs: [
        'No. When a chat calls a workflow bound to the agent, the workflow always runs synchronously; asynchronous runs exist only when you call the workflow APIs yourself.',
      ],
    },
    {
      kind: 'text',
      heading: 'The HTTP status is 200 but the call failed. Why?',
      paragraphs: [
        'Coze reports business errors in the body: `code` is 0 on success and an error code otherwise, with the reason in `msg`. Always check `code`; the SDKs raise an error whenever it is not 0.',
      ],
    },
    {
      kind: 'text',
      heading: 'Which host do I call?',
      paragraphs: [
        '`https://api.coze.cn` for coze.cn accounts and `https://api.coze.com` for coze.com accounts; WebSockets use `wss://ws.coze.cn` and `wss://ws.coze.com`. A token works only on the host of its own site; using the other one gives 4100. The official SDKs default to the coze.com host, so pass the coze.cn base URL when you use a coze.cn token.',
      ],
    },
    {
      kind: 'text',
      heading: 'Why do ids change when I read them in JavaScript?',
      paragraphs: [
        'Coze ids are 64-bit integers, larger than a JavaScript number holds exactly. The API sends them as strings: keep them as strings and never convert them to numbers.',
      ],
    },
    {
      kind: 'text',
      heading: 'Are times in seconds or milliseconds?',
      paragraphs: [
        'Unix seconds almost everywhere. Callback headers and `header.created_at` of callback bodies are in milliseconds, and the `expires_in` of an OAuth token is an absolute time rather than a duration.',
      ],
    },
    {
      kind: 'text',
      heading: 'Why does a new chat fail with 4016?',
      paragraphs: [
        'A conversation runs one chat at a time. Wait until the running chat ends, cancel it, or start the new chat in another conversation.',
      ],
    },
    {
      kind: 'text',
      heading: 'Why does my agent answer 4015?',
      paragraphs: [
        'The agent has not been published to the API channel. Publish it again with the API channel ticked.',
      ],
    },
    {
      kind: 'text',
      heading: 'What should I send to Coze support?',
      paragraphs: [
        'The `code` and `msg` of the failing response and its log id: the `X-Tt-Logid` response header, which is also in the body as `detail.logid`.',
      ],
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'create-chat', note: 'Start a chat, streaming or not.' },
        { pageId: 'retrieve-chat', note: 'Poll the status of a chat.' },
        { pageId: 'list-chat-messages', note: 'Read the messages of a finished chat.' },
        { pageId: 'run-workflow', note: 'Run a workflow yourself, optionally asynchronously.' },
        { pageId: 'coze-error-codes', note: 'All error codes.' },
        { pageId: 'best-practice-get-chat-response', note: 'Getting the reply, streaming or not.' },
      ],
    },
  ],
});
