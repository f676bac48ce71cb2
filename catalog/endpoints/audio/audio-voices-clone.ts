import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Clone a voice: POST /v1/audio/voices/clone */
export default defineEndpoint({
  id: 'audio-voices-clone',
  group: 'audio',
  subgroup: 'tts',
  titleZh: '复刻音色',
  titleEn: 'Clone a voice',
  description:
    'Trains a new voice from a short recording of one speaker and returns its voice_id, or retrains an existing cloned voice. The voice can then speak any text through speech synthesis, RTC rooms and voice chat.',
  notes: [
    'Send multipart/form-data: the recording in `file`, the other fields as form fields.',
    'Enterprise editions only; cloned voices cost money for their slots and storage.',
    'Passing `voice_id` retrains that voice in place and overwrites it; leave it out to create a new voice. A voice can be trained 10 times, the first clone included.',
    'If `text` is given and the recording differs from it too much, cloning fails with 1109 (WERError).',
    'A cloned voice belongs to the workspace in `space_id`, your personal workspace by default.',
  ],
  method: 'POST',
  path: '/v1/audio/voices/clone',
  params: {
    body: v.object({
      file: v.pipe(
        v.blob(),
        v.description(
          'The recording: wav, mp3, ogg, m4a, aac or pcm (pcm only 24 kHz mono), at most 10 MB; 10-30 seconds of a single speaker works best.',
        ),
      ),
      voice_name: v.pipe(
        v.string(),
        v.nonEmpty('voice_name is required'),
        v.maxBytes(128, 'voice_name takes at most 128 bytes'),
        v.description('Name of the voice, at most 128 bytes.'),
        v.examples(['Warm narrator']),
      ),
      audio_format: v.pipe(
        v.picklist(['wav', 'mp3', 'ogg', 'm4a', 'aac', 'pcm']),
        v.description('Format of the uploaded recording.'),
        v.examples(['wav']),
      ),
      language: v.optional(
        v.pipe(
          v.picklist(['zh', 'en', 'ja', 'es', 'id', 'pt']),
          v.description('Language spoken in the recording.'),
          v.examples(['zh']),
        ),
      ),
      voice_id: v.optional(
        v.pipe(
          v.string(),
          v.description('A cloned voice to retrain; it is overwritten and keeps its id. Leave out to create a voice.'),
        ),
      ),
      preview_text: v.optional(
        v.pipe(
          v.string(),
          v.description('Text the preview clip reads; a default sentence when left out.'),
          v.examples(['你好，很高兴认识你。']),
        ),
      ),
      text: v.optional(
        v.pipe(
          v.string(),
          v.maxBytes(1024, 'text takes at most 1024 bytes'),
          v.description(
            'What the speaker says in the recording, at most 1024 bytes; a large mismatch fails with 1109.',
          ),
        ),
      ),
      space_id: v.optional(
        v.pipe(v.string(), v.description('Workspace the voice belongs to; your personal workspace when left out.')),
      ),
      description: v.optional(v.pipe(v.string(), v.description('Description of the voice.'))),
    }),
  },
  bodyKind: 'multipart',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          voice_id: v.optional(
            v.pipe(v.string(), v.description('Id of the cloned voice, for speech synthesis or a later retraining.')),
          ),
        }),
        v.description('The cloned voice.'),
      ),
    ),
  }),
  permission: 'createVoice',
  destructive: false,
  billable: true,
  sdks: ['python', 'node', 'go', 'java'],
  example: {
    body: { voice_name: 'Warm narrator', audio_format: 'wav', language: 'zh', space_id: SANDBOX_IDS.workspace },
  },
});
