import { readMp3 } from './mp3';
import { parseWav, type WavInfo } from './wav';

/** Audio containers the sandbox recognises by their first bytes (and `pcm`, by name or type). */
export type AudioFormat = 'wav' | 'mp3' | 'ogg' | 'opus' | 'spx' | 'm4a' | 'aac' | 'amr' | 'flac' | 'pcm';

/** What the sandbox learned about an uploaded recording. */
export interface AudioProbe {
  readonly format: AudioFormat;
  /** Exact for WAV and PCM (from the header, or the declared rate), estimated from the size otherwise. */
  readonly durationMs: number;
  readonly wav?: WavInfo;
  /** Text an MP3's ID3 tag carries (TXXX frames by description). */
  readonly mp3Texts?: Readonly<Record<string, string>>;
}

const startsWith = (bytes: Uint8Array, text: string, at = 0) =>
  text.split('').every((char, i) => bytes[at + i] === char.charCodeAt(0));

function containerOf(bytes: Uint8Array): AudioFormat | undefined {
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WAVE', 8)) return 'wav';
  if (startsWith(bytes, 'ID3') || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe6) === 0xe2)) return 'mp3';
  if (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xf6) === 0xf0) return 'aac';
  if (startsWith(bytes, 'OggS')) {
    const head = String.fromCharCode(...bytes.subarray(0, 80));
    return head.includes('OpusHead') ? 'opus' : head.includes('Speex') ? 'spx' : 'ogg';
  }
  if (startsWith(bytes, 'ftyp', 4)) return 'm4a';
  if (startsWith(bytes, '#!AMR')) return 'amr';
  if (startsWith(bytes, 'fLaC')) return 'flac';
  return undefined;
}

/** Average bit rates used to estimate the length of compressed audio, bits per second. */
const BIT_RATES: Readonly<Record<AudioFormat, number>> = {
  wav: 256_000,
  pcm: 256_000,
  mp3: 128_000,
  ogg: 96_000,
  opus: 32_000,
  spx: 24_000,
  m4a: 128_000,
  aac: 128_000,
  amr: 12_200,
  flac: 700_000,
};

/**
 * The format and length of an upload: its container from the magic bytes; raw PCM when it has
 * none but its name or type says pcm/raw (16-bit samples at `pcmSampleRate` × `pcmChannels`).
 * Undefined when it is neither, or a WAV whose header is broken.
 */
export function probeAudio(
  bytes: Uint8Array,
  file: { readonly name?: string; readonly type?: string },
  pcmSampleRate = 16000,
  pcmChannels = 1,
): AudioProbe | undefined {
  const container = containerOf(bytes);
  if (container === 'wav') {
    const wav = parseWav(bytes);
    return wav ? { format: 'wav', durationMs: wav.durationMs, wav } : undefined;
  }
  if (container === 'mp3') {
    const mp3 = readMp3(bytes);
    if (mp3) return { format: 'mp3', durationMs: mp3.durationMs, mp3Texts: mp3.texts };
  }
  if (container) return { format: container, durationMs: Math.round((bytes.length * 8 * 1000) / BIT_RATES[container]) };
  const raw = /\.(pcm|raw)$/i.test(file.name ?? '') || /audio\/(pcm|l16|raw)|octet-stream/i.test(file.type ?? '');
  if (!raw) return undefined;
  return { format: 'pcm', durationMs: Math.round((bytes.length / (2 * pcmSampleRate * pcmChannels)) * 1000) };
}
