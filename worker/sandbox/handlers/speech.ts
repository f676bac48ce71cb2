import { sandboxTextOf, speechInfo } from '../audio/speech-info';
import { encodeMp3, id3Tag } from '../audio/mp3';
import { planSpeech, synthesize } from '../audio/synth';
import { readAudio } from '../audio/upload';
import { encodeWav, pcmBytes } from '../audio/wav';
import { CozeCode, CozeError, replyHeaders } from '../envelope';
import { shaped } from '../shape-call';
import { hash, pick } from '../text';
import { requireVoice } from './voices';
import type { Handler } from '../call';

const MAX_TRANSCRIBE_BYTES = 10 * 1024 * 1024;
const MAX_TRANSCRIBE_MS = 30 * 60 * 1000;

function checkRange(value: number, name: string, min: number, max: number): number {
  if (!Number.isFinite(value) || value < min || value > max)
    throw new CozeError(CozeCode.badRequest, `Invalid parameter ${name}: from ${min} to ${max} for this voice`);
  return value;
}

/**
 * POST /v1/audio/speech: real, playable audio of the text in the voice's pitch, `speed` and
 * `loudness_rate` applied, at the requested sample rate. `mp3` (the default) is an MPEG Layer III
 * stream with an ID3 tag naming the text; `wav` a RIFF file of 16-bit mono PCM; `pcm` the same
 * samples raw (little-endian). The sandbox has no Opus encoder: `ogg_opus` answers a Coze error
 * naming the formats it can make, rather than mislabelled bytes.
 */
export const createSpeech: Handler = async ({ body, store, logid }) => {
  const input = String(body['input']);
  if (new TextEncoder().encode(input).length > 1024)
    throw new CozeError(CozeCode.badRequest, 'Invalid parameter input: at most 1024 bytes of UTF-8');
  const voice = await requireVoice(store, body['voice_id']);
  const [slowest, fastest] = voice.model_type === 'big' ? [0.5, 2] : [0.2, 3];
  const speed = checkRange(Number(body['speed'] ?? 1), 'speed', slowest, fastest);
  const loudnessRate = checkRange(Number(body['loudness_rate'] ?? 0), 'loudness_rate', -50, 100);
  const sampleRate = Number(body['sample_rate'] ?? 24000);
  const format = String(body['response_format'] ?? 'mp3');
  const emotion = typeof body['emotion'] === 'string' ? body['emotion'] : undefined;
  if (format === 'ogg_opus')
    throw new CozeError(
      CozeCode.badRequest,
      'The sandbox cannot encode ogg_opus audio: ask for mp3, wav or pcm (Coze itself, with a real token, answers ogg_opus)',
    );
  const options = {
    sampleRate,
    speed,
    loudnessRate,
    pitchHz: voice.pitch_hz,
    ...(emotion && voice.support_emotions.includes(emotion) && { emotion }),
  };
  if (format === 'mp3') {
    const tag = id3Tag(speechInfo(input));
    const frames = encodeMp3(planSpeech(input, options));
    const mp3 = new Uint8Array(tag.length + frames.length);
    mp3.set(tag);
    mp3.set(frames, tag.length);
    const headers = replyHeaders('audio/mpeg', logid);
    headers.set('content-disposition', 'inline; filename="speech.mp3"');
    return new Response(mp3, { headers });
  }
  const samples = synthesize(input, options);
  if (format === 'pcm') {
    const headers = replyHeaders(`audio/pcm;rate=${sampleRate};channels=1`, logid);
    headers.set('content-disposition', 'inline; filename="speech.pcm"');
    return new Response(pcmBytes(samples), { headers });
  }
  const wav = encodeWav(samples, sampleRate, speechInfo(input));
  const headers = replyHeaders('audio/wav', logid);
  headers.set('content-disposition', 'inline; filename="speech.wav"');
  return new Response(wav, { headers });
};

const SENTENCES_EN = [
  "I'd like to check the weather in Hangzhou tomorrow.",
  'Please remind me about the meeting at three.',
  'Can you recommend a quiet place for lunch?',
  'Let us go over the plan once more.',
  'The package should arrive on Friday.',
  'Turn the music down a little, please.',
];

/**
 * POST /v1/audio/transcriptions: the text of a recording. The sandbox hears no words: audio it
 * synthesized itself transcribes back to its text; anything else gets a stand-in transcript,
 * chosen by the bytes and as long as the recording, that names its length and format.
 */
export const createTranscription: Handler = async (call) => {
  const upload = await readAudio(call.body, {
    formats: ['wav', 'mp3', 'ogg', 'opus', 'spx', 'm4a', 'aac', 'amr', 'pcm'],
    maxBytes: MAX_TRANSCRIBE_BYTES,
  });
  const { probe } = upload;
  if (probe.durationMs > MAX_TRANSCRIBE_MS)
    throw new CozeError(CozeCode.badRequest, 'The recording is longer than 30 minutes: use the streaming ASR instead');
  const own = sandboxTextOf(probe);
  if (own !== undefined) return shaped(call, { data: { text: own } });
  const seconds = probe.durationMs / 1000;
  const count = Math.max(1, Math.min(8, Math.round(seconds / 3)));
  const key = `${upload.bytes.length}:${hash(String.fromCharCode(...upload.bytes.subarray(0, 2048)))}`;
  const sentences = Array.from({ length: count }, (_, i) => pick(SENTENCES_EN, `${key}:${i}`));
  const rate = probe.wav ? `${probe.wav.sampleRate / 1000} kHz ` : '';
  const text = `[sandbox transcript of ${seconds.toFixed(1)} s of ${rate}${probe.format} audio] ${sentences.join(' ')}`;
  return shaped(call, { data: { text } });
};
