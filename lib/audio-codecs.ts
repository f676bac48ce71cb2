/**
 * The audio the realtime sandbox reads and writes: 16-bit PCM (any rate, mono or the first channel
 * of stereo; 8- and 24-bit input converted), and G.711 A-law and µ-law (ITU-T G.711), which are
 * simple enough to encode and decode exactly. The sandbox has no Opus or MP3 codec, so it says so
 * rather than send bytes that are not what they claim.
 */

/** What the client says its audio is (chat.update's `input_audio`, transcriptions.update's). */
export interface InputFormat {
  readonly format: string;
  readonly codec: string;
  readonly sampleRate: number;
  readonly channels: number;
  readonly bitDepth: number;
}

/** Codecs the sandbox can decode from a client and encode for one. */
export const DECODABLE = ['pcm', 'g711a', 'g711u'] as const;

/** Decodes one byte of G.711 µ-law to a 16-bit sample. */
export function ulawToLinear(byte: number): number {
  const u = ~byte & 0xff;
  const t = (((u & 0x0f) << 3) + 0x84) << ((u & 0x70) >> 4);
  return u & 0x80 ? 0x84 - t : t - 0x84;
}

/** Decodes one byte of G.711 A-law to a 16-bit sample. */
export function alawToLinear(byte: number): number {
  const a = byte ^ 0x55;
  const segment = (a & 0x70) >> 4;
  let t = (a & 0x0f) << 4;
  t = segment === 0 ? t + 8 : segment === 1 ? t + 0x108 : (t + 0x108) << (segment - 1);
  return a & 0x80 ? t : -t;
}

// Segment ends of G.711's 13-bit (A-law) and 14-bit (µ-law) magnitudes, as in the ITU reference code.
const ALAW_ENDS = [0x1f, 0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff];
const ULAW_ENDS = [0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff, 0x1fff];

/** The first segment whose end is at least `value`, or 8 when none is (the value clips). */
function segmentOf(value: number, ends: readonly number[]): number {
  const index = ends.findIndex((end) => value <= end);
  return index < 0 ? 8 : index;
}

/** Encodes a 16-bit sample as G.711 µ-law. */
export function linearToUlaw(sample: number): number {
  let pcm = sample >> 2;
  const mask = pcm < 0 ? 0x7f : 0xff;
  pcm = Math.min(Math.abs(pcm), 8159) + (0x84 >> 2);
  const segment = segmentOf(pcm, ULAW_ENDS);
  if (segment >= 8) return 0x7f ^ mask;
  return ((segment << 4) | ((pcm >> (segment + 1)) & 0x0f)) ^ mask;
}

/** Encodes a 16-bit sample as G.711 A-law. */
export function linearToAlaw(sample: number): number {
  let pcm = sample >> 3;
  const mask = pcm >= 0 ? 0xd5 : 0x55;
  if (pcm < 0) pcm = -pcm - 1;
  const segment = segmentOf(pcm, ALAW_ENDS);
  if (segment >= 8) return 0x7f ^ mask;
  return ((segment << 4) | (segment < 2 ? (pcm >> 1) & 0x0f : (pcm >> segment) & 0x0f)) ^ mask;
}

/** Mono 16-bit samples as the bytes of an output codec: little-endian PCM, or one G.711 byte each. */
export function encodeOutput(samples: Int16Array, codec: 'pcm' | 'g711a' | 'g711u'): Uint8Array {
  if (codec === 'pcm') {
    const out = new Uint8Array(samples.length * 2);
    const view = new DataView(out.buffer);
    samples.forEach((sample, i) => view.setInt16(i * 2, sample, true));
    return out;
  }
  const encode = codec === 'g711a' ? linearToAlaw : linearToUlaw;
  return Uint8Array.from(samples, (sample) => encode(sample));
}

/**
 * Mono 16-bit samples from the bytes of an input stream in `format`, and how many bytes at the
 * end were left over (an incomplete frame, kept for the next chunk). A WAV header at the start is
 * the caller's to strip; here the bytes are the audio itself.
 */
export function decodeInput(bytes: Uint8Array, format: InputFormat): { samples: Int16Array; rest: number } {
  if (format.codec === 'g711a' || format.codec === 'g711u') {
    const decode = format.codec === 'g711a' ? alawToLinear : ulawToLinear;
    const frames = Math.floor(bytes.length / format.channels);
    const out = new Int16Array(frames);
    for (let i = 0; i < frames; i++) out[i] = decode(bytes[i * format.channels]!);
    return { samples: out, rest: bytes.length - frames * format.channels };
  }
  const width = Math.max(1, Math.round(format.bitDepth / 8));
  const frame = width * format.channels;
  const frames = Math.floor(bytes.length / frame);
  const out = new Int16Array(frames);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < frames; i++) {
    const at = i * frame;
    // The first channel; 8-bit PCM is unsigned, 24-bit keeps its top 16 bits.
    out[i] =
      width === 1 ? (bytes[at]! - 128) << 8 : width === 3 ? view.getInt16(at + 1, true) : view.getInt16(at, true);
  }
  return { samples: out, rest: bytes.length - frames * frame };
}

/** Base64 of bytes, as audio travels inside frames. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Bytes of a base64 string, or undefined when it is not base64. */
export function fromBase64(text: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}
