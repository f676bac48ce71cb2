import { defineDocPage } from '../events/define';

/** What the `type` of a message means, who sends it and where it shows up. */
export default defineDocPage({
  id: 'ref-message-types',
  group: 'conversation',
  titleZh: '消息 type 说明',
  titleEn: 'Message types',
  kind: 'reference',
  summary:
    "What each value of a message's `type` means, which role it goes with, and whether you can send it in a request or only receive it.",
  sections: [
    {
      kind: 'text',
      paragraphs: [
        'Every message of a conversation has a `role` (`user` or `assistant`) and a `type`. A chat produces more than the answer: tool calls and their results, knowledge recall, follow-up suggestions and control packets all arrive as messages, in `conversation.message.completed` events and in the message lists.',
        'When you build `additional_messages` for a chat, or create messages yourself, `question` goes only with `role` user; the other types go with `role` assistant.',
      ],
    },
    {
      kind: 'table',
      heading: 'Types',
      columns: ['type', 'role', 'content_type', 'In a request', 'In a response', 'What it is'],
      rows: [
        [
          'question',
          'user',
          'text, object_string',
          'Yes, whatever `auto_save_history` is',
          'No: the chat message list leaves the query out',
          'What the user asked.',
        ],
        [
          'answer',
          'assistant',
          'text; card in responses',
          'Yes',
          'Yes',
          'The reply of the agent; it may come in many deltas, and one chat may hold several answers.',
        ],
        [
          'function_call',
          'assistant',
          'text (JSON)',
          'Only with `auto_save_history=false`',
          'Yes',
          'An intermediate call of a tool or function.',
        ],
        [
          'tool_output / tool_response',
          'assistant',
          'text',
          'Only with `auto_save_history=false`',
          'Yes',
          'What a tool returned.',
        ],
        [
          'follow_up',
          'assistant',
          'text',
          'No',
          'Yes',
          'A suggested next question, when the agent has suggestions turned on.',
        ],
        ['knowledge', 'assistant', 'text', 'No', 'Yes', 'What knowledge-base recall found.'],
        [
          'verbose',
          'assistant',
          'text (JSON)',
          'No',
          'Yes',
          'A control packet; its JSON `content` has a `msg_type` such as `generate_answer_finish` (all answers are done) or `interrupt` (a chatflow stopped).',
        ],
      ],
    },
    {
      kind: 'table',
      heading: 'Content types',
      columns: ['content_type', 'What `content` holds'],
      rows: [
        ['text', 'Plain text.'],
        [
          'object_string',
          'A JSON array, serialized as a string, of parts `{type, text?, file_id?, file_url?}` where `type` is text, file, image or audio.',
        ],
        ['card', 'Card JSON; only in responses.'],
        ['audio', 'A chunk of base64 audio; only in responses, in `conversation.audio.delta`.'],
      ],
    },
    {
      kind: 'text',
      heading: 'Differences between sources',
      paragraphs: [
        'The SDK enums (Python, Java, Go) list `question`, `answer`, `function_call`, `tool_output`, `tool_response`, `follow_up` and `verbose`; `knowledge` appears only in the docs and in stream examples. Treat unknown types as something to show or skip, not as an error.',
      ],
    },
    {
      kind: 'code',
      heading: 'A multimodal question as object_string',
      language: 'bash',
      code: `curl -X POST 'https://api.coze.cn/v3/chat' \\
  -H "Authorization: Bearer $COZE_API_TOKEN" \\
  -H 'Content-Type: application/json' \\
  -d '{
    "bot_id": "7455701873619140627",
    "user_id": "user_20250107_001",
    "stream": true,
    "additional_messages": [
      {
        "role": "user",
        "type": "question",
        "content_type": "object_string",
        "content": "[{\\"type\\":\\"text\\",\\"text\\":\\"What is in this picture?\\"},{\\"type\\":\\"image\\",\\"file_id\\":\\"7457512300841320485\\"}]"
      }
    ]
  }'`,
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'create-chat', note: 'Send messages in `additional_messages`.' },
        { pageId: 'list-chat-messages', note: 'The messages a chat produced.' },
        { pageId: 'create-message', note: 'Add a message to a conversation.' },
        { pageId: 'list-messages', note: 'The messages of a conversation.' },
        { pageId: 'upload-file', note: 'Get a `file_id` for an object_string part.' },
        { pageId: 'best-practice-get-chat-response', note: 'Which messages make up the answer.' },
      ],
    },
  ],
});
