import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Get live stream info: GET /v1/audio/live/:live_id */
export default defineEndpoint({
  id: 'audio-live-retrieve',
  group: 'audio',
  subgroup: 'rtc',
  titleZh: '获取直播收听信息',
  titleEn: 'Get live stream info',
  description:
    'Tells a listener how to pull a live voice stream: the RTC app id and, per stream, its id, name and whether it carries the original voice or a translation.',
  notes: [
    'The Coze docs have no page for this call; the official SDKs make it (`audio.live.retrieve`), and its shape is theirs.',
    'The `live_id` comes from the `live.created` Realtime event of a room that broadcasts.',
  ],
  method: 'GET',
  path: '/v1/audio/live/:live_id',
  params: {
    path: v.object({
      live_id: v.pipe(
        v.string(),
        v.nonEmpty('live_id is required'),
        v.description('Live stream to read, from the `live.created` event.'),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          app_id: v.pipe(v.string(), v.description('RTC app id to join the stream with.')),
          stream_infos: v.pipe(
            v.array(
              v.object({
                stream_id: v.pipe(v.string(), v.description('Stream id to pull.')),
                name: v.pipe(v.string(), v.description('Stream name.')),
                live_type: v.pipe(
                  v.picklist(['origin', 'translation']),
                  v.description('`origin`: the original voice; `translation`: a translated one.'),
                  v.examples(['origin']),
                ),
              }),
            ),
            v.description('The streams of the live.'),
          ),
        }),
        v.description('How to listen.'),
      ),
    ),
  }),
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go'],
  example: { path: { live_id: SANDBOX_IDS.live } },
});
