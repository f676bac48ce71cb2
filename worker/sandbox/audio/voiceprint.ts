import { hash } from '../text';
import type { AudioProbe } from './detect';
import { samplesOf } from './wav';

/**
 * A crude voiceprint of a recording: its median pitch, read from the samples of WAV and PCM;
 * compressed audio the sandbox cannot decode gets only a hash of its bytes.
 */
export interface VoiceSignature {
  /** Median pitch in Hz of the voiced stretches, 0 when none was found or not decodable. */
  readonly pitchHz: number;
  /** Hash of the bytes: equal hashes are the same recording. */
  readonly digest: number;
}

const WINDOW = 1024;

function pitchOf(samples: Int16Array, sampleRate: number, start: number): number {
  const minLag = Math.floor(sampleRate / 400);
  const maxLag = Math.min(WINDOW - 1, Math.ceil(sampleRate / 70));
  let energy = 0;
  for (let i = 0; i < WINDOW; i++) energy += samples[start + i]! ** 2;
  if (energy / WINDOW < 250_000) return 0;
  const scores: number[] = [];
  for (let lag = minLag; lag <= maxLag; lag++) {
    let sum = 0;
    for (let i = 0; i + lag < WINDOW; i++) sum += samples[start + i]! * samples[start + i + lag]!;
    scores.push(sum / (WINDOW - lag));
  }
  const best = Math.max(...scores);
  // The shortest lag nearly as good as the best: the period, not a multiple of it.
  const bestLag = minLag + scores.findIndex((score) => score >= best * 0.9);
  return bestLag > 0 && best > (energy / WINDOW) * 0.3 ? sampleRate / bestLag : 0;
}

/** The signature of a probed upload; `bytes` is the whole file. */
export function signatureOf(
  bytes: Uint8Array,
  probe: AudioProbe,
  pcmSampleRate = 16000,
  pcmChannels = 1,
): VoiceSignature {
  const digest = hash(String.fromCharCode(...bytes.subarray(0, 4096))) ^ bytes.length;
  const decodable = probe.format === 'pcm' || (probe.wav?.formatCode === 1 && probe.wav.bitsPerSample === 16);
  if (!decodable) return { pitchHz: 0, digest };
  const rate = probe.wav?.sampleRate ?? pcmSampleRate;
  const samples = probe.wav
    ? samplesOf(bytes, probe.wav.dataOffset, probe.wav.dataLength, probe.wav.channels)
    : samplesOf(bytes, 0, bytes.length - (bytes.length % (2 * pcmChannels)), pcmChannels);
  const used = samples.subarray(0, Math.min(samples.length, rate * 10));
  const pitches: number[] = [];
  for (let start = 0; start + WINDOW <= used.length && pitches.length < 40; start += WINDOW * 2) {
    const pitch = pitchOf(used, rate, start);
    if (pitch > 0) pitches.push(pitch);
  }
  pitches.sort((a, b) => a - b);
  return { pitchHz: pitches.length ? pitches[Math.floor(pitches.length / 2)]! : 0, digest };
}

/**
 * How alike two voices are, 0-100: 100 for the same recording; pitch decides the rest (a
 * semitone apart scores about 87, five semitones about 6); recordings without a pitch score low.
 * @example similarity(a, a) // 100
 */
export function similarity(a: VoiceSignature, b: VoiceSignature): number {
  if (a.digest === b.digest) return 100;
  if (a.pitchHz > 0 && b.pitchHz > 0) {
    const semitones = Math.abs(12 * Math.log2(a.pitchHz / b.pitchHz));
    return Math.round(98 * Math.exp(-((semitones / 3) ** 2)) * 100) / 100;
  }
  return 10 + (hash(`${a.digest}:${b.digest}`) % 2000) / 100;
}
