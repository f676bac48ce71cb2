import * as v from 'valibot';
import { defineDocPage } from './define';
import { text } from '../../fields';
import { SAMPLE_AUDIO_BASE64, websocketTransport } from './transport';
import {
  ChatUpdateDataSchema,
  GenerateAudioDataSchema,
  MessageCreateDataSchema,
  SubmitToolOutputsDataSchema,
} from './voice-schemas';

/** Upstream events of the duplex streaming voice chat WebSocket. */
export default defineDocPage({
  id: 'ws-chat-upstream-events',
  group: 'audio',
  subgroup: 'websocket',
  titleZh: '双向流式对话上行事件',
  titleEn: 'Duplex streaming voice chat: upstream events',
  kind: 'events',
  summary:
    'The frames you send on the voice chat WebSocket: configure the session, stream the microphone, add messages, interrupt the agent and answer its tool calls.',
  sections: [
    websocketTransport(
      '/v1/chat',
      '`chat.created` → you send `chat.update` → `chat.updated` → you stream `input_audio_buffer.append` frames (and, in push-to-talk, end the turn with `input_audio_buffer.complete`) → `conversation.chat.created` → `conversation.audio.delta` and `conversation.message.delta` frames → `conversation.chat.completed`',
    ),
    {
      kind: 'text',
      heading: 'Fields newer than the SDKs',
      paragraphs: [
        'The docs (December 2025) have `chat.update` fields the Python, Go and Java SDK models lack: `voice_processing_config`, the mp3 codec with `mp3_config`, `loudness_rate`, `context_texts`, `emotion_config`, and the newer `asr_config` options such as `stream_mode`. Send them as raw JSON when your SDK has no field for them. coze-js has no `input_text.generate_audio`.',
      ],
    },
    {
      kind: 'events',
      heading: 'Upstream events (you send)',
      events: [
        {
          name: 'chat.update',
          direction: 'upstream',
          titleZh: '更新对话配置',
          description:
            'Configures the session: conversation and user, audio formats, voice, turn detection, recognition and voiceprints. Usually the first frame after `chat.created`; Coze answers with `chat.updated`, or `error`. Only the fields you send change.',
          data: ChatUpdateDataSchema,
          example: {
            id: '3ede273c-5c68-47af-b8ea-201ca5fa9178',
            event_type: 'chat.update',
            data: {
              chat_config: {
                user_id: 'user_20250107_001',
                auto_save_history: true,
                meta_data: { source: 'web' },
                custom_variables: { city: '北京' },
              },
              input_audio: { format: 'pcm', codec: 'pcm', sample_rate: 24000, channel: 1, bit_depth: 16 },
              output_audio: {
                codec: 'pcm',
                pcm_config: { sample_rate: 24000 },
                speech_rate: 0,
                voice_id: '7426720361733046281',
              },
              turn_detection: { type: 'server_vad', prefix_padding_ms: 600, silence_duration_ms: 500 },
              asr_config: { user_language: 'common', enable_punc: true },
              need_play_prologue: true,
            },
          },
        },
        {
          name: 'input_audio_buffer.append',
          direction: 'upstream',
          titleZh: '流式上传音频片段',
          description: 'Sends one chunk of microphone audio in the `input_audio` format.',
          data: v.object({ delta: text('The audio chunk, base64-encoded.') }),
          example: {
            id: '817403d9-cdc4-4141-bfd9-d842c2f61aef',
            event_type: 'input_audio_buffer.append',
            data: { delta: SAMPLE_AUDIO_BASE64 },
          },
        },
        {
          name: 'input_audio_buffer.complete',
          direction: 'upstream',
          titleZh: '提交音频',
          description:
            'Ends the user turn in push-to-talk (`client_interrupt`) mode, so the agent answers. Ignored with `server_vad`. Coze answers with `input_audio_buffer.completed`.',
          example: { id: '7e33041f-6bf8-428e-bd48-0a669ca17364', event_type: 'input_audio_buffer.complete' },
        },
        {
          name: 'input_audio_buffer.clear',
          direction: 'upstream',
          titleZh: '清除缓冲区音频',
          description:
            'Throws away the audio sent since the last turn. Ignored with `server_vad`. Coze answers with `input_audio_buffer.cleared`.',
          example: { id: '7a706fe9-fa1b-40b7-86a7-928830ba80a3', event_type: 'input_audio_buffer.clear' },
        },
        {
          name: 'conversation.message.create',
          direction: 'upstream',
          titleZh: '手动提交对话内容',
          description:
            'Adds a text or multimodal message. With `role` user the agent answers aloud; with `role` assistant the message only becomes context.',
          data: MessageCreateDataSchema,
          example: {
            id: '393ad64d-b889-45a0-a6b5-93802bce3c32',
            event_type: 'conversation.message.create',
            data: {
              role: 'user',
              content_type: 'object_string',
              content: '[{"type":"text","text":"这张图片里是什么？"},{"type":"image","file_id":"7457512300841320485"}]',
            },
          },
        },
        {
          name: 'conversation.clear',
          direction: 'upstream',
          titleZh: '清除上下文',
          description:
            'Clears the context: a new section starts in the conversation, and later turns no longer see earlier ones. Coze answers with `conversation.cleared`.',
          example: { id: 'd5c73ed2-b437-447c-b75a-820462f834ce', event_type: 'conversation.clear' },
        },
        {
          name: 'conversation.chat.submit_tool_outputs',
          direction: 'upstream',
          titleZh: '提交端插件执行结果',
          description:
            'Answers `conversation.chat.requires_action` with the results of the client-side plugins you ran; the agent then goes on speaking.',
          data: SubmitToolOutputsDataSchema,
          example: {
            id: 'd5936480-63db-4bd8-9fa6-c7cb06de17cb',
            event_type: 'conversation.chat.submit_tool_outputs',
            data: {
              chat_id: '7457513029471158310',
              tool_outputs: [
                { tool_call_id: 'call_7457513031526367266', output: '{"temperature":"3°C","sky":"clear"}' },
              ],
            },
          },
        },
        {
          name: 'conversation.chat.cancel',
          direction: 'upstream',
          titleZh: '打断智能体输出',
          description:
            'Interrupts the agent while it speaks. Coze answers with `conversation.chat.canceled`; drop the audio you have queued for playback.',
          example: { id: '68ffdcbf-c0d1-4a27-9030-2400d3c14411', event_type: 'conversation.chat.cancel' },
        },
        {
          name: 'input_text.generate_audio',
          direction: 'upstream',
          titleZh: '语音合成',
          description:
            'Makes the agent say the given text without generating a reply, cutting off what it is saying, for example to wake up a silent user. Not in coze-js.',
          data: GenerateAudioDataSchema,
          example: {
            id: '69323cfc-8548-4bea-8092-0fea778987f5',
            event_type: 'input_text.generate_audio',
            data: { mode: 'text', text: '你还在吗？有什么我可以帮你的？' },
          },
        },
      ],
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'ws-chat', note: 'Open the WebSocket these events travel on.' },
        { pageId: 'ws-chat-downstream-events', note: 'What Coze sends back.' },
        { pageId: 'audio-voices-list', note: 'Find a `voice_id`.' },
        { pageId: 'upload-file', note: 'Upload an image or file to reference in an object_string message.' },
        { pageId: 'voiceprint-groups-list', note: 'Find a voiceprint `group_id`.' },
        { pageId: 'best-practice-session-isolation', note: 'Keep end users apart.' },
      ],
    },
  ],
});
