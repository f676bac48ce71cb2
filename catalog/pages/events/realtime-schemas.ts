import * as v from 'valibot';
import { MapSchema } from '../../objects';
import { choice, decimal, fields, flag, integer, stringMap, strings, text } from '../../fields';
import {
  EMOTIONS,
  SemanticVadConfigSchema,
  SensitiveWordsFilterSchema,
  VoiceProcessingConfigSchema,
} from './voice-schemas';

/** The `data` of Realtime `session.update`, echoed back in `session.updated`. */
export const SessionUpdateDataSchema = v.object({
  speech_rate: v.optional(integer('Speaking speed of the agent from -50 to 100; 0 is normal.'), 0),
  loudness_rate: v.optional(integer('Volume of the agent from -50 to 100; 0 keeps the original.'), 0),
  longest_silence_ms: v.optional(
    integer('The room is closed after the agent has been silent this long, in ms (3 minutes by default).'),
    180000,
  ),
  event_subscriptions: v.optional(strings('Downstream event types you want; all of them when empty or left out.')),
  chat_config: v.optional(
    fields(
      {
        meta_data: v.optional(stringMap('Up to 16 key/values returned in message details.')),
        custom_variables: v.optional(stringMap('Values for the `{{variables}}` of the agent prompt.')),
        extra_params: v.optional(stringMap('Extra hints; only `latitude` and `longitude` are read.')),
        plugin_interrupt_mode: v.optional(
          choice(
            ['blocking', 'nonblocking'],
            'Client-side plugins: `blocking` waits for your tool results; `nonblocking` drops the request when the chat moves on.',
          ),
          'nonblocking',
        ),
        allow_voice_interrupt: v.optional(flag('Let the user interrupt the agent by speaking.'), true),
        interrupt_config: v.optional(
          fields(
            {
              mode: v.optional(
                choice(
                  ['all', 'keyword_contains', 'keyword_prefix'],
                  '`all`: any speech interrupts; the keyword modes interrupt only when a keyword is heard anywhere or at the start.',
                ),
                'all',
              ),
              keywords: v.optional(strings('Up to 10 keywords of at most 8 characters, for the keyword modes.')),
            },
            'What may interrupt the agent, when `allow_voice_interrupt` is on.',
          ),
        ),
        parameters: v.optional(v.pipe(MapSchema, v.description('Input parameters of a chatflow.'))),
      },
      'Conversation settings.',
    ),
  ),
  turn_detection: v.optional(
    fields(
      {
        type: v.optional(
          choice(
            ['server_vad', 'client_vad', 'semantic_vad'],
            '`server_vad`: the server hears when the user stops; `client_vad`: you report it with `client.vad`; `semantic_vad`: the server judges by meaning (enterprise).',
          ),
          'server_vad',
        ),
        prefix_padding_ms: v.optional(integer('Audio kept from before the detected speech, in ms.'), 600),
        silence_duration_ms: v.optional(integer('Silence that ends a turn, 200 to 2000 ms.'), 500),
        semantic_vad_config: v.optional(SemanticVadConfigSchema),
      },
      'How the end of a user turn is found.',
    ),
  ),
  asr_config: v.optional(
    fields(
      {
        context: v.optional(text('Text that helps recognition, up to 800 tokens.')),
        enable_ddc: v.optional(flag('Drop filler words.'), true),
        enable_itn: v.optional(flag('Write spoken numbers and dates as digits.'), true),
        enable_punc: v.optional(flag('Add punctuation.'), true),
        stream_mode: v.optional(
          choice(
            ['bidirectional_stream', 'output_no_stream'],
            '`bidirectional_stream`: text word by word; `output_no_stream`: the whole sentence at its end.',
          ),
          'bidirectional_stream',
        ),
        enable_nostream: v.optional(flag('Recognise each finished sentence a second time for accuracy.'), false),
        enable_emotion: v.optional(flag("Detect the speaker's emotion (output_no_stream only)."), false),
        enable_gender: v.optional(flag("Detect the speaker's gender (output_no_stream only)."), false),
        sensitive_words_filter: v.optional(SensitiveWordsFilterSchema),
      },
      'Speech recognition settings, as in the WebSocket chat.',
    ),
  ),
  voice_print_config: v.optional(
    fields(
      {
        group_id: v.optional(text('Voiceprint group to match speakers against.')),
        score: v.optional(integer('Match threshold, 0 to 100.'), 40),
        reuse_voice_info: v.optional(flag('When nobody matches this turn, keep the speaker matched last.'), false),
        feature_id: v.optional(
          text(
            'Voiceprint to focus denoising on. The Realtime docs put it here; the WebSocket chat calls it `voice_processing_config.voice_print_feature_id`.',
          ),
        ),
      },
      'Recognise who is speaking using a voiceprint group.',
    ),
  ),
  voice_id: v.optional(text('Switch the voice of the agent.')),
  tts_config: v.optional(
    fields(
      {
        context_texts: v.optional(text('Style instruction in plain words; Doubao TTS 2.0 voices only.')),
        emotion: v.optional(choice(EMOTIONS, 'Emotion for voices that support several.')),
        emotion_scale: v.optional(decimal('Strength of the emotion, 1.0 to 5.0.'), 4),
      },
      'Speaking style.',
    ),
  ),
  voice_processing_config: v.optional(VoiceProcessingConfigSchema),
});

/** The `data` of Realtime `session.pre_answer.update`, echoed back in `session.pre_answer.updated`. */
export const PreAnswerUpdateDataSchema = v.object({
  pre_answer: fields(
    {
      type: choice(
        ['none', 'audio', 'text', 'bot'],
        '`none` off; `audio` play an uploaded file; `text` speak one phrase of a list at random; `bot` let another agent produce it (costs tokens).',
      ),
      file_id: v.optional(text('With `audio`: file id of an uploaded wav or mp3.')),
      pre_answer_list: v.optional(strings('With `text`: the phrases to choose from, up to 10 characters each.')),
      bot_id: v.optional(text('With `bot`: your agent that produces the filler.')),
    },
    'What to play while the agent thinks.',
  ),
  trigger: v.optional(
    fields(
      {
        type: choice(
          ['mandatory', 'time-trigger', 'event-driven'],
          '`mandatory` always; `time-trigger` after a delay without a reply; `event-driven` when a function call starts.',
        ),
        time_after: v.optional(integer('With `time-trigger`: the delay, 0 to 3000 ms.'), 1500),
      },
      'When to play it; always when left out.',
    ),
  ),
});

/** The `data` of Realtime `mode.update`, echoed back in `mode.updated`. */
export const ModeUpdateDataSchema = v.object({
  mode: v.pipe(v.string(), v.description('Room mode; `chat` is the one documented.'), v.examples(['chat'])),
  chat: v.optional(
    fields(
      {
        user_language: v.optional(
          text('Language to recognise, as a locale such as `en-US`, `ja-JP` or `de-DE`; `common` by default.'),
        ),
      },
      'Options of the chat mode.',
    ),
  ),
});
