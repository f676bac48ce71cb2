import { defineDocPage } from '../events/define';

/** How to get an agent's reply out of the chat API, streaming or not. */
export default defineDocPage({
  id: 'best-practice-get-chat-response',
  group: 'best-practices',
  titleZh: '通过对话接口获取智能体回复',
  titleEn: "Getting the agent's reply from the chat API",
  kind: 'reference',
  summary:
    "Two ways to read an agent's reply from `/v3/chat`: follow the stream as it is written, or start the chat, poll until it is done and list its messages.",
  sections: [
    {
      kind: 'text',
      paragraphs: [
        'A chat produces several messages, not only the answer: tool calls and results, knowledge recall, follow-up suggestions and a closing control packet. Whichever way you read the reply, pick the messages by `type`.',
      ],
    },
    {
      kind: 'steps',
      heading: 'Streaming',
      steps: [
        'POST `/v3/chat` with `"stream": true`.',
        'For a typewriter effect, append the `content` of each `conversation.message.delta` event whose message type is `answer`.',
        'Or wait for the `conversation.message.completed` events with type `answer`: each carries a whole answer.',
        'Stop at `conversation.chat.completed` (its Chat object has the token usage) or `conversation.chat.failed`; the stream closes with `done`.',
      ],
    },
    {
      kind: 'code',
      heading: 'Streaming call',
      language: 'bash',
      code: `curl -N -X POST 'https://api.coze.cn/v3/chat' \\
  -H "Authorization: Bearer $COZE_API_TOKEN" \\
  -H 'Content-Type: application/json' \\
  -d '{
    "bot_id": "7455701873619140627",
    "user_id": "user_20250107_001",
    "stream": true,
    "additional_messages": [
      { "role": "user", "type": "question", "content_type": "text", "content": "What should I wear in Beijing tomorrow?" }
    ]
  }'`,
    },
    {
      kind: 'steps',
      heading: 'Without streaming',
      steps: [
        'POST `/v3/chat` with `"stream": false` and `"auto_save_history": true`.',
        'Keep the chat id (`data.id`) and `data.conversation_id` of the answer.',
        'Poll GET `/v3/chat/retrieve` no more than once a second until `status` is `completed` or `requires_action` (or `failed`/`canceled`).',
        'GET `/v3/chat/message/list` with both ids and read the messages by type.',
      ],
    },
    {
      kind: 'code',
      heading: 'Non-streaming call, then poll and list',
      language: 'bash',
      code: `curl -X POST 'https://api.coze.cn/v3/chat' \\
  -H "Authorization: Bearer $COZE_API_TOKEN" \\
  -H 'Content-Type: application/json' \\
  -d '{"bot_id":"7455701873619140627","user_id":"user_20250107_001","stream":false,"auto_save_history":true,
       "additional_messages":[{"role":"user","content_type":"text","content":"What should I wear in Beijing tomorrow?"}]}'

# repeat until data.status is completed
curl 'https://api.coze.cn/v3/chat/retrieve?conversation_id=7457512985634488358&chat_id=7457513029471158310' \\
  -H "Authorization: Bearer $COZE_API_TOKEN"

curl 'https://api.coze.cn/v3/chat/message/list?conversation_id=7457512985634488358&chat_id=7457513029471158310' \\
  -H "Authorization: Bearer $COZE_API_TOKEN"`,
    },
    {
      kind: 'table',
      heading: 'Messages of a finished chat',
      columns: ['type', 'What it holds', 'Use it for'],
      rows: [
        ['answer', 'The reply, as `text` or as card JSON (`card`).', 'What you show the user.'],
        ['verbose, msg_type knowledge_recall', 'What the knowledge base returned.', 'Showing sources.'],
        [
          'verbose, msg_type generate_answer_finish',
          'End marker of the answers, with a `finish_reason`.',
          'Knowing all answers are in.',
        ],
        ['function_call', 'The plugin or tool call, as JSON.', 'Showing what the agent did.'],
        ['tool_response', 'What the plugin returned.', 'Showing what the agent learned.'],
        ['follow_up', 'A suggested next question.', 'Offering the user one-click questions.'],
      ],
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'create-chat', note: 'Start the chat.' },
        { pageId: 'retrieve-chat', note: 'Poll its status.' },
        { pageId: 'list-chat-messages', note: 'Read its messages.' },
        { pageId: 'ref-message-types', note: 'Every message type.' },
        { pageId: 'submit-tool-outputs', note: 'Continue a chat that stopped at `requires_action`.' },
      ],
    },
  ],
});
