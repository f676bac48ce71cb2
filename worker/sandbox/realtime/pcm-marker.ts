import { hash } from '../text';

/**
 * The sandbox hears no words, but it can recognise its own speech: every utterance it synthesizes
 * carries its text in the least significant bit of its first samples (a change of 1 in 32,768,
 * below anything a listener hears). A client that streams that PCM back, at the same rate, gets
 * the exact text; anything else gets a stand-in transcript. The mark is a 32-bit magic, the
 * text's UTF-8 length (16 bits), the utterance's length in samples (32 bits), a 16-bit check of
 * the text, then the text, one bit per sample, most significant bit first.
 */
const MAGIC = 0xc02e5a9d;
const HEADER_BITS = 32 + 16 + 32 + 16;

/** A recognised mark: the text, and how many samples the utterance it starts has. */
export interface SpeechMark {
  readonly text: string;
  readonly totalSamples: number;
  /** Index of the mark's first sample in the scanned samples. */
  readonly at: number;
}

/** Samples the mark of `text` needs: the most text one utterance can carry is 65,535 bytes. */
export function markLength(text: string): number {
  return HEADER_BITS + new TextEncoder().encode(text).length * 8;
}

function bitsOf(value: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => (value >>> (count - 1 - i)) & 1);
}

/**
 * Writes the mark of `text` into the start of `samples` (in place) and returns them; utterances
 * too short to hold it are left unmarked.
 * @example markSpeech(synthesize('hi', options), 'hi')
 */
export function markSpeech(samples: Int16Array, text: string): Int16Array {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > 0xffff) return samples;
  const bits = [
    ...bitsOf(MAGIC, 32),
    ...bitsOf(bytes.length, 16),
    ...bitsOf(samples.length, 32),
    ...bitsOf(hash(text) & 0xffff, 16),
    ...[...bytes].flatMap((byte) => bitsOf(byte, 8)),
  ];
  if (bits.length > samples.length) return samples;
  bits.forEach((bit, i) => (samples[i] = (samples[i]! & ~1) | bit));
  return samples;
}

function readBits(samples: Int16Array, from: number, count: number): number {
  let value = 0;
  for (let i = 0; i < count; i++) value = ((value << 1) | (samples[from + i]! & 1)) >>> 0;
  return value;
}

/**
 * The marks in `samples`, in order: every utterance of the sandbox's own speech they contain,
 * wherever it starts. A mark whose check fails (audio that only happens to match the magic) is skipped.
 */
export function findSpeechMarks(samples: Int16Array): SpeechMark[] {
  const marks: SpeechMark[] = [];
  let register = 0;
  for (let i = 0; i < samples.length; i++) {
    register = ((register << 1) | (samples[i]! & 1)) >>> 0;
    if (register !== MAGIC || i < 31) continue;
    const start = i - 31;
    const afterMagic = i + 1;
    if (afterMagic + HEADER_BITS - 32 > samples.length) break;
    const length = readBits(samples, afterMagic, 16);
    const totalSamples = readBits(samples, afterMagic + 16, 32);
    const check = readBits(samples, afterMagic + 48, 16);
    const textStart = afterMagic + 64;
    if (textStart + length * 8 > samples.length) break;
    const bytes = new Uint8Array(length);
    for (let b = 0; b < length; b++) bytes[b] = readBits(samples, textStart + b * 8, 8);
    const text = new TextDecoder().decode(bytes);
    if ((hash(text) & 0xffff) !== check) continue;
    marks.push({ text, totalSamples, at: start });
    i = textStart + length * 8 - 1;
    register = 0;
  }
  return marks;
}
