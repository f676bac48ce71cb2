import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { WsAudioQuerySchema } from './schemas';

/** Duplex streaming speech recognition (WebSocket ASR): GET wss://ws.coze.cn/v1/audio/transcriptions */
export default defineEndpoint({
  id: 'ws-audio-transcriptions',
  group: 'audio',
  subgroup: 'websocket',
  titleZh: '双向流式语音识别',
  titleEn: 'Duplex streaming speech recognition (WebSocket ASR)',
  description:
    'A WebSocket that takes audio as you stream it and sends back the recognized text while you speak. Try it live on this page, through the playground’s relay, against the sandbox or Coze.',
  notes: [
    'Connect to wss://ws.coze.cn/v1/audio/transcriptions (wss://ws.coze.com on coze.com) with `Authorization: Bearer <token>` on the handshake; browsers, which cannot set it, add `authorization=Bearer <token>` to the URL instead.',
    'Every frame is JSON text `{id, event_type, data, detail}`; audio travels base64-encoded inside it.',
    'Order: transcriptions.created, your transcriptions.update, input_audio_buffer.append as often as needed, input_audio_buffer.complete, then transcriptions.message.update until transcriptions.message.completed.',
    'Recognizes Chinese and English. Billed as streaming speech recognition.',
  ],
  method: 'GET',
  path: '/v1/audio/transcriptions',
  params: {
    query: WsAudioQuerySchema,
  },
  bodyKind: 'none',
  responseKind: 'websocket',
  response: v.object({}),
  permission: 'createTranscription',
  destructive: false,
  billable: true,
  sdks: ['python', 'node', 'go', 'java'],
  example: { query: { entity_type: 'bot', entity_id: SANDBOX_IDS.bot } },
  related: ['ws-audio-transcriptions-events'],
});
