import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';

/** Speech to text (transcribe a file): POST /v1/audio/transcriptions */
export default defineEndpoint({
  id: 'audio-transcriptions-create',
  group: 'audio',
  subgroup: 'tts',
  titleZh: '语音识别',
  titleEn: 'Speech to text (transcribe a file)',
  description:
    'Transcribes a recorded audio file and answers with its text in one piece. For live or long audio, stream it through the speech recognition WebSocket instead.',
  notes: [
    'Send multipart/form-data with the recording in the field named `file`.',
    'At most 10 MB and 30 minutes; any sample rate and bitrate.',
    'Big-model recognition reads opus, ogg, mp3, wav, m4a, mp4, pcm, raw, spx, aac and amr; small-model recognition reads ogg, mp3, wav, mp4 and m4a.',
    'Billed as speech recognition.',
  ],
  method: 'POST',
  path: '/v1/audio/transcriptions',
  params: {
    body: v.object({
      file: v.pipe(
        v.blob(),
        v.description(
          'The recording, as multipart field `file`: opus, ogg, mp3, wav, m4a, mp4, pcm, raw, spx, aac or amr; at most 10 MB and 30 minutes.',
        ),
      ),
    }),
  },
  bodyKind: 'multipart',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          text: v.optional(v.pipe(v.string(), v.description('The recognized text.'), v.examples(['今天天气怎么样']))),
        }),
        v.description('The transcription.'),
      ),
    ),
  }),
  permission: 'createTranscription',
  destructive: false,
  billable: true,
  sdks: ['python', 'node', 'go', 'java'],
  example: {},
});
