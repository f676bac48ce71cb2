import * as v from 'valibot';
import { ChatSchema, MessageSchema, StreamErrorSchema } from '../../objects';
import { defineDocPage } from './define';
import { choice, text } from '../../fields';
import { SAMPLE_AUDIO_BASE64, websocketTransport } from './transport';
import { ChatUpdateDataSchema, TranscriptDataSchema } from './voice-schemas';

const LOGID = '20250107110512A1B2C3D4E5F60718293A';
const CHAT = {
  id: '7457513029471158310',
  conversation_id: '7457512985634488358',
  bot_id: '7455701873619140627',
  created_at: 1736219112,
  section_id: '7457512985634488358',
};
const ANSWER = {
  id: '7457513031526350882',
  conversation_id: CHAT.conversation_id,
  bot_id: CHAT.bot_id,
  chat_id: CHAT.id,
  section_id: CHAT.section_id,
  role: 'assistant',
  type: 'answer',
};

/** Downstream events of the duplex streaming voice chat WebSocket. */
export default defineDocPage({
  id: 'ws-chat-downstream-events',
  group: 'audio',
  subgroup: 'websocket',
  titleZh: '双向流式对话下行事件',
  titleEn: 'Duplex streaming voice chat: downstream events',
  kind: 'events',
  summary:
    "The frames Coze sends on the voice chat WebSocket: the session's state, the agent's text and audio as they are produced, the user's recognised speech, tool requests and errors.",
  sections: [
    websocketTransport(
      '/v1/chat',
      '`chat.created` → (your `chat.update`) → `chat.updated` → with server_vad `input_audio_buffer.speech_started`/`speech_stopped` and `conversation.audio_transcript.update`/`completed` as the user talks → `conversation.chat.created` → `conversation.chat.in_progress` → `conversation.audio.sentence_start`, `conversation.audio.delta` and `conversation.message.delta` frames → `conversation.message.completed` → `conversation.audio.completed` → `conversation.chat.completed`',
    ),
    {
      kind: 'text',
      heading: 'Payloads',
      paragraphs: [
        'Chat lifecycle events carry a Chat object and message and audio events a Message object, as in the HTTP chat stream; the official SDKs agree on this. coze-js also knows an undocumented `dump.audio` event with a `url`, and its browser toolkit re-emits events under slightly different names (`server.conversation.chat.cancelled`); the names on the wire are the ones below.',
      ],
    },
    {
      kind: 'events',
      heading: 'Downstream events (Coze sends)',
      events: [
        {
          name: 'chat.created',
          direction: 'downstream',
          titleZh: '对话连接成功',
          description: 'The connection is open; only `detail.logid`, no data. Send `chat.update` next.',
          example: { id: '7457513020311724070', event_type: 'chat.created', detail: { logid: LOGID } },
        },
        {
          name: 'chat.updated',
          direction: 'downstream',
          titleZh: '对话配置成功',
          description: 'Your `chat.update` was applied; `data` is the configuration now in effect, in the same shape.',
          data: ChatUpdateDataSchema,
          example: {
            id: '7457513020311724071',
            event_type: 'chat.updated',
            data: {
              chat_config: { user_id: 'user_20250107_001', auto_save_history: true, meta_data: { source: 'web' } },
              input_audio: { format: 'pcm', codec: 'pcm', sample_rate: 24000, channel: 1, bit_depth: 16 },
              output_audio: {
                codec: 'pcm',
                pcm_config: { sample_rate: 24000 },
                speech_rate: 0,
                voice_id: '7426720361733046281',
              },
              turn_detection: { type: 'server_vad', prefix_padding_ms: 600, silence_duration_ms: 500 },
            },
            detail: { logid: LOGID },
          },
        },
        {
          name: 'conversation.chat.created',
          direction: 'downstream',
          titleZh: '对话开始',
          description:
            'A turn began: the user audio was recognised or a message arrived. A Chat object with status `created`.',
          data: ChatSchema,
          example: {
            id: '7457513029471158311',
            event_type: 'conversation.chat.created',
            data: { ...CHAT, status: 'created' },
            detail: { logid: LOGID },
          },
        },
        {
          name: 'conversation.chat.in_progress',
          direction: 'downstream',
          titleZh: '对话正在处理',
          description: 'The agent is working on the turn; a Chat object with status `in_progress`.',
          data: ChatSchema,
          example: {
            id: '7457513029471158312',
            event_type: 'conversation.chat.in_progress',
            data: { ...CHAT, status: 'in_progress' },
            detail: { logid: LOGID },
          },
        },
        {
          name: 'conversation.message.delta',
          direction: 'downstream',
          titleZh: '增量消息',
          description: 'A piece of the reply text (type `answer`); join the `content` of the deltas for subtitles.',
          data: MessageSchema,
          example: {
            id: '7457513031526350883',
            event_type: 'conversation.message.delta',
            data: { ...ANSWER, content: '北京明天晴，', content_type: 'text' },
            detail: { logid: LOGID },
          },
        },
        {
          name: 'conversation.audio.sentence_start',
          direction: 'downstream',
          titleZh: '增量语音字幕',
          description:
            'A new sentence of speech begins; the audio deltas that follow belong to it, so show `text` as its subtitle.',
          data: v.object({ text: text('The sentence about to be spoken.') }),
          example: {
            id: '7457513031526350884',
            event_type: 'conversation.audio.sentence_start',
            data: { text: '北京明天晴，最高气温三度。' },
            detail: { logid: LOGID },
          },
        },
        {
          name: 'conversation.audio.delta',
          direction: 'downstream',
          titleZh: '增量语音',
          description:
            'A piece of the reply audio: a Message object whose `content` is base64 audio in the `output_audio` codec (`content_type` audio). Queue the pieces for playback in order.',
          data: MessageSchema,
          example: {
            id: '7457513031526350885',
            event_type: 'conversation.audio.delta',
            data: { ...ANSWER, id: '7457513031526367266', content: SAMPLE_AUDIO_BASE64, content_type: 'audio' },
            detail: { logid: LOGID },
          },
        },
        {
          name: 'conversation.message.completed',
          direction: 'downstream',
          titleZh: '消息完成',
          description:
            'A whole message, the deltas joined. Also sent for messages that have no deltas: `function_call`, `tool_response`, `verbose` and `follow_up`.',
          data: MessageSchema,
          example: {
            id: '7457513031526350890',
            event_type: 'conversation.message.completed',
            data: { ...ANSWER, content: '北京明天晴，最高气温三度，出门记得戴围巾。', content_type: 'text' },
            detail: { logid: LOGID },
          },
        },
        {
          name: 'conversation.audio.completed',
          direction: 'downstream',
          titleZh: '语音回复完成',
          description: 'All the audio of the reply has been sent.',
          data: MessageSchema,
          example: {
            id: '7457513031526350891',
            event_type: 'conversation.audio.completed',
            data: { ...ANSWER, id: '7457513031526367266', content: '', content_type: 'audio' },
            detail: { logid: LOGID },
          },
        },
        {
          name: 'conversation.chat.completed',
          direction: 'downstream',
          titleZh: '对话完成',
          description: 'The turn is over; the Chat object carries its token usage.',
          data: ChatSchema,
          example: {
            id: '7457513029471158320',
            event_type: 'conversation.chat.completed',
            data: {
              ...CHAT,
              status: 'completed',
              completed_at: 1736219115,
              usage: { token_count: 1290, input_count: 1214, output_count: 76 },
            },
            detail: { logid: LOGID },
          },
        },
        {
          name: 'conversation.chat.failed',
          direction: 'downstream',
          titleZh: '对话失败',
          description: 'The turn failed; `last_error` says why.',
          data: ChatSchema,
          example: {
            id: '7457513029471158321',
            event_type: 'conversation.chat.failed',
            data: {
              ...CHAT,
              status: 'failed',
              failed_at: 1736219114,
              last_error: { code: 4011, msg: 'insufficient balance' },
            },
            detail: { logid: LOGID },
          },
        },
        {
          name: 'error',
          direction: 'downstream',
          titleZh: '发生错误',
          description:
            'Something went wrong; `data` has the Coze error code and message, and `detail.origin_message` may quote the frame you sent that caused it.',
          data: StreamErrorSchema,
          example: {
            id: '7457513020311724090',
            event_type: 'error',
            data: { code: 4000, msg: 'invalid parameter: turn_detection.type' },
            detail: {
              logid: LOGID,
              origin_message:
                '{"id":"3ede273c-5c68-47af-b8ea-201ca5fa9178","event_type":"chat.update","data":{"turn_detection":{"type":"auto"}}}',
            },
          },
        },
        {
          name: 'input_audio_buffer.completed',
          direction: 'downstream',
          titleZh: 'input_audio_buffer 提交成功',
          description: 'Your `input_audio_buffer.complete` was accepted; no data.',
          example: { id: '7457513020311724072', event_type: 'input_audio_buffer.completed', detail: { logid: LOGID } },
        },
        {
          name: 'input_audio_buffer.cleared',
          direction: 'downstream',
          titleZh: 'input_audio_buffer 清除成功',
          description: 'The audio buffer was emptied; no data.',
          example: { id: '7457513020311724073', event_type: 'input_audio_buffer.cleared', detail: { logid: LOGID } },
        },
        {
          name: 'conversation.cleared',
          direction: 'downstream',
          titleZh: '上下文清除完成',
          description: 'Your `conversation.clear` was done and a new context section started; no data.',
          example: { id: '7457513020311724074', event_type: 'conversation.cleared', detail: { logid: LOGID } },
        },
        {
          name: 'conversation.chat.canceled',
          direction: 'downstream',
          titleZh: '智能体输出中断',
          description:
            'The agent stopped speaking. Stop playback and drop queued audio; `data.code` says what interrupted it.',
          data: v.object({
            code: choice(
              [1, 2, 3],
              '1 the user started speaking, 2 you sent `conversation.chat.cancel`, 3 a new message arrived.',
            ),
            msg: text('What interrupted the agent, in words.'),
          }),
          example: {
            id: '7457513029471158322',
            event_type: 'conversation.chat.canceled',
            data: { code: 1, msg: 'interrupted by user speech' },
            detail: { logid: LOGID },
          },
        },
        {
          name: 'conversation.audio_transcript.update',
          direction: 'downstream',
          titleZh: '用户语音识别字幕',
          description: 'What the user has said so far; each event carries the whole text, not a delta.',
          data: TranscriptDataSchema,
          example: {
            id: '7457513020311724080',
            event_type: 'conversation.audio_transcript.update',
            data: { content: '明天北京' },
            detail: { logid: LOGID },
          },
        },
        {
          name: 'conversation.audio_transcript.completed',
          direction: 'downstream',
          titleZh: '用户语音识别完成',
          description: "The final recognition of the user's turn.",
          data: TranscriptDataSchema,
          example: {
            id: '7457513020311724081',
            event_type: 'conversation.audio_transcript.completed',
            data: { content: '明天北京天气怎么样？' },
            detail: { logid: LOGID },
          },
        },
        {
          name: 'conversation.chat.requires_action',
          direction: 'downstream',
          titleZh: '端插件请求',
          description:
            'The agent needs a client-side plugin run: do the calls in `required_action.submit_tool_outputs.tool_calls` and answer with `conversation.chat.submit_tool_outputs`.',
          data: ChatSchema,
          example: {
            id: '7457513029471158315',
            event_type: 'conversation.chat.requires_action',
            data: {
              ...CHAT,
              status: 'requires_action',
              required_action: {
                type: 'submit_tool_outputs',
                submit_tool_outputs: {
                  tool_calls: [
                    {
                      id: 'call_7457513031526367266',
                      type: 'function',
                      function: { name: 'get_weather', arguments: '{"city":"北京","date":"tomorrow"}' },
                    },
                  ],
                },
              },
            },
            detail: { logid: LOGID },
          },
        },
        {
          name: 'input_audio_buffer.speech_started',
          direction: 'downstream',
          titleZh: '用户开始说话',
          description:
            'With `server_vad`, the server heard the user start speaking; stop playing the agent if you let users barge in. No data.',
          example: {
            id: '7457513020311724076',
            event_type: 'input_audio_buffer.speech_started',
            detail: { logid: LOGID },
          },
        },
        {
          name: 'input_audio_buffer.speech_stopped',
          direction: 'downstream',
          titleZh: '用户结束说话',
          description:
            'With `server_vad`, the server heard the user stop speaking; the turn is handed to the agent. No data.',
          example: {
            id: '7457513020311724077',
            event_type: 'input_audio_buffer.speech_stopped',
            detail: { logid: LOGID },
          },
        },
      ],
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'ws-chat', note: 'Open the WebSocket these events travel on.' },
        { pageId: 'ws-chat-upstream-events', note: 'What you send.' },
        { pageId: 'ref-message-types', note: 'Message types in completed messages.' },
        { pageId: 'create-chat', note: 'The same chat over HTTP with a text stream.' },
        { pageId: 'coze-error-codes', note: 'Codes of `error` frames and `last_error`.' },
      ],
    },
  ],
});
