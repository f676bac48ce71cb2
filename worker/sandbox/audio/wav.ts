/**
 * RIFF/WAVE reading and writing for 16-bit PCM, the one audio format the sandbox can produce and
 * decode without a codec library.
 */

/** What a WAV header says, and where its samples are. */
export interface WavInfo {
  readonly sampleRate: number;
  readonly channels: number;
  readonly bitsPerSample: number;
  /** 1 for integer PCM. */
  readonly formatCode: number;
  readonly dataOffset: number;
  readonly dataLength: number;
  readonly durationMs: number;
  /** The LIST/INFO text chunks by id (`ICMT`, `ISFT`…), when the file has them. */
  readonly info: Readonly<Record<string, string>>;
}

const ascii = (bytes: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...bytes.subarray(at, at + length));

function infoChunk(info: Readonly<Record<string, string>>): Uint8Array {
  const encoder = new TextEncoder();
  const parts = Object.entries(info).map(([id, text]) => {
    const body = encoder.encode(`${text}\0`);
    const padded = new Uint8Array(8 + body.length + (body.length % 2));
    padded.set(encoder.encode(id.slice(0, 4).padEnd(4, ' ')), 0);
    new DataView(padded.buffer).setUint32(4, body.length, true);
    padded.set(body, 8);
    return padded;
  });
  const size = 4 + parts.reduce((sum, part) => sum + part.length, 0);
  const chunk = new Uint8Array(8 + size);
  chunk.set(encoder.encode('LIST'), 0);
  new DataView(chunk.buffer).setUint32(4, size, true);
  chunk.set(encoder.encode('INFO'), 8);
  let at = 12;
  for (const part of parts) {
    chunk.set(part, at);
    at += part.length;
  }
  return chunk;
}

/** Mono 16-bit samples as little-endian bytes: the `pcm` response format. */
export function pcmBytes(samples: Int16Array): Uint8Array {
  const out = new Uint8Array(samples.length * 2);
  const view = new DataView(out.buffer);
  samples.forEach((sample, i) => view.setInt16(i * 2, sample, true));
  return out;
}

/**
 * A mono 16-bit WAV file: the canonical 44-byte header, the samples, then an optional LIST/INFO
 * chunk (players skip it; the sandbox's transcription reads it back).
 * @example encodeWav(new Int16Array(24000), 24000) // one second of silence, 48 044 bytes
 */
export function encodeWav(
  samples: Int16Array,
  sampleRate: number,
  info: Readonly<Record<string, string>> = {},
): Uint8Array {
  const data = pcmBytes(samples);
  const list = Object.keys(info).length > 0 ? infoChunk(info) : new Uint8Array(0);
  const out = new Uint8Array(44 + data.length + list.length);
  const view = new DataView(out.buffer);
  const encoder = new TextEncoder();
  out.set(encoder.encode('RIFF'), 0);
  view.setUint32(4, out.length - 8, true);
  out.set(encoder.encode('WAVEfmt '), 8);
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  out.set(encoder.encode('data'), 36);
  view.setUint32(40, data.length, true);
  out.set(data, 44);
  out.set(list, 44 + data.length);
  return out;
}

function readInfo(bytes: Uint8Array, start: number, end: number): Record<string, string> {
  const info: Record<string, string> = {};
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = start; at + 8 <= end;) {
    const size = view.getUint32(at + 4, true);
    const text = new TextDecoder().decode(bytes.subarray(at + 8, Math.min(end, at + 8 + size)));
    info[ascii(bytes, at, 4)] = text.replace(/\0+$/, '');
    at += 8 + size + (size % 2);
  }
  return info;
}

/**
 * The header of a RIFF/WAVE file, walking its chunks; undefined when the bytes are not one or
 * the `fmt ` or `data` chunk is missing or cut short.
 */
export function parseWav(bytes: Uint8Array): WavInfo | undefined {
  if (bytes.length < 12 || ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 4) !== 'WAVE') return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let format: Pick<WavInfo, 'sampleRate' | 'channels' | 'bitsPerSample' | 'formatCode'> | undefined;
  let data: { offset: number; length: number } | undefined;
  let info: Record<string, string> = {};
  for (let at = 12; at + 8 <= bytes.length;) {
    const id = ascii(bytes, at, 4);
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === 'fmt ' && size >= 16 && body + 16 <= bytes.length) {
      format = {
        formatCode: view.getUint16(body, true),
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        bitsPerSample: view.getUint16(body + 14, true),
      };
    } else if (id === 'data') {
      data = { offset: body, length: Math.min(size, bytes.length - body) };
    } else if (id === 'LIST' && ascii(bytes, body, 4) === 'INFO') {
      info = readInfo(bytes, body + 4, Math.min(bytes.length, body + size));
    }
    at = body + size + (size % 2);
  }
  if (!format || !data || format.channels < 1 || format.sampleRate < 1 || format.bitsPerSample < 8) return undefined;
  const bytesPerSecond = format.sampleRate * format.channels * (format.bitsPerSample / 8);
  return {
    ...format,
    dataOffset: data.offset,
    dataLength: data.length,
    durationMs: Math.round((data.length / bytesPerSecond) * 1000),
    info,
  };
}

/** The first channel of 16-bit samples, from a WAV's data or from raw little-endian PCM. */
export function samplesOf(bytes: Uint8Array, offset = 0, length = bytes.length - offset, channels = 1): Int16Array {
  const frame = 2 * channels;
  const count = Math.floor(length / frame);
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, count * frame);
  const out = new Int16Array(count);
  for (let i = 0; i < count; i++) out[i] = view.getInt16(i * frame, true);
  return out;
}
