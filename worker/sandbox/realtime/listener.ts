import { parseWav } from '../audio/wav';
import { hash, pick } from '../text';
import { decodeInput, type InputFormat } from '../../../lib/audio-codecs';
import { findSpeechMarks, type SpeechMark } from './pcm-marker';

/** Voice activity as the listener heard it in the last chunk. */
export interface Activity {
  readonly started: boolean;
  readonly stopped: boolean;
}

// A 20 ms window is voiced above this RMS (about -35 dBFS): the sandbox's own speech sits near -15
// dBFS, a quiet room under -50.
const VOICED_RMS = 600;
const WINDOW_MS = 20;
// Voiced windows in a row that count as the start of speech (60 ms), so a click does not.
const START_WINDOWS = 3;
// Samples kept for recognition: three minutes at 24 kHz. Later audio is counted, not kept.
const MAX_KEPT_SAMPLES = 3 * 60 * 24000;
// How far back a mark may start and still be completed by the next chunk: a header and 4 KiB of text.
const MARK_WINDOW = 96 + 4096 * 8;
// Bytes per second of audio the sandbox cannot decode (Opus at a typical 32 kbit/s), to size a stand-in.
const OPAQUE_BYTES_PER_SECOND = 4000;

const STAND_IN_EN = [
  "What's the weather like in Hangzhou tomorrow?",
  'Tell me a short story about the sea.',
  'Can you recommend a quiet place for lunch?',
  'Please read me the latest headlines.',
  'How do I stream the answer as it is written?',
  'Remind me to call Li Wei at three.',
];

/**
 * Hears a stream of input audio: decodes it, finds where speech starts and stops (an energy
 * voice-activity detector on 20 ms windows), and recognises it. The sandbox recognises exactly its
 * own synthesized speech, by the mark in its samples ({@link findSpeechMarks}); for any other audio
 * it writes a stand-in transcript, labelled as one, whose length follows the speech heard.
 */
export class AudioListener {
  private samples = new Int16Array(24000);
  private length = 0;
  private totalSamples = 0;
  private opaqueBytes = 0;
  private pending = new Uint8Array(0);
  private headerChecked = false;
  private marks: SpeechMark[] = [];
  private scannedTo = 0;
  private voicedWindows = 0;
  private silentMs = 0;
  private voicedRun = 0;
  private speaking = false;
  private windowSum = 0;
  private windowCount = 0;

  constructor(
    private format: InputFormat,
    private readonly silenceMs = 500,
  ) {}

  /** Whether the codec is one the sandbox decodes (not Opus). */
  get decodable(): boolean {
    return this.format.codec === 'pcm' || this.format.codec === 'g711a' || this.format.codec === 'g711u';
  }

  /** Milliseconds of audio heard so far. */
  get durationMs(): number {
    if (!this.decodable) return Math.round((this.opaqueBytes / OPAQUE_BYTES_PER_SECOND) * 1000);
    return Math.round((this.totalSamples / this.format.sampleRate) * 1000);
  }

  /** Whether speech is going on now (server VAD). */
  get inSpeech(): boolean {
    return this.speaking;
  }

  /** Takes the next chunk of audio as the client sent it, and says whether speech started or stopped in it. */
  push(chunk: Uint8Array): Activity {
    if (!this.decodable) {
      this.opaqueBytes += chunk.length;
      return { started: false, stopped: false };
    }
    let bytes = concat(this.pending, chunk);
    if (!this.headerChecked && bytes.length >= 12) {
      this.headerChecked = true;
      // A `wav` stream starts with its header: read the format from it, then skip to the samples.
      const wav = parseWav(bytes);
      if (wav) {
        this.format = {
          ...this.format,
          sampleRate: wav.sampleRate,
          channels: wav.channels,
          bitDepth: wav.bitsPerSample,
        };
        bytes = bytes.subarray(wav.dataOffset);
      }
    }
    const { samples, rest } = decodeInput(bytes, this.format);
    this.pending = bytes.slice(bytes.length - rest);
    this.keep(samples);
    return this.detect(samples);
  }

  private keep(samples: Int16Array): void {
    this.totalSamples += samples.length;
    const room = MAX_KEPT_SAMPLES - this.length;
    if (room <= 0) return;
    const take = samples.subarray(0, room);
    if (this.length + take.length > this.samples.length) {
      const grown = new Int16Array(
        Math.min(MAX_KEPT_SAMPLES, Math.max(this.samples.length * 2, this.length + take.length)),
      );
      grown.set(this.samples.subarray(0, this.length));
      this.samples = grown;
    }
    this.samples.set(take, this.length);
    this.length += take.length;
    const from = Math.max(this.scannedTo, 0);
    const found = findSpeechMarks(this.samples.subarray(from, this.length)).map((mark) => ({
      ...mark,
      at: mark.at + from,
    }));
    this.marks.push(...found);
    const last = found.at(-1);
    this.scannedTo = last ? last.at + 1 : Math.max(this.scannedTo, this.length - MARK_WINDOW);
  }

  private detect(samples: Int16Array): Activity {
    const windowSamples = Math.max(1, Math.round((this.format.sampleRate * WINDOW_MS) / 1000));
    let started = false;
    let stopped = false;
    for (const sample of samples) {
      this.windowSum += sample * sample;
      this.windowCount++;
      if (this.windowCount < windowSamples) continue;
      const voiced = Math.sqrt(this.windowSum / this.windowCount) > VOICED_RMS;
      this.windowSum = 0;
      this.windowCount = 0;
      if (voiced) {
        this.voicedWindows++;
        this.voicedRun++;
        this.silentMs = 0;
        if (!this.speaking && this.voicedRun >= START_WINDOWS) {
          this.speaking = true;
          started = true;
        }
      } else {
        this.voicedRun = 0;
        this.silentMs += WINDOW_MS;
        if (this.speaking && this.silentMs >= this.silenceMs) {
          this.speaking = false;
          stopped = true;
        }
      }
    }
    return { started, stopped };
  }

  /**
   * What was said so far: the text of each of the sandbox's own utterances heard, as far as its
   * audio has arrived (all of it once it has); else a stand-in as long as the speech heard.
   */
  transcript(): string {
    if (this.marks.length) {
      const parts = this.marks.map((mark) => {
        const heard = Math.min(this.length, mark.at + mark.totalSamples) - mark.at;
        const chars = [...mark.text];
        const share = heard >= mark.totalSamples * 0.98 ? 1 : heard / mark.totalSamples;
        return chars.slice(0, Math.round(chars.length * share)).join('');
      });
      return parts.filter(Boolean).join(' ');
    }
    const seconds = this.decodable ? (this.voicedWindows * WINDOW_MS) / 1000 : this.durationMs / 1000;
    if (seconds < 0.1) return '';
    // Chosen by the first samples, so the stand-in keeps its words while the audio streams in.
    const key = String(hash(String(this.samples.subarray(0, Math.min(512, this.length)))));
    const words = pick(STAND_IN_EN, key).split(' ');
    // About two and a half words a second, at least one.
    const count = Math.max(1, Math.min(words.length, Math.round(seconds * 2.5)));
    return `[sandbox stand-in for ${seconds.toFixed(1)} s of speech] ${words.slice(0, count).join(' ')}`;
  }

  /** Forgets the audio heard (a new turn, or input_audio_buffer.clear); the format stays. */
  reset(): void {
    this.length = 0;
    this.totalSamples = 0;
    this.opaqueBytes = 0;
    this.pending = new Uint8Array(0);
    this.headerChecked = false;
    this.marks = [];
    this.scannedTo = 0;
    this.voicedWindows = 0;
    this.silentMs = 0;
    this.voicedRun = 0;
    this.speaking = false;
    this.windowSum = 0;
    this.windowCount = 0;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
