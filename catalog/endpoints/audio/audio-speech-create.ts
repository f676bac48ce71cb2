import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { EMOTIONS } from './schemas';

/** Text to speech (synthesize audio): POST /v1/audio/speech */
export default defineEndpoint({
  id: 'audio-speech-create',
  group: 'audio',
  subgroup: 'tts',
  titleZh: '语音合成',
  titleEn: 'Text to speech (synthesize audio)',
  description:
    'Turns a short text into speech in one of your voices and answers with the audio file itself. Use it for one-off clips; stream longer text through the speech WebSocket instead.',
  notes: [
    'A success is the audio bytes (`audio/*`), not JSON; only an error answers with a JSON body, so check the Content-Type before parsing.',
    'The text may be at most 1024 bytes of UTF-8, about 340 Chinese characters.',
    '`speed` takes 0.5-2 for big-model voices and 0.2-3 for small-model voices.',
    '`emotion` and `emotion_scale` work only with multi-emotion voices, `context_texts` only with Doubao TTS 2.0 voices; audio-voices-list shows what each voice supports.',
    'Billed as speech synthesis.',
  ],
  method: 'POST',
  path: '/v1/audio/speech',
  params: {
    body: v.object({
      input: v.pipe(
        v.string(),
        v.nonEmpty('input is required'),
        v.maxBytes(1024, 'input takes at most 1024 bytes of UTF-8'),
        v.description('Text to speak, at most 1024 bytes of UTF-8.'),
        v.examples(['今天天气怎么样']),
      ),
      voice_id: v.pipe(
        v.string(),
        v.nonEmpty('voice_id is required'),
        v.description('Voice to speak with, from audio-voices-list.'),
      ),
      response_format: v.optional(
        v.pipe(
          v.picklist(['wav', 'pcm', 'ogg_opus', 'mp3']),
          v.description('Encoding of the returned audio: `wav`, `pcm`, `ogg_opus` or `mp3`.'),
          v.examples(['mp3']),
        ),
        'mp3',
      ),
      speed: v.optional(
        v.pipe(
          v.number(),
          v.minValue(0.2),
          v.maxValue(3),
          v.description('Speaking rate as a multiplier: 0.5-2 for big-model voices, 0.2-3 for small-model voices.'),
          v.examples([1.2]),
        ),
        1,
      ),
      sample_rate: v.optional(
        v.pipe(
          v.picklist([8000, 16000, 22050, 24000, 32000, 44100, 48000]),
          v.description('Sample rate of the returned audio in Hz.'),
        ),
        24000,
      ),
      loudness_rate: v.optional(
        v.pipe(
          v.number(),
          v.integer(),
          v.minValue(-50),
          v.maxValue(100),
          v.description('Volume change in percent, -50 to 100; 0 leaves it as it is.'),
          v.examples([20]),
        ),
        0,
      ),
      emotion: v.optional(
        v.pipe(v.picklist(EMOTIONS), v.description('Emotion to speak with; multi-emotion voices only.')),
      ),
      emotion_scale: v.optional(
        v.pipe(
          v.number(),
          v.minValue(1),
          v.maxValue(5),
          v.description('Strength of the emotion, 1.0 to 5.0.'),
          v.examples([4]),
        ),
        4,
      ),
      context_texts: v.optional(
        v.pipe(
          v.string(),
          v.description('A free-text instruction for the delivery (mood, dialect, tone); Doubao TTS 2.0 voices only.'),
          v.examples(['Speak slowly and warmly.']),
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'binary',
  response: envelope({}),
  permission: 'createSpeech',
  destructive: false,
  billable: true,
  sdks: ['python', 'node', 'go', 'java'],
  example: {
    body: { input: '今天天气怎么样', voice_id: SANDBOX_IDS.voice, response_format: 'mp3', speed: 1 },
  },
});
