import audioRoomsCreate from '../../endpoints/audio/audio-rooms-create';
import type { DocPage } from '../../types';

/** Real-time Chat SDK: `@coze/realtime-api`, voice with an agent over RTC; its room is made through the relay. */
const page: DocPage = {
  id: 'realtime-sdk',
  group: 'sdk',
  titleZh: 'Real-time Chat SDK',
  titleEn: 'Real-time Chat SDK',
  kind: 'guide',
  summary:
    "`@coze/realtime-api` talks with an agent by voice: it creates an RTC room through Coze's API, then joins it with Volcengine's RTC SDK. Create a room here, see what the SDK takes from it, and copy the client code.",
  sections: [
    {
      kind: 'tryout',
      heading: 'Create a room',
      sdk: 'realtime',
      options: audioRoomsCreate.params.body!,
    },
    {
      kind: 'text',
      heading: 'Why the voice does not go through the playground',
      paragraphs: [
        "`RealtimeClient.connect()` makes one HTTP call, `POST /v1/audio/rooms`, and that call is all the relay can carry: the answer's `app_id`, `room_id`, `token` and `uid` are what Volcengine's RTC SDK joins the room with. From then on, audio and the realtime events travel inside the RTC room (WebRTC media and RTC user messages, over UDP to Volcengine's servers), not over HTTP or a WebSocket, so no relay of ours sits on that path.",
        "The room creation runs here in the sandbox (a made-up room) or, with a token, on coze.cn or coze.com; joining it needs the real RTC service, a microphone and `@coze/realtime-api` (with Volcengine's `@volcengine/rtc`, far beyond this page's script budget), so the page gives you the code to run it in your own app.",
        'For voice through a relay, use the WebSocket voice chat instead (`/v1/chat`), which runs live on its page, in the sandbox too.',
      ],
    },
    {
      kind: 'table',
      heading: 'Events the SDK emits',
      columns: ['Event', 'When'],
      rows: [
        ['`client.room.info`', 'The room was created: `roomId`, `uid`, `token`, `appId`.'],
        [
          '`client.connecting` / `client.connected`',
          'Joining the RTC room, then joined with the microphone published.',
        ],
        ['`server.bot.join`', 'The agent is in the room; send events only after this.'],
        [
          '`server.conversation.message.delta`',
          'Part of the answer text; `server.conversation.audio_transcript.completed` is what the user said.',
        ],
        ['`server.conversation.chat.completed`', 'The turn is over.'],
        ['`client.interrupted` / `client.disconnected`', 'After `interrupt()` and `disconnect()`.'],
        ['`client.error` / `server.error`', 'A failure on either side.'],
      ],
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'audio-rooms-create', note: 'The call the SDK makes first.' },
        { pageId: 'realtime-upstream-events', note: 'What the client sends inside the room.' },
        { pageId: 'realtime-downstream-events', note: 'What the agent sends back (`server.*` events).' },
        { pageId: 'ws-chat', note: 'Voice over a WebSocket, which the relay carries.' },
      ],
    },
  ],
};

export default page;
