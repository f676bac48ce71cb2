import * as v from 'valibot';
import { ChatSchema, MessageSchema, StreamErrorSchema } from '../../objects';
import { defineDocPage } from './define';
import { text } from '../../fields';
import { ModeUpdateDataSchema, PreAnswerUpdateDataSchema, SessionUpdateDataSchema } from './realtime-schemas';
import { rtcTransport } from './transport';
import { TranscriptDataSchema } from './voice-schemas';

/** Said of events whose payload the docs leave collapsed and we take from the WebSocket chat. */
const INFERRED = 'Payload inferred from the WebSocket chat event of the same kind (medium confidence).';

const CHAT = {
  id: '7457531188402274342',
  conversation_id: '7457531150259126310',
  bot_id: '7455701873619140627',
  created_at: 1736223380,
  meta_data: {},
};
const ANSWER = {
  id: '7457531190662922266',
  conversation_id: CHAT.conversation_id,
  bot_id: CHAT.bot_id,
  chat_id: CHAT.id,
  role: 'assistant',
  type: 'answer',
  content_type: 'text',
};

/** Downstream events of a Realtime (RTC) voice session. */
export default defineDocPage({
  id: 'realtime-downstream-events',
  group: 'audio',
  subgroup: 'rtc',
  titleZh: 'Realtime 下行事件',
  titleEn: 'Realtime downstream events',
  kind: 'events',
  summary:
    "The messages the agent sends inside an RTC voice room: the room's state, each chat turn with its text, who is speaking, subtitles of the user's speech, and errors.",
  sections: [
    rtcTransport(),
    {
      kind: 'text',
      heading: 'What the docs leave out',
      paragraphs: [
        'The payload tables of these events are collapsed in every copy of the docs we could read. Names and meanings are documented; payloads marked as inferred follow the WebSocket chat, and two events have no known payload at all.',
        '`@coze/realtime-api` also emits `server.bot.join` and `server.bot.leave`, which it makes itself from RTC join and leave callbacks, and lists `server.live.created`, which the docs do not mention.',
      ],
    },
    {
      kind: 'events',
      heading: 'Downstream events (Coze sends)',
      events: [
        {
          name: 'session.created',
          direction: 'downstream',
          titleZh: '房间配置成功',
          description: 'You joined the room and the session is ready.',
          data: v.object({
            voice_id: text('Voice the agent speaks with.'),
            log_id: text('Server log id; quote it when asking Coze for help.'),
          }),
          example: {
            id: '7457531161823461414',
            event_type: 'session.created',
            data: { voice_id: '7426720361733046281', log_id: '20250107121620C8D2E4F6A8B0C1D3E5F7' },
          },
        },
        {
          name: 'session.updated',
          direction: 'downstream',
          titleZh: '房间配置更新成功',
          description: `Your \`session.update\` was applied; \`data\` is the configuration now in effect. ${INFERRED}`,
          data: SessionUpdateDataSchema,
          example: {
            id: '7457531161823461415',
            event_type: 'session.updated',
            data: {
              speech_rate: 20,
              loudness_rate: 0,
              longest_silence_ms: 300000,
              turn_detection: { type: 'server_vad', prefix_padding_ms: 600, silence_duration_ms: 800 },
              voice_id: '7426720361733046281',
            },
          },
        },
        {
          name: 'conversation.created',
          direction: 'downstream',
          titleZh: '会话创建成功',
          description:
            "The room finished setting up after you joined and its conversation exists. Low confidence: the payload's fields are not documented anywhere we could check, so none are listed.",
          example: { id: '7457531161823461416', event_type: 'conversation.created' },
        },
        {
          name: 'conversation.chat.created',
          direction: 'downstream',
          titleZh: '对话开始',
          description: `A chat turn began; a Chat object with status \`created\`. ${INFERRED}`,
          data: ChatSchema,
          example: {
            id: '7457531188402274343',
            event_type: 'conversation.chat.created',
            data: { ...CHAT, status: 'created' },
          },
        },
        {
          name: 'conversation.chat.in_progress',
          direction: 'downstream',
          titleZh: '对话处理中',
          description: `The agent is working on the turn; status \`in_progress\`. ${INFERRED}`,
          data: ChatSchema,
          example: {
            id: '7457531188402274344',
            event_type: 'conversation.chat.in_progress',
            data: { ...CHAT, status: 'in_progress' },
          },
        },
        {
          name: 'conversation.message.delta',
          direction: 'downstream',
          titleZh: '增量消息',
          description: `A piece of the reply text (type \`answer\`). ${INFERRED}`,
          data: MessageSchema,
          example: {
            id: '7457531190662922267',
            event_type: 'conversation.message.delta',
            data: { ...ANSWER, content: '上海今天多云，' },
          },
        },
        {
          name: 'conversation.message.completed',
          direction: 'downstream',
          titleZh: '消息已完成',
          description: `A whole message of the user or the agent, its pieces joined. ${INFERRED}`,
          data: MessageSchema,
          example: {
            id: '7457531190662922270',
            event_type: 'conversation.message.completed',
            data: { ...ANSWER, content: '上海今天多云，气温八到十三度，有微风。' },
          },
        },
        {
          name: 'conversation.chat.completed',
          direction: 'downstream',
          titleZh: '对话完成',
          description: `The turn is over; the Chat object carries its token usage. ${INFERRED}`,
          data: ChatSchema,
          example: {
            id: '7457531188402274350',
            event_type: 'conversation.chat.completed',
            data: {
              ...CHAT,
              status: 'completed',
              completed_at: 1736223384,
              usage: { token_count: 982, input_count: 911, output_count: 71 },
            },
          },
        },
        {
          name: 'conversation.chat.requires_action',
          direction: 'downstream',
          titleZh: '端插件请求',
          description: `A client-side plugin must run: do the calls in \`required_action.submit_tool_outputs.tool_calls\` and answer with \`conversation.chat.submit_tool_outputs\`. ${INFERRED}`,
          data: ChatSchema,
          example: {
            id: '7457531188402274345',
            event_type: 'conversation.chat.requires_action',
            data: {
              ...CHAT,
              status: 'requires_action',
              required_action: {
                type: 'submit_tool_outputs',
                submit_tool_outputs: {
                  tool_calls: [
                    {
                      id: 'call_7457531190662938650',
                      type: 'function',
                      function: { name: 'unlock_door', arguments: '{"door":"front"}' },
                    },
                  ],
                },
              },
            },
          },
        },
        {
          name: 'conversation.chat.failed',
          direction: 'downstream',
          titleZh: '对话失败',
          description: `The turn failed; \`last_error\` says why. ${INFERRED}`,
          data: ChatSchema,
          example: {
            id: '7457531188402274351',
            event_type: 'conversation.chat.failed',
            data: {
              ...CHAT,
              status: 'failed',
              failed_at: 1736223383,
              last_error: { code: 4028, msg: 'Insufficient coze credits balance' },
            },
          },
        },
        {
          name: 'audio.user.speech_started',
          direction: 'downstream',
          titleZh: '用户开始说话',
          description: 'The server heard the user start speaking. No data.',
          example: { id: '7457531161823461420', event_type: 'audio.user.speech_started' },
        },
        {
          name: 'audio.user.speech_stopped',
          direction: 'downstream',
          titleZh: '用户结束说话',
          description: 'The server heard the user stop speaking. No data.',
          example: { id: '7457531161823461421', event_type: 'audio.user.speech_stopped' },
        },
        {
          name: 'audio.agent.speech_started',
          direction: 'downstream',
          titleZh: '智能体开始说话',
          description: 'The agent started speaking. No data.',
          example: { id: '7457531161823461422', event_type: 'audio.agent.speech_started' },
        },
        {
          name: 'audio.agent.speech_stopped',
          direction: 'downstream',
          titleZh: '智能体结束说话',
          description: 'The agent stopped speaking. No data.',
          example: { id: '7457531161823461423', event_type: 'audio.agent.speech_stopped' },
        },
        {
          name: 'session.pre_answer.updated',
          direction: 'downstream',
          titleZh: '安抚配置更新成功',
          description: `Your \`session.pre_answer.update\` was applied; \`data\` is the filler configuration now in effect, in the same shape (medium confidence).`,
          data: PreAnswerUpdateDataSchema,
          example: {
            id: '7457531161823461424',
            event_type: 'session.pre_answer.updated',
            data: {
              pre_answer: { type: 'text', pre_answer_list: ['稍等一下', '我想想', '好的，马上'] },
              trigger: { type: 'time-trigger', time_after: 1200 },
            },
          },
        },
        {
          name: 'conversation.chat.pre_answer',
          direction: 'downstream',
          titleZh: '安抚已生成',
          description:
            "A filler was triggered and is being played. Low confidence: the payload's fields are not documented anywhere we could check, so none are listed.",
          example: { id: '7457531161823461425', event_type: 'conversation.chat.pre_answer' },
        },
        {
          name: 'conversation.audio_transcript.delta',
          direction: 'downstream',
          titleZh: '用户语音识别字幕',
          description: `Subtitle of what the user is saying; despite the name each event carries the whole text so far. ${INFERRED}`,
          data: TranscriptDataSchema,
          example: {
            id: '7457531161823461426',
            event_type: 'conversation.audio_transcript.delta',
            data: { content: '上海今天天气' },
          },
        },
        {
          name: 'mode.updated',
          direction: 'downstream',
          titleZh: '更新房间模式成功',
          description:
            'Your `mode.update` was applied; `data` is the mode now in effect, in the same shape (medium confidence).',
          data: ModeUpdateDataSchema,
          example: {
            id: '7457531161823461427',
            event_type: 'mode.updated',
            data: { mode: 'chat', chat: { user_language: 'en-US' } },
          },
        },
        {
          name: 'input_audio_buffer.started',
          direction: 'downstream',
          titleZh: '用户开始说话',
          description: 'Your `input_audio_buffer.start` was accepted. No data.',
          example: { id: '7457531161823461428', event_type: 'input_audio_buffer.started' },
        },
        {
          name: 'input_audio_buffer.completed',
          direction: 'downstream',
          titleZh: '用户结束说话',
          description: 'Your `input_audio_buffer.complete` was accepted. No data.',
          example: { id: '7457531161823461429', event_type: 'input_audio_buffer.completed' },
        },
        {
          name: 'error',
          direction: 'downstream',
          titleZh: '发生错误',
          description:
            'Something went wrong during the call; `data.code` is one of the Realtime error codes (medium confidence on the payload shape).',
          data: StreamErrorSchema,
          example: {
            id: '7457531161823461430',
            event_type: 'error',
            data: {
              code: 4029,
              msg: 'The connection was closed due to prolonged user inactivity. Please retry your request.',
            },
          },
        },
      ],
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'audio-rooms-create', note: 'Create the room these events travel in.' },
        { pageId: 'realtime-upstream-events', note: 'What you send.' },
        { pageId: 'realtime-error-codes', note: 'Codes of `error` events.' },
        { pageId: 'ref-message-types', note: 'Message types in completed messages.' },
      ],
    },
  ],
});
