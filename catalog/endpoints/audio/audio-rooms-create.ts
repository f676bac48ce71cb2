import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Create RTC room: POST /v1/audio/rooms */
export default defineEndpoint({
  id: 'audio-rooms-create',
  group: 'audio',
  subgroup: 'rtc',
  titleZh: '创建房间',
  titleEn: 'Create RTC room',
  description:
    'Opens a Volcengine RTC room with an agent already in it and returns what a client needs to join: app id, room id, token and uid. Realtime events then travel as RTC user messages inside the room.',
  notes: [
    'The agent joins at once and billing starts; if nobody joins, it waits 3 minutes and those 3 minutes are billed.',
    'Join with the Volcengine RTC SDK using the returned `app_id`, `room_id`, `token` and `uid`.',
    "Send realtime upstream events to the agent's RTC user, whose id is the `bot_id`, not the returned `uid`, and only after the agent has joined.",
    '`connector_id`, `workflow_id`, the `translate` room mode and `translate_config` are accepted but missing from the official parameter table.',
  ],
  method: 'POST',
  path: '/v1/audio/rooms',
  params: {
    body: v.object({
      bot_id: v.pipe(v.string(), v.nonEmpty('bot_id is required'), v.description('Agent that joins the room.')),
      conversation_id: v.optional(
        v.pipe(v.string(), v.description('Conversation to store the messages in; a new one when left out.')),
      ),
      voice_id: v.optional(
        v.pipe(
          v.string(),
          v.description('Voice the agent speaks with, from audio-voices-list; a system voice by default.'),
        ),
      ),
      uid: v.optional(
        v.pipe(
          v.string(),
          v.description('Your end user id; memory is kept apart per uid, and the same value comes back as `uid`.'),
          v.examples(['user-1']),
        ),
      ),
      workflow_id: v.optional(
        v.pipe(v.string(), v.description("Workflow or chatflow to run instead of the agent's own logic.")),
      ),
      connector_id: v.optional(
        v.pipe(
          v.string(),
          v.description('Channel the agent is published to; `1024` is the API channel.'),
          v.examples(['1024']),
        ),
      ),
      config: v.optional(
        v.pipe(
          v.object({
            room_mode: v.optional(
              v.pipe(
                v.picklist(['default', 's2s', 'podcast', 'translate']),
                v.description(
                  '`default` voice chat, `s2s` end-to-end speech model, `podcast`, or `translate` (with `translate_config`).',
                ),
              ),
              'default',
            ),
            audio_config: v.optional(
              v.pipe(
                v.object({
                  codec: v.optional(
                    v.pipe(v.picklist(['AACLC', 'G711A', 'OPUS', 'G722']), v.description('Audio codec of the room.')),
                    'OPUS',
                  ),
                }),
                v.description('Audio settings of the room.'),
              ),
            ),
            video_config: v.optional(
              v.pipe(
                v.object({
                  codec: v.optional(
                    v.pipe(v.picklist(['H264', 'BYTEVC1']), v.description('Video codec of the room.')),
                    'H264',
                  ),
                  stream_video_type: v.optional(
                    v.pipe(
                      v.picklist(['main', 'screen']),
                      v.description('`main` for the camera, `screen` for a shared screen.'),
                    ),
                  ),
                  video_frame_rate: v.optional(
                    v.pipe(
                      v.number(),
                      v.integer(),
                      v.minValue(1),
                      v.maxValue(24),
                      v.description('Frames per second handed to the vision model, 1-24.'),
                    ),
                    1,
                  ),
                  video_frame_expire_duration: v.optional(
                    v.pipe(
                      v.number(),
                      v.integer(),
                      v.minValue(1),
                      v.maxValue(10),
                      v.description(
                        'Seconds of frames from before the user starts speaking that the model sees, 1-10.',
                      ),
                    ),
                    1,
                  ),
                }),
                v.description('Video settings, for agents whose model can see.'),
              ),
            ),
            turn_detection: v.optional(
              v.pipe(
                v.object({
                  type: v.optional(
                    v.pipe(
                      v.picklist(['server_vad', 'client_interrupt', 'semantic_vad', 'client_vad']),
                      v.description(
                        '`server_vad`: free talk, the server detects turns; `client_interrupt`: push to talk with input_audio_buffer.start and complete; `semantic_vad`: turns end by meaning (enterprise flagship); `client_vad`: the client detects turns.',
                      ),
                    ),
                    'server_vad',
                  ),
                }),
                v.description('How the end of a user turn is detected.'),
              ),
            ),
            prologue_content: v.optional(
              v.pipe(
                v.string(),
                v.description('Opening line the agent speaks when it joins.'),
                v.examples(['Hi, what would you like to talk about?']),
              ),
            ),
            prologue_delay_duration_ms: v.optional(
              v.pipe(
                v.number(),
                v.integer(),
                v.minValue(0),
                v.maxValue(5000),
                v.description('Milliseconds before the opening line, 0-5000.'),
              ),
              500,
            ),
            translate_config: v.optional(
              v.pipe(
                v.object({
                  from: v.optional(
                    v.pipe(v.string(), v.description('Language spoken by the user.'), v.examples(['zh'])),
                  ),
                  to: v.optional(v.pipe(v.string(), v.description('Language to translate into.'), v.examples(['en']))),
                }),
                v.description('Languages of a `translate` room.'),
              ),
            ),
          }),
          v.description('Audio, video and turn settings of the room.'),
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          room_id: v.optional(v.pipe(v.string(), v.description('RTC room to join.'))),
          app_id: v.optional(v.pipe(v.string(), v.description('Volcengine RTC app id.'))),
          token: v.optional(v.pipe(v.string(), v.description("The user's token for joining the room."))),
          uid: v.optional(
            v.pipe(v.string(), v.description('User id to join with; the request `uid` when one was sent.')),
          ),
        }),
        v.description('What the Volcengine RTC SDK needs to join the room.'),
      ),
    ),
  }),
  permission: 'createRoom',
  destructive: false,
  billable: true,
  sdks: ['python', 'node', 'go', 'java'],
  example: {
    body: {
      bot_id: SANDBOX_IDS.bot,
      voice_id: SANDBOX_IDS.voice,
      uid: 'user-1',
      connector_id: SANDBOX_IDS.apiConnector,
      config: { turn_detection: { type: 'server_vad' }, prologue_content: 'Hi, what would you like to talk about?' },
    },
  },
  related: ['realtime-upstream-events', 'realtime-downstream-events', 'realtime-error-codes'],
});
