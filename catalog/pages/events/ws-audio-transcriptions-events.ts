import * as v from 'valibot';
import { StreamErrorSchema } from '../../objects';
import { defineDocPage } from './define';
import { choice, fields, flag, integer, strings, text } from '../../fields';
import { SAMPLE_AUDIO_BASE64, websocketTransport } from './transport';

const InputAudioSchema = fields(
  {
    format: v.optional(choice(['pcm', 'wav', 'ogg'], 'Container of the audio you send.'), 'wav'),
    codec: v.optional(
      choice(
        ['pcm', 'opus'],
        'Codec of the audio you send. coze-js also allows g711a/g711u here; the docs list only these two.',
      ),
      'pcm',
    ),
    sample_rate: v.optional(integer('Sample rate in Hz.'), 24000),
    channel: v.optional(integer('Number of channels.'), 1),
    bit_depth: v.optional(integer('Bits per sample.'), 16),
  },
  'Format of the audio you will stream.',
);

const AsrConfigSchema = fields(
  {
    hot_words: v.optional(strings('Words to recognise more readily, about 100 tokens in all.')),
    context: v.optional(text('Text that helps recognition, up to 800 tokens.')),
    user_language: v.optional(
      choice(
        ['common', 'zh', 'cant', 'sc', 'en', 'ja', 'ko', 'fr', 'id', 'es', 'pt', 'ms', 'ru'],
        '`common` uses the large model, which tells Chinese, English and Cantonese apart by itself; any other value uses a small model for that one language.',
      ),
      'common',
    ),
    enable_ddc: v.optional(flag('Drop filler words.'), true),
    enable_itn: v.optional(flag('Write spoken numbers and dates as digits.'), true),
    enable_punc: v.optional(flag('Add punctuation.'), true),
  },
  'Recognition tuning. The docs have it; the Python, Go and Java SDK models send only `input_audio`.',
);

const LOGID = '20250107101530F2A6C1B3D4E5F60718A9';

/** Events of the duplex streaming speech recognition WebSocket. */
export default defineDocPage({
  id: 'ws-audio-transcriptions-events',
  group: 'audio',
  subgroup: 'websocket',
  titleZh: '双向流式语音识别事件',
  titleEn: 'Duplex streaming speech recognition events',
  kind: 'events',
  summary:
    'The frames of the speech recognition WebSocket: what you send to configure it and stream audio, and what Coze sends back as it recognises the text.',
  sections: [
    websocketTransport(
      '/v1/audio/transcriptions',
      '`transcriptions.created` → you send `transcriptions.update` → `transcriptions.updated` → you stream `input_audio_buffer.append` frames while `transcriptions.message.update` frames bring the text so far → you send `input_audio_buffer.complete` → `input_audio_buffer.completed` → `transcriptions.message.completed`, after which you can close',
    ),
    {
      kind: 'events',
      heading: 'Upstream events (you send)',
      events: [
        {
          name: 'transcriptions.update',
          direction: 'upstream',
          titleZh: '更新语音识别配置',
          description:
            'Sets the audio format and recognition options. Coze answers with `transcriptions.updated`, or `error`.',
          data: v.object({ input_audio: v.optional(InputAudioSchema), asr_config: v.optional(AsrConfigSchema) }),
          example: {
            id: 'c655cffc-c611-4fd5-958c-2ee3b2dede06',
            event_type: 'transcriptions.update',
            data: {
              input_audio: { format: 'pcm', codec: 'pcm', sample_rate: 24000, channel: 1, bit_depth: 16 },
              asr_config: { hot_words: ['Coze', 'Doubao'], user_language: 'common', enable_punc: true },
            },
          },
        },
        {
          name: 'input_audio_buffer.append',
          direction: 'upstream',
          titleZh: '流式上传音频片段',
          description: 'Sends one chunk of audio in the format set by `transcriptions.update`.',
          data: v.object({ delta: text('The audio chunk, base64-encoded.') }),
          example: {
            id: 'e9504c48-b20d-456e-9076-8c0428922727',
            event_type: 'input_audio_buffer.append',
            data: { delta: SAMPLE_AUDIO_BASE64 },
          },
        },
        {
          name: 'input_audio_buffer.complete',
          direction: 'upstream',
          titleZh: '提交音频',
          description:
            'Says the audio is over. Coze answers with `input_audio_buffer.completed` and finishes recognition.',
          example: { id: '24bcf3d7-d75f-4e1f-a658-7d065daacd0e', event_type: 'input_audio_buffer.complete' },
        },
        {
          name: 'input_audio_buffer.clear',
          direction: 'upstream',
          titleZh: '清除缓冲区音频',
          description: 'Throws away the audio sent so far. Coze answers with `input_audio_buffer.cleared`.',
          example: { id: '3ede273c-5c68-47af-b8ea-201ca5fa9178', event_type: 'input_audio_buffer.clear' },
        },
      ],
    },
    {
      kind: 'events',
      heading: 'Downstream events (Coze sends)',
      events: [
        {
          name: 'transcriptions.created',
          direction: 'downstream',
          titleZh: '连接成功',
          description: 'The connection is open; only `detail.logid`, no data.',
          example: { id: '7457480192856309761', event_type: 'transcriptions.created', detail: { logid: LOGID } },
        },
        {
          name: 'transcriptions.updated',
          direction: 'downstream',
          titleZh: '配置更新成功',
          description: 'The settings were applied; `data` repeats the audio format now in effect.',
          data: v.object({ input_audio: v.optional(InputAudioSchema) }),
          example: {
            id: '7457480192856309762',
            event_type: 'transcriptions.updated',
            data: { input_audio: { format: 'pcm', codec: 'pcm', sample_rate: 24000, channel: 1, bit_depth: 16 } },
            detail: { logid: LOGID },
          },
        },
        {
          name: 'input_audio_buffer.completed',
          direction: 'downstream',
          titleZh: '音频提交完成',
          description: 'Your `input_audio_buffer.complete` was accepted; no data.',
          example: { id: '7457480192856309770', event_type: 'input_audio_buffer.completed', detail: { logid: LOGID } },
        },
        {
          name: 'input_audio_buffer.cleared',
          direction: 'downstream',
          titleZh: '音频清除成功',
          description: 'The audio buffer was emptied; no data.',
          example: { id: '7457480192856309771', event_type: 'input_audio_buffer.cleared', detail: { logid: LOGID } },
        },
        {
          name: 'transcriptions.message.update',
          direction: 'downstream',
          titleZh: '识别出文字',
          description:
            'The text recognised so far. Each event carries the whole text, not a delta: show the latest one.',
          data: v.object({ content: text('Everything recognised so far.') }),
          example: {
            id: '7457480192856309768',
            event_type: 'transcriptions.message.update',
            data: { content: '明天北京的天气怎么样' },
            detail: { logid: LOGID },
          },
        },
        {
          name: 'transcriptions.message.completed',
          direction: 'downstream',
          titleZh: '识别完成',
          description:
            'Recognition is over and the connection can be closed. The docs give it no data; coze-js types allow a `data.content` with the final text, so read it if present.',
          example: {
            id: '7457480192856309772',
            event_type: 'transcriptions.message.completed',
            detail: { logid: LOGID },
          },
        },
        {
          name: 'error',
          direction: 'downstream',
          titleZh: '发生错误',
          description: 'Something went wrong during recognition; `data` has the Coze error code and message.',
          data: StreamErrorSchema,
          example: {
            id: '7457480192856309773',
            event_type: 'error',
            data: { code: 4000, msg: 'invalid input_audio: unsupported codec' },
            detail: { logid: LOGID },
          },
        },
      ],
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'ws-audio-transcriptions', note: 'Open the WebSocket these events travel on.' },
        { pageId: 'audio-transcriptions-create', note: 'Recognise a whole file in one HTTP call instead.' },
        { pageId: 'coze-error-codes', note: 'Codes of `error` frames.' },
      ],
    },
  ],
});
