import type { DocSection } from '../../types';

/**
 * How the events of a WebSocket API travel, with the usual order of events.
 * @example websocketTransport('/v1/audio/speech', 'speech.update → ... → speech.audio.completed')
 */
export function websocketTransport(path: string, sequence: string): DocSection {
  return {
    kind: 'text',
    heading: 'How the events travel',
    paragraphs: [
      `Every event is one JSON text frame on the WebSocket opened at \`wss://ws.coze.cn${path}\` (\`wss://ws.coze.com${path}\` for coze.com accounts): \`{id, event_type, data, detail}\`.`,
      'For frames you send, `id` is any unique string you choose; it only helps when tracing a session. Frames from Coze carry their own id and `detail.logid`; an `error` frame may also quote the frame that caused it in `detail.origin_message`.',
      '`data` holds the fields listed under each event; events without fields leave it out. Audio travels base64-encoded inside `data`.',
      `A typical session: ${sequence}.`,
    ],
  };
}

/** How Realtime events travel: user messages inside the RTC room, not a WebSocket. */
export function rtcTransport(): DocSection {
  return {
    kind: 'text',
    heading: 'How the events travel',
    paragraphs: [
      'These events are not WebSocket frames. They are JSON text user messages exchanged inside the Volcengine RTC room that create-room (`POST /v1/audio/rooms`) opens; the agent joins that room as an RTC user of its own.',
      'Each message is `{id, event_type, data}`: `id` is a unique string you generate, `data` holds the fields listed under each event and is left out when an event has none.',
      'Send upstream events only after the agent has joined the room (the RTC `onUserJoined` callback), addressed to the RTC user whose id is the `bot_id` you passed to create-room, not the `uid` it returned.',
      'The `@coze/realtime-api` SDK sends upstream events with `sendMessage` and re-emits every downstream event as `server.<event_type>`, for example `server.session.created`.',
    ],
  };
}

/** A short chunk of 24 kHz 16-bit mono PCM, base64-encoded, for audio examples. */
export const SAMPLE_AUDIO_BASE64 =
  'AACVACYBrwEsApoC9QI7A2oDgQN/A2UDMgPoAooCGgKbAREBfwDq/1X/xf49/sL9V/3//Lz8kfx9/IP8ofzY/CX9hv34/Xn+';
