import { synthesize } from '../audio/synth';
import { CozeCode, CozeError } from '../envelope';
import { requireVoice } from '../handlers/voices';
import { SYSTEM_VOICES } from '../platform-fixtures';
import type { SessionStore } from '../state';
import { encodeOutput } from '../../../lib/audio-codecs';
import { markSpeech } from './pcm-marker';
import { SessionError } from './wire';

/** How the sandbox speaks in a session: `output_audio` of chat.update or speech.update, resolved. */
export interface OutputAudio {
  readonly codec: 'pcm' | 'g711a' | 'g711u';
  readonly sampleRate: number;
  /** 1 is normal (speech_rate 0); 0.5 at -50, 2 at 100. */
  readonly speed: number;
  readonly loudnessRate: number;
  readonly pitchHz: number;
  readonly voiceId: string;
  /** Length of each audio delta, ms. */
  readonly frameMs: number;
  readonly emotion?: string;
}

/** The default voice: the sandbox's first system voice. */
export const DEFAULT_OUTPUT: OutputAudio = {
  codec: 'pcm',
  sampleRate: 24000,
  speed: 1,
  loudnessRate: 0,
  pitchHz: SYSTEM_VOICES[0]!.pitch_hz,
  voiceId: SYSTEM_VOICES[0]!.voice_id,
  frameMs: 100,
};

type Fields = Record<string, unknown>;
const fieldsOf = (value: unknown): Fields => (value && typeof value === 'object' ? (value as Fields) : {});

/**
 * Applies an `output_audio` object to the current settings. Opus and MP3 are refused (code 4000)
 * because the sandbox has no encoder for them and will not send bytes that are not what they claim;
 * PCM and G.711 it encodes exactly. An unknown `voice_id` is 4200, as in Coze.
 */
export async function applyOutputAudio(
  store: SessionStore,
  current: OutputAudio,
  value: unknown,
): Promise<OutputAudio> {
  const input = fieldsOf(value);
  const codec = (input['codec'] as string | undefined) ?? current.codec;
  if (codec !== 'pcm' && codec !== 'g711a' && codec !== 'g711u') {
    throw new SessionError(
      CozeCode.badRequest,
      `The sandbox has no ${codec} encoder: set output_audio.codec to pcm (or g711a/g711u on the voice chat); a real Coze session encodes ${codec}`,
    );
  }
  const pcm = fieldsOf(input['pcm_config']);
  const sampleRate =
    codec === 'pcm' ? Number(pcm['sample_rate'] ?? (current.codec === 'pcm' ? current.sampleRate : 24000)) : 8000;
  const frameMs = Number(pcm['frame_size_ms'] ?? current.frameMs) || DEFAULT_OUTPUT.frameMs;
  const speechRate = Number(input['speech_rate'] ?? (current.speed - 1) * 100);
  const loudnessRate = Number(input['loudness_rate'] ?? current.loudnessRate);
  let { pitchHz, voiceId } = current;
  if (typeof input['voice_id'] === 'string' && input['voice_id'] !== current.voiceId) {
    try {
      const voice = await requireVoice(store, input['voice_id']);
      ({ pitch_hz: pitchHz, voice_id: voiceId } = voice);
    } catch (error) {
      if (error instanceof CozeError) throw new SessionError(error.code, error.message);
      throw error;
    }
  }
  const emotion = fieldsOf(input['emotion_config'])['emotion'];
  return {
    codec,
    sampleRate,
    speed: Math.min(2, Math.max(0.5, 1 + speechRate / 100)),
    loudnessRate: Math.min(100, Math.max(-50, loudnessRate)),
    pitchHz,
    voiceId,
    frameMs: Math.min(1000, Math.max(10, frameMs)),
    ...(typeof emotion === 'string' ? { emotion } : current.emotion ? { emotion: current.emotion } : {}),
  };
}

/** The settings as `output_audio` reports them back (`chat.updated`, `speech.updated`). */
export function outputAudioView(output: OutputAudio): Record<string, unknown> {
  return {
    codec: output.codec,
    pcm_config: { sample_rate: output.sampleRate, frame_size_ms: output.frameMs },
    speech_rate: Math.round((output.speed - 1) * 100),
    loudness_rate: output.loudnessRate,
    voice_id: output.voiceId,
    ...(output.emotion ? { emotion_config: { emotion: output.emotion } } : {}),
  };
}

/**
 * One utterance of `text` as the audio deltas of a session: real speech-like audio from the
 * sandbox's synthesizer, marked with its text so the sandbox can transcribe it back, encoded in
 * the session's codec and cut into `frameMs` pieces.
 */
export function speak(text: string, output: OutputAudio): Uint8Array[] {
  const samples = markSpeech(
    synthesize(text, {
      sampleRate: output.sampleRate,
      speed: output.speed,
      loudnessRate: output.loudnessRate,
      pitchHz: output.pitchHz,
      ...(output.emotion ? { emotion: output.emotion } : {}),
    }),
    text,
  );
  const bytes = encodeOutput(samples, output.codec);
  const bytesPerFrame = Math.max(
    2,
    Math.round((output.sampleRate * output.frameMs) / 1000) * (output.codec === 'pcm' ? 2 : 1),
  );
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += bytesPerFrame) chunks.push(bytes.subarray(at, at + bytesPerFrame));
  return chunks;
}

/** Splits text into the sentences speech is produced in, each with its trailing punctuation. */
export function sentencesOf(text: string): string[] {
  return (text.match(/[^.!?。！？\n]+(?:[.!?。！？]+|\n|$)\s*/gu) ?? []).map((s) => s.trim()).filter(Boolean);
}
