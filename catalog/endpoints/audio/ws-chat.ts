import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { WsAuthorizationSchema } from './schemas';

/** Duplex streaming voice chat (WebSocket): GET wss://ws.coze.cn/v1/chat */
export default defineEndpoint({
  id: 'ws-chat',
  group: 'audio',
  subgroup: 'websocket',
  titleZh: '双向流式语音对话',
  titleEn: 'Duplex streaming voice chat (WebSocket)',
  description:
    "A WebSocket for talking to an agent by voice: you stream the user's audio up and get the agent's text and spoken answer streamed back, with interruptions. Try it live on this page, through the playground’s relay, against the sandbox or Coze.",
  notes: [
    'Connect to wss://ws.coze.cn/v1/chat (wss://ws.coze.com on coze.com) with `Authorization: Bearer <token>` on the handshake; browsers, which cannot set it, add `authorization=Bearer <token>` to the URL instead.',
    'The agent must be published to the API channel, and the token must cover its workspace.',
    'Every frame is JSON text `{id, event_type, data, detail}`; audio travels base64-encoded inside it, PCM 24 kHz mono 16-bit unless chat.update says otherwise.',
    'Order: chat.created, your chat.update, chat.updated, input_audio_buffer.append (plus input_audio_buffer.complete in push-to-talk), then conversation.chat.created, message and audio deltas, and conversation.chat.completed.',
    'With server VAD the server ends turns itself; speak or send conversation.chat.cancel to interrupt, and clear the local audio queue on conversation.chat.canceled.',
  ],
  method: 'GET',
  path: '/v1/chat',
  params: {
    query: v.object({
      bot_id: v.pipe(
        v.string(),
        v.nonEmpty('bot_id is required'),
        v.description('Agent to talk to; it must be published to the API channel.'),
      ),
      workflow_id: v.optional(
        v.pipe(
          v.string(),
          v.description("Workflow or chatflow to run for the conversation instead of the agent's own logic."),
        ),
      ),
      device_id: v.optional(
        v.pipe(
          v.string(),
          v.regex(/^\d+$/, 'device_id must be digits'),
          v.description('Id of the calling device, an int64 as digits; helps when troubleshooting.'),
        ),
      ),
      authorization: v.optional(WsAuthorizationSchema),
    }),
  },
  bodyKind: 'none',
  responseKind: 'websocket',
  response: v.object({}),
  permission: 'chat',
  destructive: false,
  billable: true,
  sdks: ['python', 'node', 'go', 'java'],
  example: { query: { bot_id: SANDBOX_IDS.bot } },
  related: ['ws-chat-upstream-events', 'ws-chat-downstream-events'],
});
