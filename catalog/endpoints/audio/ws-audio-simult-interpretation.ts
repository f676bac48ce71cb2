import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { WsAuthorizationSchema } from './schemas';

/** Simultaneous interpretation over a WebSocket: GET wss://ws.coze.cn/v1/audio/simult_interpretation */
export default defineEndpoint({
  id: 'ws-audio-simult-interpretation',
  group: 'audio',
  subgroup: 'websocket',
  titleZh: '同声传译',
  titleEn: 'Simultaneous interpretation (WebSocket)',
  description:
    'A WebSocket that takes speech as you stream it and sends back its transcript, its translation and the translation spoken aloud, while you speak. Try it live on this page, through the playground’s relay, against the sandbox or Coze.',
  notes: [
    'The Coze docs have no page for this WebSocket; @coze/api makes it (`websockets.audio.simultInterpretation.create()`), and its events are that SDK’s.',
    'Connect to wss://ws.coze.cn/v1/audio/simult_interpretation (wss://ws.coze.com on coze.com) with `Authorization: Bearer <token>` on the handshake; browsers, which cannot set it, add `authorization=Bearer <token>` to the URL instead.',
    'Order: simult_interpretation.created, your simult_interpretation.update, input_audio_buffer.append as often as needed, input_audio_buffer.complete, then transcription, translation and audio deltas until simult_interpretation.message.completed.',
    'The sandbox transcribes its own synthesized speech exactly; its “translation” is a labelled stand-in, not a translation, spoken with its own synthesized voice.',
  ],
  method: 'GET',
  path: '/v1/audio/simult_interpretation',
  params: {
    query: v.object({ authorization: v.optional(WsAuthorizationSchema) }),
  },
  bodyKind: 'none',
  responseKind: 'websocket',
  response: v.object({}),
  destructive: false,
  billable: true,
  sdks: ['node'],
  example: {},
  related: ['ws-audio-simult-interpretation-events'],
});
