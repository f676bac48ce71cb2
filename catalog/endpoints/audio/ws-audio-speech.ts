import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { WsAudioQuerySchema } from './schemas';

/** Duplex streaming speech synthesis (WebSocket TTS): GET wss://ws.coze.cn/v1/audio/speech */
export default defineEndpoint({
  id: 'ws-audio-speech',
  group: 'audio',
  subgroup: 'websocket',
  titleZh: '双向流式语音合成',
  titleEn: 'Duplex streaming speech synthesis (WebSocket TTS)',
  description:
    'A WebSocket that takes text piece by piece and streams the spoken audio back as it is synthesized, for reading out text while it is still being written. Try it live on this page, through the playground’s relay, against the sandbox or Coze.',
  notes: [
    'Connect to wss://ws.coze.cn/v1/audio/speech (wss://ws.coze.com on coze.com) with `Authorization: Bearer <token>` on the handshake; browsers, which cannot set it, add `authorization=Bearer <token>` to the URL instead.',
    'Every frame is JSON text `{id, event_type, data, detail}`; audio comes back base64-encoded inside it.',
    'Order: speech.created, your speech.update, input_text_buffer.append as often as needed, input_text_buffer.complete, then speech.audio.update until speech.audio.completed.',
    'At most 1024 bytes of text per request, else error 3010. Billed as speech synthesis.',
  ],
  method: 'GET',
  path: '/v1/audio/speech',
  params: {
    query: WsAudioQuerySchema,
  },
  bodyKind: 'none',
  responseKind: 'websocket',
  response: v.object({}),
  permission: 'createSpeech',
  destructive: false,
  billable: true,
  sdks: ['python', 'node', 'go', 'java'],
  example: { query: { entity_type: 'bot', entity_id: SANDBOX_IDS.bot } },
  related: ['ws-audio-speech-events'],
});
