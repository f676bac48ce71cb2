import * as v from 'valibot';
import { StreamErrorSchema } from '../../objects';
import { defineDocPage } from './define';
import { choice, decimal, fields, flag, integer, text } from '../../fields';
import { SAMPLE_AUDIO_BASE64, websocketTransport } from './transport';
import { EmotionConfigSchema, LimitConfigSchema } from './voice-schemas';

const OutputAudioSchema = fields(
  {
    codec: v.optional(
      choice(
        ['pcm', 'opus'],
        'Codec of the returned audio. coze-js also allows g711a/g711u; the docs list only these two.',
      ),
      'pcm',
    ),
    pcm_config: v.optional(
      fields(
        {
          sample_rate: v.optional(integer('Output sample rate in Hz.'), 24000),
          frame_size_ms: v.optional(decimal('Length of each audio packet in ms; no limit when left out.')),
          limit_config: v.optional(LimitConfigSchema),
        },
        'Settings for pcm (mono, 16-bit).',
      ),
    ),
    opus_config: v.optional(
      fields(
        {
          bitrate: v.optional(integer('Opus bitrate.'), 48000),
          use_cbr: v.optional(flag('Encode at a constant bitrate.'), false),
          frame_size_ms: v.optional(choice([2.5, 5, 10, 20, 40, 60], 'Opus frame length in ms.'), 10),
          limit_config: v.optional(LimitConfigSchema),
        },
        'Settings for opus.',
      ),
    ),
    speech_rate: v.optional(integer('Speaking speed from -50 to 100; 0 is normal.'), 0),
    loudness_rate: v.optional(integer('Volume from -50 to 100; 0 keeps the original. Not for cloned voices.'), 0),
    voice_id: v.optional(text('Voice to speak with; a default system voice when left out.')),
    context_texts: v.optional(text('Style instruction in plain words; Doubao TTS 2.0 voices only.')),
    emotion_config: v.optional(EmotionConfigSchema),
  },
  'How the synthesised audio sounds and is encoded.',
);

const LOGID = '202501071042117C3E9A0B2D4F6E8A1C55';

/** Events of the duplex streaming speech synthesis WebSocket. */
export default defineDocPage({
  id: 'ws-audio-speech-events',
  group: 'audio',
  subgroup: 'websocket',
  titleZh: '双向流式语音合成事件',
  titleEn: 'Duplex streaming speech synthesis events',
  kind: 'events',
  summary:
    'The frames of the speech synthesis WebSocket: what you send to choose a voice and stream text, and the audio Coze sends back as it speaks.',
  sections: [
    websocketTransport(
      '/v1/audio/speech',
      '`speech.created` → you send `speech.update` → `speech.updated` → you stream text with `input_text_buffer.append` → you send `input_text_buffer.complete` → `input_text_buffer.completed` → `speech.audio.update` frames with audio → `speech.audio.completed`, after which you can close. Audio may start before you complete the text',
    ),
    {
      kind: 'events',
      heading: 'Upstream events (you send)',
      events: [
        {
          name: 'speech.update',
          direction: 'upstream',
          titleZh: '更新语音合成配置',
          description: 'Chooses the voice and the output format. Coze answers with `speech.updated`, or `error`.',
          data: v.object({ output_audio: v.optional(OutputAudioSchema) }),
          example: {
            id: 'd1a81d93-ee22-40a9-b3c4-dd72d5a22c39',
            event_type: 'speech.update',
            data: {
              output_audio: {
                codec: 'pcm',
                pcm_config: { sample_rate: 24000 },
                speech_rate: 0,
                voice_id: '7426720361733046281',
              },
            },
          },
        },
        {
          name: 'input_text_buffer.append',
          direction: 'upstream',
          titleZh: '流式输入文字',
          description:
            'Sends a piece of the text to speak. A single request may not exceed 1024 bytes of text (error 3010); split longer text.',
          data: v.object({ delta: text('The next piece of text.') }),
          example: {
            id: 'fbecbd77-2eaa-4dc5-b382-0695cf931ee0',
            event_type: 'input_text_buffer.append',
            data: { delta: '今天的天气很好，适合出去散步。' },
          },
        },
        {
          name: 'input_text_buffer.complete',
          direction: 'upstream',
          titleZh: '提交文字',
          description:
            'Says there is no more text. Coze answers with `input_text_buffer.completed` and speaks what is left.',
          example: { id: 'd4a9a3b0-2978-44be-ad3b-a9d88d09b89c', event_type: 'input_text_buffer.complete' },
        },
      ],
    },
    {
      kind: 'events',
      heading: 'Downstream events (Coze sends)',
      events: [
        {
          name: 'speech.created',
          direction: 'downstream',
          titleZh: '连接成功',
          description: 'The connection is open; only `detail.logid`, no data.',
          example: { id: '7457483310284292123', event_type: 'speech.created', detail: { logid: LOGID } },
        },
        {
          name: 'speech.updated',
          direction: 'downstream',
          titleZh: '配置更新完成',
          description: 'The settings were applied; `data` repeats the output settings now in effect.',
          data: v.object({ output_audio: v.optional(OutputAudioSchema) }),
          example: {
            id: '7457483310284292124',
            event_type: 'speech.updated',
            data: {
              output_audio: {
                codec: 'pcm',
                pcm_config: { sample_rate: 24000 },
                speech_rate: 0,
                voice_id: '7426720361733046281',
              },
            },
            detail: { logid: LOGID },
          },
        },
        {
          name: 'input_text_buffer.completed',
          direction: 'downstream',
          titleZh: 'input_text_buffer 提交完成',
          description: 'Your `input_text_buffer.complete` was accepted; no data.',
          example: { id: '7457483310284292131', event_type: 'input_text_buffer.completed', detail: { logid: LOGID } },
        },
        {
          name: 'speech.audio.update',
          direction: 'downstream',
          titleZh: '合成增量语音',
          description: 'A chunk of synthesised audio in the chosen codec; play or store the chunks in order.',
          data: v.object({ delta: text('The audio chunk, base64-encoded.') }),
          example: {
            id: '7457483310284292125',
            event_type: 'speech.audio.update',
            data: { delta: SAMPLE_AUDIO_BASE64 },
            detail: { logid: LOGID },
          },
        },
        {
          name: 'speech.audio.completed',
          direction: 'downstream',
          titleZh: '合成完成',
          description: 'All audio has been sent and the connection can be closed; no data.',
          example: { id: '7457483310284292140', event_type: 'speech.audio.completed', detail: { logid: LOGID } },
        },
        {
          name: 'error',
          direction: 'downstream',
          titleZh: '发生错误',
          description:
            'Something went wrong during synthesis, for example code 3010 when one text request exceeds 1024 bytes.',
          data: StreamErrorSchema,
          example: {
            id: '7457483310284292141',
            event_type: 'error',
            data: { code: 3010, msg: 'text length exceeds the limit of 1024 bytes' },
            detail: { logid: LOGID },
          },
        },
      ],
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'ws-audio-speech', note: 'Open the WebSocket these events travel on.' },
        { pageId: 'audio-voices-list', note: 'Find a `voice_id`.' },
        { pageId: 'audio-speech-create', note: 'Synthesise a whole text in one HTTP call instead.' },
        { pageId: 'coze-error-codes', note: 'Codes of `error` frames.' },
      ],
    },
  ],
});
