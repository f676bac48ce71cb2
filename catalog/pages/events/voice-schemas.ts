import * as v from 'valibot';
import { MapSchema } from '../../objects';
import { choice, decimal, fields, flag, integer, stringMap, strings, text } from '../../fields';

/** Emotions a multi-emotion voice may take; each voice supports a subset. */
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

/** Throttling of returned audio: at most `max_frame_num` packets per `period` seconds. */
export const LimitConfigSchema = fields(
  {
    period: v.optional(integer('Length of one throttling window, in seconds.')),
    max_frame_num: v.optional(integer('Most audio packets sent back within one window.')),
  },
  'Rate limit on the audio the server sends back.',
);

/** Emotion of a multi-emotion voice. */
export const EmotionConfigSchema = fields(
  {
    emotion: v.optional(choice(EMOTIONS, 'Emotion to speak with; which ones work depends on the voice.')),
    emotion_scale: v.optional(decimal('Strength of the emotion, 1.0 to 5.0.'), 4),
  },
  'Emotion for voices that support several.',
);

/** Masking of sensitive words in recognised text. */
export const SensitiveWordsFilterSchema = fields(
  {
    system_reserved_filter: v.optional(flag("Replace Coze's built-in sensitive words with `*`."), false),
    filter_with_empty: v.optional(strings('Your own words to delete from the text.')),
    filter_with_signed: v.optional(strings('Your own words to replace with `*`.')),
  },
  'Which words to hide in the recognised text.',
);

/** Tuning of semantic end-of-turn detection. */
export const SemanticVadConfigSchema = fields(
  {
    silence_threshold_ms: v.optional(
      integer('Silence, in ms, before the server checks whether the sentence is over.'),
      300,
    ),
    semantic_unfinished_wait_time_ms: v.optional(
      integer('Extra wait, 100 to 2000 ms, when the sentence sounds unfinished.'),
      500,
    ),
  },
  'Settings of `semantic_vad`.',
);

const noiseReductionEntries = {
  enable_ans: v.optional(flag('Suppress background noise in general; cannot be combined with `enable_pdns`.')),
  enable_pdns: v.optional(
    flag('Keep only the main speaker (voiceprint-based denoise); cannot be combined with `enable_ans`.'),
  ),
};

/** Noise reduction (enterprise editions), as Realtime rooms take it. */
export const VoiceProcessingConfigSchema = fields(
  noiseReductionEntries,
  'Noise reduction; enterprise editions only, off by default.',
);

/** The `{chat_id, tool_outputs}` answer to `conversation.chat.requires_action`. */
export const SubmitToolOutputsDataSchema = v.object({
  chat_id: text('Chat that asked for the tool results: `data.id` of the `conversation.chat.requires_action` event.'),
  tool_outputs: v.pipe(
    v.array(
      v.object({
        tool_call_id: text('Id of the tool call, from `required_action.submit_tool_outputs.tool_calls[].id`.'),
        output: text('What the tool returned, as a string (often JSON).'),
      }),
    ),
    v.description('One result per tool call the agent asked for.'),
  ),
});

/** A message injected into the conversation by the client. */
export const MessageCreateDataSchema = v.object({
  role: choice(['user', 'assistant'], '`user` makes the agent answer aloud; `assistant` only adds context.'),
  content_type: choice(
    ['text', 'object_string'],
    '`text`, or `object_string` for a JSON array of text, image and file parts.',
  ),
  content: text('The text, or the serialized object_string array.'),
});

/** Text to speak without asking the agent for a reply. */
export const GenerateAudioDataSchema = v.object({
  mode: choice(['text'], 'Only `text` for now.'),
  text: v.optional(text('What to say, under 1024 bytes; needed when `mode` is `text`.')),
});

/** Recognised text of the user's speech. */
export const TranscriptDataSchema = v.object({
  content: text('The recognised text so far; each event repeats the whole text rather than a delta.'),
});

/** Chat settings of a voice session: the conversation, the user and the variables. */
export const VoiceChatConfigSchema = fields(
  {
    conversation_id: v.optional(text('Conversation to continue; a new one is created when left out.')),
    user_id: v.optional(text('Your id for the end user; memory and context are kept apart per user_id.')),
    meta_data: v.optional(
      stringMap('Up to 16 key/values (keys 1-64, values 1-512 characters), returned in message details.'),
    ),
    custom_variables: v.optional(stringMap('Values for the `{{variables}}` of the agent prompt (Jinja2 allowed).')),
    extra_params: v.optional(stringMap('Extra hints; only `latitude` and `longitude` are read.')),
    auto_save_history: v.optional(flag('Keep this chat in the conversation history.'), true),
    parameters: v.optional(
      v.pipe(
        MapSchema,
        v.description('Input parameters of a chatflow (the user input itself is not taken from here).'),
      ),
    ),
  },
  'Conversation settings.',
);

/** Format of the audio the client sends in a WebSocket chat. */
export const ChatInputAudioSchema = fields(
  {
    format: v.optional(choice(['pcm', 'wav', 'ogg'], 'Container of the audio you send.'), 'wav'),
    codec: v.optional(
      choice(
        ['pcm', 'opus', 'g711a', 'g711u'],
        'Codec of the audio you send; for g711a/g711u also set format `pcm` and 8000 Hz.',
      ),
      'pcm',
    ),
    sample_rate: v.optional(choice([8000, 16000, 22050, 24000, 32000, 44100, 48000], 'Sample rate in Hz.'), 24000),
    channel: v.optional(choice([1, 2], '1 mono, 2 stereo.'), 1),
    bit_depth: v.optional(choice([8, 16, 24], 'Bits per sample.'), 16),
  },
  'Format of the microphone audio you will stream.',
);

/** Format and voice of the audio the agent answers with in a WebSocket chat. */
export const ChatOutputAudioSchema = fields(
  {
    codec: v.optional(choice(['pcm', 'g711a', 'g711u', 'opus', 'mp3'], 'Codec of the returned audio.'), 'pcm'),
    pcm_config: v.optional(
      fields(
        {
          sample_rate: v.optional(
            choice([8000, 16000, 22050, 24000, 32000, 44100, 48000], 'Output sample rate; always 8000 for g711.'),
            24000,
          ),
          frame_size_ms: v.optional(decimal('Length of each audio packet in ms (0-1000); no limit when left out.')),
          limit_config: v.optional(LimitConfigSchema),
        },
        'Settings for pcm, g711a and g711u (PCM is mono, 16-bit).',
      ),
    ),
    opus_config: v.optional(
      fields(
        {
          sample_rate: v.optional(choice([8000, 12000, 16000, 24000, 48000], 'PCM rate before Opus encoding.'), 24000),
          bitrate: v.optional(integer('Opus bitrate.'), 48000),
          use_cbr: v.optional(flag('Encode at a constant bitrate.'), false),
          frame_size_ms: v.optional(choice([2.5, 5, 10, 20, 40, 60], 'Opus frame length in ms.'), 10),
          limit_config: v.optional(LimitConfigSchema),
        },
        'Settings for opus.',
      ),
    ),
    mp3_config: v.optional(
      fields(
        {
          sample_rate: v.optional(choice([32000, 44100, 48000], 'MP3 sample rate.'), 44100),
          bit_rate: v.optional(integer('MP3 bitrate, 8000 to 1600000.')),
        },
        'Settings for mp3.',
      ),
    ),
    speech_rate: v.optional(integer('Speaking speed from -50 (half speed) to 100 (double); 0 is normal.'), 0),
    loudness_rate: v.optional(integer('Volume from -50 (half) to 100 (double); 0 keeps the original.'), 0),
    voice_id: v.optional(text('Voice to speak with (see the voice list); a default system voice otherwise.')),
    context_texts: v.optional(
      text('Style instruction in plain words (mood, dialect, tone); Doubao TTS 2.0 voices only.'),
    ),
    emotion_config: v.optional(EmotionConfigSchema),
  },
  "Format and voice of the agent's audio.",
);

/** Turn detection of a WebSocket chat. */
export const ChatTurnDetectionSchema = fields(
  {
    type: v.optional(
      choice(
        ['client_interrupt', 'server_vad', 'semantic_vad'],
        '`client_interrupt`: push-to-talk, you end each turn; `server_vad`: the server hears when the user stops; `semantic_vad`: the server judges by meaning (enterprise only).',
      ),
      'client_interrupt',
    ),
    prefix_padding_ms: v.optional(integer('With server_vad: audio kept from before the detected speech, in ms.'), 600),
    silence_duration_ms: v.optional(integer('With server_vad: silence, in ms, that ends a turn.'), 500),
    semantic_vad_config: v.optional(SemanticVadConfigSchema),
    interrupt_config: v.optional(
      fields(
        {
          mode: v.optional(
            choice(
              ['keyword_contains', 'keyword_prefix'],
              'Interrupt only when the user says a keyword, anywhere or at the start.',
            ),
          ),
          keywords: v.optional(strings('Up to 5 keywords of 6-24 bytes, without punctuation.')),
        },
        'With server_vad: which speech may interrupt the agent; any speech when left out.',
      ),
    ),
  },
  'How the end of a user turn is found, and what may interrupt the agent.',
);

/** Speech recognition settings of a WebSocket chat. */
export const ChatAsrConfigSchema = fields(
  {
    hot_words: v.optional(
      strings('Words to recognise more readily (about 100 tokens when streaming, 5000 with output_no_stream).'),
    ),
    context: v.optional(text('Text that helps recognition, up to 800 tokens.')),
    user_language: v.optional(
      choice(
        [
          'common',
          'en-US',
          'ja-JP',
          'id-ID',
          'es-MX',
          'pt-BR',
          'de-DE',
          'fr-FR',
          'ko-KR',
          'fil-PH',
          'ms-MY',
          'th-TH',
          'ar-SA',
        ],
        'Spoken language. `common` covers Chinese, English and several dialects; the locales need stream_mode `output_no_stream`. Older SDKs send short codes (zh, en, ja, ...).',
      ),
      'common',
    ),
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
  'Speech recognition settings.',
);

/** Speaker identification against a voiceprint group. */
export const ChatVoicePrintConfigSchema = fields(
  {
    group_id: v.optional(text('Voiceprint group to match speakers against.')),
    score: v.optional(integer('Match threshold, 0 to 100.'), 40),
    reuse_voice_info: v.optional(flag('When nobody matches this turn, keep the speaker matched last.'), false),
  },
  'Recognise who is speaking using a voiceprint group.',
);

/** The `data` of `chat.update`, echoed back in `chat.updated`. */
export const ChatUpdateDataSchema = v.object({
  chat_config: v.optional(VoiceChatConfigSchema),
  input_audio: v.optional(ChatInputAudioSchema),
  output_audio: v.optional(ChatOutputAudioSchema),
  voice_processing_config: v.optional(
    fields(
      {
        ...noiseReductionEntries,
        voice_print_feature_id: v.optional(
          text('Voiceprint recorded beforehand, for `enable_pdns` in its active mode.'),
        ),
      },
      'Noise reduction; enterprise editions only, off by default.',
    ),
  ),
  event_subscriptions: v.optional(strings('Downstream event types you want; all of them when empty.')),
  need_play_prologue: v.optional(flag('Have the agent speak its opening line first.'), false),
  prologue_content: v.optional(text("Opening line to speak instead of the agent's own.")),
  turn_detection: v.optional(ChatTurnDetectionSchema),
  asr_config: v.optional(ChatAsrConfigSchema),
  voice_print_config: v.optional(ChatVoicePrintConfigSchema),
});
