import * as v from 'valibot';
import { defineDocPage } from './define';
import { flag } from '../../fields';
import { ModeUpdateDataSchema, PreAnswerUpdateDataSchema, SessionUpdateDataSchema } from './realtime-schemas';
import { rtcTransport } from './transport';
import { GenerateAudioDataSchema, MessageCreateDataSchema, SubmitToolOutputsDataSchema } from './voice-schemas';

/** Upstream events of a Realtime (RTC) voice session. */
export default defineDocPage({
  id: 'realtime-upstream-events',
  group: 'audio',
  subgroup: 'rtc',
  titleZh: 'Realtime 上行事件',
  titleEn: 'Realtime upstream events',
  kind: 'events',
  summary:
    'The messages you send to the agent inside an RTC voice room: change its settings, add messages, interrupt it, answer its tool calls and drive push-to-talk.',
  sections: [
    rtcTransport(),
    {
      kind: 'events',
      heading: 'Upstream events (you send)',
      events: [
        {
          name: 'session.update',
          direction: 'upstream',
          titleZh: '更新房间配置',
          description:
            'Changes the room settings. Only the fields you send change, but a field sent empty is overwritten with the empty value. Coze answers with `session.updated`, or `error`.',
          data: SessionUpdateDataSchema,
          example: {
            id: 'b3ba5d07-ee23-4c8b-aa88-3d9796b425d4',
            event_type: 'session.update',
            data: {
              speech_rate: 20,
              longest_silence_ms: 300000,
              chat_config: {
                custom_variables: { city: '上海' },
                allow_voice_interrupt: true,
                interrupt_config: { mode: 'keyword_prefix', keywords: ['等一下', '停'] },
              },
              turn_detection: { type: 'server_vad', silence_duration_ms: 800 },
              voice_id: '7426720361733046281',
            },
          },
        },
        {
          name: 'conversation.chat.submit_tool_outputs',
          direction: 'upstream',
          titleZh: '提交端插件执行结果',
          description:
            'Answers `conversation.chat.requires_action` with the results of the client-side plugins you ran, like the HTTP submit-tool-outputs call.',
          data: SubmitToolOutputsDataSchema,
          example: {
            id: 'd5b12784-46a0-4805-844c-6bf9a0a1f7ed',
            event_type: 'conversation.chat.submit_tool_outputs',
            data: {
              chat_id: '7457531188402274342',
              tool_outputs: [{ tool_call_id: 'call_7457531190662938650', output: '{"status":"door unlocked"}' }],
            },
          },
        },
        {
          name: 'conversation.chat.cancel',
          direction: 'upstream',
          titleZh: '中断 Agent 语音输出',
          description:
            "Stops the agent's current reply; `interrupt()` of `@coze/realtime-api` sends it. Has no fields (an empty `data` object is accepted).",
          example: { id: '2d8c143e-b150-4ec8-a7a4-48ed1bf712ec', event_type: 'conversation.chat.cancel' },
        },
        {
          name: 'conversation.message.create',
          direction: 'upstream',
          titleZh: '手动提交对话内容',
          description:
            'Adds a message. With `role` user the agent answers aloud (for example "describe this picture" with an image); with `role` assistant it only becomes context.',
          data: MessageCreateDataSchema,
          example: {
            id: '5b3417dc-589b-4a2a-b8e9-355caf3bab51',
            event_type: 'conversation.message.create',
            data: {
              role: 'user',
              content_type: 'object_string',
              content: '[{"type":"text","text":"帮我分析一下这张图"},{"type":"image","file_id":"7457531201147584550"}]',
            },
          },
        },
        {
          name: 'client.vad',
          direction: 'upstream',
          titleZh: '客户端 VAD 检测',
          description:
            'Reports whether the user is speaking, when `turn_detection.type` is `client_vad`. Send it only when the state changes.',
          data: v.object({ vad: flag('`true` while the user speaks, `false` once they stop.') }),
          example: { id: 'cd416976-280e-451d-8ff5-4f8642018fa0', event_type: 'client.vad', data: { vad: true } },
        },
        {
          name: 'session.pre_answer.update',
          direction: 'upstream',
          titleZh: '更新安抚配置',
          description:
            'Sets a filler ("let me think…") the agent plays while it prepares an answer. Coze answers with `session.pre_answer.updated`, or `error`.',
          data: PreAnswerUpdateDataSchema,
          example: {
            id: 'f286c119-5190-41f7-881e-9c86b00962a2',
            event_type: 'session.pre_answer.update',
            data: {
              pre_answer: { type: 'text', pre_answer_list: ['稍等一下', '我想想', '好的，马上'] },
              trigger: { type: 'time-trigger', time_after: 1200 },
            },
          },
        },
        {
          name: 'mode.update',
          direction: 'upstream',
          titleZh: '更新房间模式',
          description: 'Switches the room mode and its options. Coze answers with `mode.updated`, or `error`.',
          data: ModeUpdateDataSchema,
          example: {
            id: '4060ab02-1c26-406a-8bc6-74a0ac7e542a',
            event_type: 'mode.update',
            data: { mode: 'chat', chat: { user_language: 'en-US' } },
          },
        },
        {
          name: 'input_text.generate_audio',
          direction: 'upstream',
          titleZh: '语音合成',
          description:
            'Makes the agent say the given text without generating a reply, cutting off what it is saying, for example to re-engage a user who went quiet.',
          data: GenerateAudioDataSchema,
          example: {
            id: '3d7d562c-73e7-48dd-a0aa-e7aac0fca0ac',
            event_type: 'input_text.generate_audio',
            data: { mode: 'text', text: '你还在吗？需要我继续讲吗？' },
          },
        },
        {
          name: 'input_audio_buffer.start',
          direction: 'upstream',
          titleZh: '用户开始说话',
          description:
            'Push-to-talk: the user pressed to talk. Only in the client-interrupt mode. Coze answers with `input_audio_buffer.started`.',
          example: { id: '709024a7-8758-4215-8d6d-024e343bc2ad', event_type: 'input_audio_buffer.start' },
        },
        {
          name: 'input_audio_buffer.complete',
          direction: 'upstream',
          titleZh: '用户结束说话',
          description:
            'Push-to-talk: the user released, so the agent answers. Only in the client-interrupt mode. Coze answers with `input_audio_buffer.completed`.',
          example: { id: '6f3aabf4-1534-480d-a98f-c0157006f0cb', event_type: 'input_audio_buffer.complete' },
        },
      ],
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'audio-rooms-create', note: 'Create the room these events travel in.' },
        { pageId: 'realtime-downstream-events', note: 'What the agent sends back.' },
        { pageId: 'realtime-error-codes', note: 'Codes of `error` events.' },
        { pageId: 'submit-tool-outputs', note: 'The HTTP twin of `conversation.chat.submit_tool_outputs`.' },
        { pageId: 'upload-file', note: 'Upload an audio filler or an image for a message.' },
        { pageId: 'audio-voices-list', note: 'Find a `voice_id`.' },
        { pageId: 'voiceprint-groups-list', note: 'Find a voiceprint `group_id`.' },
      ],
    },
  ],
});
