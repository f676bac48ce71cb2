import * as v from 'valibot';
import { StreamErrorSchema } from '../../objects';
import { defineDocPage } from './define';
import { choice, fields, integer, strings, text } from '../../fields';
import { SAMPLE_AUDIO_BASE64, websocketTransport } from './transport';

// Read from @coze/api (coze-js src/resources/websockets/types.ts, SimultInterpretation*Event): the
// Coze docs have no page for this WebSocket.

const InputAudioSchema = fields(
  {
    format: v.optional(choice(['pcm', 'wav', 'ogg'], 'Container of the audio you send.')),
    codec: v.optional(choice(['pcm', 'opus', 'g711a', 'g711u'], 'Codec of the audio you send.')),
    sample_rate: v.optional(integer('Sample rate in Hz.')),
    channel: v.optional(integer('Number of channels.')),
    bit_depth: v.optional(integer('Bits per sample.')),
  },
  'Format of the audio you will stream.',
);

const OutputAudioSchema = fields(
  {
    codec: v.optional(choice(['pcm', 'opus', 'g711a', 'g711u'], 'Codec of the returned audio.')),
    pcm_config: v.optional(
      fields({ sample_rate: v.optional(integer('Output sample rate in Hz.')) }, 'Settings for pcm (mono, 16-bit).'),
    ),
    voice_id: v.optional(text('Voice to speak with; a default system voice when left out.')),
  },
  'How the spoken translation is encoded.',
);

const TranslateConfigSchema = fields(
  {
    from: choice(['zh', 'en'], 'Language spoken: `zh` or `en`, the only two @coze/api lists.'),
    to: choice(['zh', 'en'], 'Language to translate into: `zh` or `en`.'),
    hot_words: v.optional(strings('Words to recognise more readily.')),
    glossary: v.optional(
      v.array(
        fields(
          {
            original: text('A term as spoken.'),
            translation: text('How the term is translated.'),
          },
          'A term and its fixed translation.',
        ),
      ),
    ),
  },
  'Languages to translate between, with hot words and a glossary.',
);

const DeltaSchema = (what: string) => v.object({ delta: text(what) });

const LOGID = '20250401120000A1B2C3D4E5F60718293A';

/** Events of the simultaneous interpretation WebSocket. */
export default defineDocPage({
  id: 'ws-audio-simult-interpretation-events',
  group: 'audio',
  subgroup: 'websocket',
  titleZh: '同声传译事件',
  titleEn: 'Simultaneous interpretation events',
  kind: 'events',
  summary:
    'The frames of the simultaneous interpretation WebSocket, as @coze/api types them: what you send to configure it and stream speech, and what Coze sends back as it transcribes, translates and speaks the translation.',
  sections: [
    websocketTransport(
      '/v1/audio/simult_interpretation',
      '`simult_interpretation.created` → you send `simult_interpretation.update` → `simult_interpretation.updated` → you stream `input_audio_buffer.append` frames while `simult_interpretation.transcription.delta`, `simult_interpretation.translation.delta` and `simult_interpretation.audio.delta` frames come back → you send `input_audio_buffer.complete` → `input_audio_buffer.completed` → `simult_interpretation.message.completed`, after which you can close',
    ),
    {
      kind: 'events',
      heading: 'Upstream events (you send)',
      events: [
        {
          name: 'simult_interpretation.update',
          direction: 'upstream',
          titleZh: '更新同声传译配置',
          description:
            'Sets the input and output audio and the languages. Coze answers with `simult_interpretation.updated`, or `error`.',
          data: v.object({
            input_audio: v.optional(InputAudioSchema),
            output_audio: v.optional(OutputAudioSchema),
            translate_config: v.optional(TranslateConfigSchema),
          }),
          example: {
            id: '0b7a4f52-4c1e-4a36-9d0e-5f3c2b1a6e70',
            event_type: 'simult_interpretation.update',
            data: {
              input_audio: { format: 'pcm', codec: 'pcm', sample_rate: 24000, channel: 1, bit_depth: 16 },
              output_audio: { codec: 'pcm', pcm_config: { sample_rate: 24000 } },
              translate_config: { from: 'en', to: 'zh' },
            },
          },
        },
        {
          name: 'input_audio_buffer.append',
          direction: 'upstream',
          titleZh: '流式上传音频片段',
          description: 'Sends one chunk of audio in the format set by `simult_interpretation.update`.',
          data: v.object({ delta: text('The audio chunk, base64-encoded.') }),
          example: {
            id: '5d1c9e2a-8f3b-4e47-a0c6-2b9d7e4f1a38',
            event_type: 'input_audio_buffer.append',
            data: { delta: SAMPLE_AUDIO_BASE64 },
          },
        },
        {
          name: 'input_audio_buffer.complete',
          direction: 'upstream',
          titleZh: '提交音频',
          description:
            'Says the speech is over. Coze answers with `input_audio_buffer.completed` and finishes the interpretation.',
          example: { id: '9e6f3a1b-2c4d-4f58-b7a9-0c1d2e3f4a5b', event_type: 'input_audio_buffer.complete' },
        },
      ],
    },
    {
      kind: 'events',
      heading: 'Downstream events (Coze sends)',
      events: [
        {
          name: 'simult_interpretation.created',
          direction: 'downstream',
          titleZh: '连接成功',
          description: 'The connection is open; only `detail.logid`, no data.',
          example: {
            id: '7489001122334455661',
            event_type: 'simult_interpretation.created',
            detail: { logid: LOGID },
          },
        },
        {
          name: 'simult_interpretation.updated',
          direction: 'downstream',
          titleZh: '配置更新成功',
          description:
            'The settings were applied; `data` repeats the input audio, output audio and languages now in effect.',
          data: v.object({
            input_audio: v.optional(InputAudioSchema),
            output_audio: v.optional(OutputAudioSchema),
            translate_config: v.optional(TranslateConfigSchema),
          }),
          example: {
            id: '7489001122334455662',
            event_type: 'simult_interpretation.updated',
            data: {
              input_audio: { format: 'pcm', codec: 'pcm', sample_rate: 24000, channel: 1, bit_depth: 16 },
              output_audio: { codec: 'pcm', pcm_config: { sample_rate: 24000 }, voice_id: '' },
              translate_config: { from: 'en', to: 'zh', hot_words: [], glossary: [] },
            },
            detail: { logid: LOGID },
          },
        },
        {
          name: 'simult_interpretation.transcription.delta',
          direction: 'downstream',
          titleZh: '原文增量',
          description: 'More of the transcript of what was said: append `delta` to the text so far.',
          data: DeltaSchema('The next piece of the transcript.'),
          example: {
            id: '7489001122334455663',
            event_type: 'simult_interpretation.transcription.delta',
            data: { delta: 'Hello from the Coze API playground.' },
            detail: { logid: LOGID },
          },
        },
        {
          name: 'simult_interpretation.translation.delta',
          direction: 'downstream',
          titleZh: '译文增量',
          description: 'More of the translation: append `delta` to the translation so far.',
          data: DeltaSchema('The next piece of the translation.'),
          example: {
            id: '7489001122334455664',
            event_type: 'simult_interpretation.translation.delta',
            data: { delta: '你好，这里是扣子 API 演练场。' },
            detail: { logid: LOGID },
          },
        },
        {
          name: 'simult_interpretation.audio.delta',
          direction: 'downstream',
          titleZh: '译文语音增量',
          description: 'The next chunk of the spoken translation, in the format set by `output_audio`.',
          data: DeltaSchema('The audio chunk, base64-encoded.'),
          example: {
            id: '7489001122334455665',
            event_type: 'simult_interpretation.audio.delta',
            data: { delta: SAMPLE_AUDIO_BASE64 },
            detail: { logid: LOGID },
          },
        },
        {
          name: 'input_audio_buffer.completed',
          direction: 'downstream',
          titleZh: '音频提交完成',
          description: 'Your `input_audio_buffer.complete` was accepted; no data.',
          example: { id: '7489001122334455666', event_type: 'input_audio_buffer.completed', detail: { logid: LOGID } },
        },
        {
          name: 'simult_interpretation.message.completed',
          direction: 'downstream',
          titleZh: '同声传译完成',
          description: 'The interpretation of the speech is over and the connection can be closed; no data.',
          example: {
            id: '7489001122334455667',
            event_type: 'simult_interpretation.message.completed',
            detail: { logid: LOGID },
          },
        },
        {
          name: 'error',
          direction: 'downstream',
          titleZh: '发生错误',
          description: 'Something went wrong during the interpretation; `data` has the Coze error code and message.',
          data: StreamErrorSchema,
          example: {
            id: '7489001122334455668',
            event_type: 'error',
            data: { code: 4000, msg: 'invalid translate_config: unsupported language' },
            detail: { logid: LOGID },
          },
        },
      ],
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'ws-audio-simult-interpretation', note: 'Open the WebSocket these events travel on.' },
        { pageId: 'ws-audio-transcriptions', note: 'Only transcribe, without translating.' },
        { pageId: 'coze-error-codes', note: 'Codes of `error` frames.' },
      ],
    },
  ],
});
