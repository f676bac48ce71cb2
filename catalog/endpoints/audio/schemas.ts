import * as v from 'valibot';

/** Emotions a multi-emotion voice can speak with, as speech synthesis and the voice list name them. */
export const EMOTIONS = [
  'happy',
  'sad',
  'angry',
  'surprised',
  'fear',
  'hate',
  'excited',
  'coldness',
  'neutral',
] as const;

/** The voiceprint group in a voiceprint path. */
export const GroupIdSchema = v.pipe(
  v.string(),
  v.nonEmpty('group_id is required'),
  v.description('Voiceprint group id, from voiceprint-groups-list or voiceprint-groups-create.'),
);

/** The voiceprint in a voiceprint path. */
export const FeatureIdSchema = v.pipe(
  v.string(),
  v.nonEmpty('feature_id is required'),
  v.description('Voiceprint id, from voiceprint-features-list or voiceprint-features-create.'),
);

/**
 * An optional whole number sent as a multipart form field. Form values are text on the wire, so the
 * field takes digits rather than a number.
 */
export function wholeNumberField(name: string, description: string, example: string) {
  return v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d+$/, `${name} must be a whole number`),
      v.description(description),
      v.examples([example]),
    ),
  );
}

/** The PCM settings the voiceprint uploads take beside the recording. */
export const PCM_FIELDS = {
  sample_rate: wholeNumberField(
    'sample_rate',
    "Sample rate of a pcm recording in Hz, as digits (default 16000; the docs' limits table names 16 kHz, but the official SDK example uploads 48 kHz pcm with `sample_rate` 48000).",
    '16000',
  ),
  channel: wholeNumberField('channel', 'Channel count of a pcm recording, as digits (default 1, mono).', '1'),
};

/** The creator of a voiceprint group or voiceprint. */
export const CreatorSchema = v.object({
  id: v.optional(v.pipe(v.string(), v.description('Coze user id of the creator.'))),
  name: v.optional(v.pipe(v.string(), v.description('User name.'))),
  nickname: v.optional(v.pipe(v.string(), v.description('Display name.'))),
  avatar_url: v.optional(v.pipe(v.string(), v.description('Avatar image URL.'))),
});

/** What a voiceprint recording must be, for the `file` descriptions. */
export const VOICEPRINT_AUDIO =
  'wav or pcm (pcm: 16-bit, at the `sample_rate` and `channel` given, 16 kHz mono by default), at most 4 MB, one speaker talking clearly in a quiet room';

/** The voiceprint lists' page number: from 1, default 1. */
export const VoiceprintPageNumSchema = v.optional(
  v.pipe(v.number(), v.integer(), v.minValue(1), v.description('Page number, from 1.'), v.examples([1])),
  1,
);

/** When a voiceprint group or voiceprint was created and last changed. */
export const VOICEPRINT_TIMESTAMPS = {
  created_at: v.optional(
    v.pipe(v.number(), v.integer(), v.description('Creation time, Unix seconds.'), v.examples([1745920256])),
  ),
  updated_at: v.optional(v.pipe(v.number(), v.integer(), v.description('Last update time, Unix seconds.'))),
};

/** The token in the URL, for WebSocket clients that cannot set the handshake's headers. */
export const WsAuthorizationSchema = v.pipe(
  v.string(),
  v.startsWith('Bearer ', 'authorization must start with "Bearer "'),
  v.description("`Bearer <token>`, URL-encoded: the token for clients that cannot set the handshake's headers."),
);

/** The handshake query of the speech and transcription WebSockets. */
export const WsAudioQuerySchema = v.object({
  authorization: v.optional(WsAuthorizationSchema),
  entity_type: v.optional(
    v.pipe(
      v.picklist(['bot', 'workflow']),
      v.description('Kind of entity the session runs for: `bot` or `workflow`.'),
      v.examples(['bot']),
    ),
  ),
  entity_id: v.optional(v.pipe(v.string(), v.description('Id of the agent or workflow named by `entity_type`.'))),
});
