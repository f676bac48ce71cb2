import { defineDocPage } from '../events/define';

/** Codes of Realtime `error` events, and the errors the Realtime SDK raises itself. */
export default defineDocPage({
  id: 'realtime-error-codes',
  group: 'audio',
  subgroup: 'rtc',
  titleZh: 'Realtime 事件错误码',
  titleEn: 'Realtime event error codes',
  kind: 'reference',
  summary:
    'The codes an RTC voice room reports in its `error` events, and the errors `@coze/realtime-api` raises on the client side.',
  sections: [
    {
      kind: 'text',
      paragraphs: [
        'These codes arrive as `data: {code, msg}` of the downstream `error` event inside the room. Other Coze codes may appear there too; see the full error-code list.',
      ],
    },
    {
      kind: 'error-codes',
      heading: 'Codes',
      codes: [
        {
          code: 4027,
          meaning: 'The account has an overdue payment ("Your account has an overdue payment…").',
          fix: 'Settle the balance, then create a new room.',
        },
        {
          code: 4028,
          meaning: 'The free plan\'s resource points are used up ("Insufficient coze credits balance…").',
          fix: 'Wait for the quota to refresh, or upgrade to a paid plan.',
        },
        {
          code: 4029,
          meaning:
            'The room was closed because nobody spoke for too long, 3 minutes by default ("The connection was closed due to prolonged user inactivity…").',
          fix: 'Raise `longest_silence_ms` with `session.update` before it happens; afterwards create a new room.',
        },
      ],
    },
    {
      kind: 'table',
      heading: 'Client-side errors of @coze/realtime-api',
      columns: ['RealtimeAPIError code', 'When'],
      rows: [
        ['CREATE_ROOM_ERROR', 'Creating the room failed: the create-room call was rejected.'],
        ['DEVICE_ACCESS_ERROR', 'The audio or video devices could not be obtained.'],
        ['PERMISSION_DENIED', 'The requested operation was not permitted, such as access to the microphone.'],
        ['STREAM_CREATION_ERROR', 'The local audio or video stream could not be created.'],
        ['CONNECTION_ERROR', 'Joining the RTC room failed.'],
        ['DISCONNECTION_ERROR', 'Leaving the room failed.'],
        ['NETWORK_ERROR', 'The network failed during the call.'],
        ['INTERRUPT_ERROR', 'Sending the interrupt (`conversation.chat.cancel`) failed.'],
        ['INVALID_STATE', 'A method was called in the wrong state, for example before `connect()`.'],
        ['EVENT_HANDLER_ERROR', 'No handler was found for an event.'],
        ['PARSE_MESSAGE_ERROR', 'A message from the room could not be parsed (newer SDK versions).'],
        ['HANDLER_MESSAGE_ERROR', 'Handling a message from the room failed (newer SDK versions).'],
      ],
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'realtime-downstream-events', note: 'The `error` event these codes arrive in.' },
        { pageId: 'realtime-upstream-events', note: '`session.update` and its `longest_silence_ms`.' },
        { pageId: 'audio-rooms-create', note: 'Create a new room.' },
        { pageId: 'coze-error-codes', note: 'All Coze error codes.' },
      ],
    },
  ],
});
