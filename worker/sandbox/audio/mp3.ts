import { syllableAt, type SpeechPlan } from './synth';

/**
 * An MP3 (MPEG audio Layer III) writer for the sandbox's speech. It does not analyse samples (that
 * takes the standard's filterbank tables and a psychoacoustic model); it writes the spectrum of
 * the synthesizer's own sound straight into each granule: the harmonics of the syllable's pitch
 * as spectral lines, the vowel's strong ones kept, the loudness in the global gain. Any decoder
 * turns that back into the same voiced tones with the same rhythm. MPEG-1 for 32, 44.1 and 48 kHz,
 * MPEG-2 for 16, 22.05 and 24 kHz, MPEG-2.5 for 8 kHz; mono, constant bit rate, no CRC.
 */

interface Version {
  /** The header's 2-bit version id: 3 MPEG-1, 2 MPEG-2, 0 MPEG-2.5. */
  readonly id: number;
  readonly granules: 1 | 2;
  readonly sideInfoBytes: number;
  readonly bitrateIndex: number;
  readonly kbps: number;
  readonly rates: readonly number[];
}

const MPEG1: Version = {
  id: 3,
  granules: 2,
  sideInfoBytes: 17,
  bitrateIndex: 5,
  kbps: 64,
  rates: [44100, 48000, 32000],
};
const MPEG2: Version = {
  id: 2,
  granules: 1,
  sideInfoBytes: 9,
  bitrateIndex: 4,
  kbps: 32,
  rates: [22050, 24000, 16000],
};
const MPEG25: Version = {
  id: 0,
  granules: 1,
  sideInfoBytes: 9,
  bitrateIndex: 4,
  kbps: 32,
  rates: [11025, 12000, 8000],
};

/** The sample rates an MP3 can have. */
export const MP3_SAMPLE_RATES: readonly number[] = [MPEG1, MPEG2, MPEG25].flatMap((version) => version.rates);

/** Samples per granule, and spectral lines per granule (long blocks). */
const GRANULE = 576;

class BitWriter {
  readonly bytes: Uint8Array;
  private bit = 0;
  constructor(length: number) {
    this.bytes = new Uint8Array(length);
  }
  write(value: number, bits: number): void {
    for (let i = bits - 1; i >= 0; i--) {
      if ((value >> i) & 1) this.bytes[this.bit >> 3]! |= 0x80 >> (this.bit & 7);
      this.bit++;
    }
  }
  get position(): number {
    return this.bit;
  }
}

// Huffman table 1 of ISO/IEC 11172-3 (pairs of values 0..1): [code, length] for (x, y).
const TABLE1: Readonly<Record<string, readonly [number, number]>> = {
  '0,0': [0b1, 1],
  '0,1': [0b001, 3],
  '1,0': [0b01, 2],
  '1,1': [0b000, 3],
};

/** One granule's spectrum: the sign (+1/-1) of each line that carries a harmonic, and the gain. */
interface Granule {
  readonly lines: ReadonlyMap<number, 1 | -1>;
  readonly globalGain: number;
}

/** The main data (Huffman-coded big values) of a granule, and its length in bits. */
function mainData(granule: Granule): { pairs: number; write: (out: BitWriter) => void; bits: number } {
  const last = Math.max(-1, ...granule.lines.keys());
  const pairs = Math.min(288, Math.ceil((last + 1) / 2));
  let bits = 0;
  for (let p = 0; p < pairs; p++) {
    const x = granule.lines.has(2 * p) ? 1 : 0;
    const y = granule.lines.has(2 * p + 1) ? 1 : 0;
    bits += TABLE1[`${x},${y}`]![1] + x + y;
  }
  const write = (out: BitWriter) => {
    for (let p = 0; p < pairs; p++) {
      const sx = granule.lines.get(2 * p);
      const sy = granule.lines.get(2 * p + 1);
      const [code, length] = TABLE1[`${sx ? 1 : 0},${sy ? 1 : 0}`]!;
      out.write(code, length);
      if (sx) out.write(sx < 0 ? 1 : 0, 1);
      if (sy) out.write(sy < 0 ? 1 : 0, 1);
    }
  };
  return { pairs, write, bits };
}

/** What granule `g` sounds like in the plan: the voiced syllable at its centre, if any. */
function granuleOf(plan: SpeechPlan, g: number): Granule {
  const centre = g * GRANULE + GRANULE / 2;
  const syllable = plan.syllables.find((s) => centre >= s.at && centre < s.at + s.length);
  if (!syllable) return { lines: new Map(), globalGain: 0 };
  const { hz, envelope } = syllableAt(syllable, centre - syllable.at);
  const amplitude = syllable.gain * envelope;
  if (amplitude < 1e-4) return { lines: new Map(), globalGain: 0 };
  const strongest = Math.max(...syllable.weights);
  const lineHz = plan.sampleRate / (2 * GRANULE);
  const lines = new Map<number, 1 | -1>();
  syllable.weights.forEach((weight, k) => {
    if (weight < strongest * 0.2) return;
    const line = Math.round(((k + 1) * hz) / lineHz - 0.5);
    if (line < 0 || line >= GRANULE) return;
    // A steady tone's MDCT coefficients turn by π(line + ½) each granule: following that keeps
    // the overlapping granules adding up to a continuous tone.
    lines.set(line, Math.cos(Math.PI / 4 + Math.PI * (line + 0.5) * g) >= 0 ? 1 : -1);
  });
  // A quantized value of 1 becomes 2^((gain - 210) / 4) of full scale; the lines share the amplitude.
  const level = amplitude / Math.sqrt(Math.max(1, lines.size));
  const globalGain = Math.max(0, Math.min(255, Math.round(210 + 4 * Math.log2(level * GAIN_CALIBRATION))));
  return { lines, globalGain };
}

/** Scales a line's amplitude to a decoder's output level (measured with ffmpeg's decoder). */
const GAIN_CALIBRATION = 0.43;

function versionOf(sampleRate: number): Version {
  const version = [MPEG1, MPEG2, MPEG25].find((candidate) => candidate.rates.includes(sampleRate));
  if (!version) throw new RangeError(`MP3 has no sample rate ${sampleRate}`);
  return version;
}

/**
 * The plan's speech as an MP3 stream: one frame per 1152 samples (MPEG-1) or 576 (MPEG-2/2.5),
 * covering the whole plan.
 * @example encodeMp3(planSpeech('你好', { sampleRate: 24000, speed: 1, loudnessRate: 0, pitchHz: 200 }))
 */
export function encodeMp3(plan: SpeechPlan): Uint8Array {
  const version = versionOf(plan.sampleRate);
  const rateIndex = version.rates.indexOf(plan.sampleRate);
  const samplesPerFrame = version.granules * GRANULE;
  const frames = Math.max(1, Math.ceil(plan.length / samplesPerFrame));
  // Bytes per frame: bitrate × samples / 8 / rate, a padding byte now and then to hold the bit rate.
  const exact = (version.kbps * 1000 * samplesPerFrame) / 8 / plan.sampleRate;
  const chunks: Uint8Array[] = [];
  let owed = 0;
  for (let f = 0; f < frames; f++) {
    owed += exact - Math.floor(exact);
    const padding = owed >= 1 ? 1 : 0;
    owed -= padding;
    const out = new BitWriter(Math.floor(exact) + padding);
    out.write(0x7ff, 11);
    out.write(version.id, 2);
    out.write(1, 2); // Layer III
    out.write(1, 1); // no CRC
    out.write(version.bitrateIndex, 4);
    out.write(rateIndex, 2);
    out.write(padding, 1);
    out.write(0, 1); // private
    out.write(3, 2); // mono
    out.write(0, 2); // mode extension
    out.write(0, 1); // copyright
    out.write(1, 1); // original
    out.write(0, 2); // emphasis
    const granules = Array.from({ length: version.granules }, (_, i) => granuleOf(plan, f * version.granules + i));
    const data = granules.map(mainData);
    // Side info; main data starts in this frame (main_data_begin 0), with no scale factors.
    out.write(0, version.granules === 2 ? 9 : 8); // main_data_begin
    out.write(0, version.granules === 2 ? 5 : 1); // private bits
    if (version.granules === 2) out.write(0, 4); // scfsi
    granules.forEach((granule, i) => {
      out.write(data[i]!.bits, 12); // part2_3_length
      out.write(data[i]!.pairs, 9); // big_values
      out.write(granule.globalGain, 8);
      out.write(0, version.granules === 2 ? 4 : 9); // scalefac_compress: no scale factors
      out.write(0, 1); // long blocks
      for (let region = 0; region < 3; region++) out.write(1, 5); // every region in table 1
      out.write(15, 4); // region0_count
      out.write(7, 3); // region1_count
      if (version.granules === 2) out.write(0, 1); // preflag
      out.write(0, 1); // scalefac_scale
      out.write(0, 1); // count1table_select
    });
    for (const granule of data) granule.write(out);
    if (out.position > out.bytes.length * 8) throw new RangeError('MP3 frame overflow');
    chunks.push(out.bytes);
  }
  const stream = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    stream.set(chunk, at);
    at += chunk.length;
  }
  return stream;
}

const syncsafe = (value: number) => [(value >> 21) & 0x7f, (value >> 14) & 0x7f, (value >> 7) & 0x7f, value & 0x7f];

/**
 * An ID3v2.4 tag of user text frames (TXXX, UTF-8), one per entry: how a sandbox MP3 carries what
 * its WAV carries in the INFO chunk (the text it says, who made it).
 */
export function id3Tag(texts: Readonly<Record<string, string>>): Uint8Array {
  const encoder = new TextEncoder();
  const frames = Object.entries(texts).map(([description, value]) => {
    const body = [3, ...encoder.encode(description), 0, ...encoder.encode(value)];
    return [...encoder.encode('TXXX'), ...syncsafe(body.length), 0, 0, ...body];
  });
  const size = frames.reduce((sum, frame) => sum + frame.length, 0);
  return new Uint8Array([...encoder.encode('ID3'), 4, 0, 0, ...syncsafe(size), ...frames.flat()]);
}

/** What an MP3 stream holds: its ID3 user texts, sample rate and length, read frame by frame. */
export interface Mp3Info {
  readonly sampleRate: number;
  readonly frames: number;
  readonly durationMs: number;
  /** TXXX frames of a leading ID3v2.3/2.4 tag, by description. */
  readonly texts: Readonly<Record<string, string>>;
}

const KBPS = {
  1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
} as const;

function readTexts(bytes: Uint8Array, end: number, v4: boolean): Record<string, string> {
  const texts: Record<string, string> = {};
  const decoder = new TextDecoder();
  let at = 10;
  while (at + 10 <= end) {
    const id = String.fromCharCode(...bytes.subarray(at, at + 4));
    const raw = (bytes[at + 4]! << 24) | (bytes[at + 5]! << 16) | (bytes[at + 6]! << 8) | bytes[at + 7]!;
    const size = v4
      ? ((raw >> 24) & 0x7f) * 2 ** 21 + ((raw >> 16) & 0x7f) * 2 ** 14 + ((raw >> 8) & 0x7f) * 128 + (raw & 0x7f)
      : raw;
    if (!/^[A-Z0-9]{4}$/.test(id) || size <= 0) break;
    const body = bytes.subarray(at + 10, at + 10 + size);
    if (id === 'TXXX' && (body[0] === 0 || body[0] === 3)) {
      const nul = body.indexOf(0, 1);
      if (nul > 0) texts[decoder.decode(body.subarray(1, nul))] = decoder.decode(body.subarray(nul + 1));
    }
    at += 10 + size;
  }
  return texts;
}

/** Reads an MP3 stream's tag and walks its Layer III frames; undefined when no frame is found. */
export function readMp3(bytes: Uint8Array): Mp3Info | undefined {
  let at = 0;
  let texts: Record<string, string> = {};
  if (bytes[0] === 0x49 && bytes[1] === 0x44 && bytes[2] === 0x33 && bytes.length >= 10) {
    const size = (bytes[6]! << 21) | (bytes[7]! << 14) | (bytes[8]! << 7) | bytes[9]!;
    texts = readTexts(bytes, Math.min(bytes.length, 10 + size), bytes[3] === 4);
    at = 10 + size;
  }
  let frames = 0;
  let samples = 0;
  let sampleRate = 0;
  while (at + 4 <= bytes.length) {
    const b1 = bytes[at + 1]!;
    const b2 = bytes[at + 2]!;
    if (bytes[at] !== 0xff || (b1 & 0xe0) !== 0xe0 || ((b1 >> 1) & 3) !== 1) break;
    const versionId = (b1 >> 3) & 3;
    const rates =
      versionId === 3 ? MPEG1.rates : versionId === 2 ? MPEG2.rates : versionId === 0 ? MPEG25.rates : undefined;
    const kbps = KBPS[versionId === 3 ? 1 : 2][b2 >> 4];
    const rate = rates?.[(b2 >> 2) & 3];
    if (!rate || !kbps) break;
    const perFrame = versionId === 3 ? 1152 : 576;
    const length = Math.floor(((perFrame / 8) * kbps * 1000) / rate) + ((b2 >> 1) & 1);
    if (at + length > bytes.length) break;
    sampleRate = rate;
    frames++;
    samples += perFrame;
    at += length;
  }
  if (frames === 0) return undefined;
  return { sampleRate, frames, durationMs: Math.round((samples / sampleRate) * 1000), texts };
}
