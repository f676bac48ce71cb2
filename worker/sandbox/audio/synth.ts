import { hash } from '../text';

/**
 * A tiny formant synthesizer, the sandbox's stand-in for a TTS model: each syllable of the text is
 * a voiced tone whose harmonics are shaped by two vowel formants, with a pitch contour, a soft
 * attack and release, and pauses at spaces and punctuation. It does not speak words, but its
 * length follows the text and `speed`, and its pitch follows the voice, so it sounds like speech
 * rhythm and plays anywhere.
 */
export interface SynthOptions {
  readonly sampleRate: number;
  /** 1 is normal; 2 is twice as fast, so half as long. */
  readonly speed: number;
  /** Volume change in percent, -50..100. */
  readonly loudnessRate: number;
  /** The voice's base pitch in Hz. */
  readonly pitchHz: number;
  readonly emotion?: string;
}

/** One unit of the text: a syllable to voice, or a pause. */
type Unit = { readonly kind: 'syllable'; readonly key: number } | { readonly kind: 'pause'; readonly seconds: number };

const SYLLABLE_SECONDS = 0.2;
/** The longest audio the sandbox writes, whatever the text (Coze caps input at 1024 bytes). */
export const MAX_SECONDS = 60;

// [F1, F2] of a, e, i, o, u: what makes each syllable sound like a different vowel.
const VOWELS: readonly (readonly [number, number])[] = [
  [800, 1200],
  [500, 1900],
  [300, 2300],
  [500, 900],
  [330, 800],
];

const PAUSES: Readonly<Record<string, number>> = {
  ' ': 0.06,
  ',': 0.22,
  '，': 0.22,
  '、': 0.18,
  ';': 0.28,
  '；': 0.28,
  ':': 0.25,
  '：': 0.25,
  '.': 0.4,
  '。': 0.4,
  '!': 0.4,
  '！': 0.4,
  '?': 0.4,
  '？': 0.4,
  '\n': 0.45,
};

/** Splits text into syllables (a Han character, or a vowel group of a word) and pauses. */
export function unitsOf(text: string): Unit[] {
  const units: Unit[] = [];
  for (const token of text.match(/\p{Script=Han}|[\p{L}\p{N}']+|\s+|[^\s\p{L}\p{N}]/gu) ?? []) {
    const pause = PAUSES[token[0]!];
    if (/^\s+$/.test(token) || pause !== undefined) {
      units.push({ kind: 'pause', seconds: pause ?? 0.06 });
    } else if (/\p{Script=Han}/u.test(token)) {
      units.push({ kind: 'syllable', key: token.codePointAt(0)! });
    } else {
      const groups = token.match(/[aeiouyáéíóúü]+|\d/giu) ?? [token];
      groups.forEach((group, i) => units.push({ kind: 'syllable', key: hash(`${token}:${group}:${i}`) }));
    }
  }
  return units;
}

/** Seconds of audio the text makes at this speed, before the cap. */
export function durationOf(text: string, speed: number): number {
  const seconds = unitsOf(text).reduce(
    (sum, unit) => sum + (unit.kind === 'pause' ? unit.seconds : SYLLABLE_SECONDS),
    0,
  );
  return Math.max(0.3, seconds / speed);
}

function emotionShift(emotion: string | undefined): { pitch: number; range: number } {
  switch (emotion) {
    case 'happy':
    case 'excited':
    case 'surprised':
      return { pitch: 1.15, range: 1.6 };
    case 'sad':
    case 'fear':
      return { pitch: 0.9, range: 0.6 };
    case 'angry':
    case 'hate':
      return { pitch: 1.05, range: 1.3 };
    case 'coldness':
      return { pitch: 0.95, range: 0.4 };
    default:
      return { pitch: 1, range: 1 };
  }
}

/**
 * Mono 16-bit samples for the text.
 * @example synthesize('你好', { sampleRate: 24000, speed: 1, loudnessRate: 0, pitchHz: 200 }).length // ≈ 0.4 s × 24000
 */
export function synthesize(text: string, options: SynthOptions): Int16Array {
  const { sampleRate, speed } = options;
  const total = Math.min(MAX_SECONDS, durationOf(text, speed));
  const out = new Int16Array(Math.round(total * sampleRate));
  const gain = Math.min(0.9, 0.3 * (1 + options.loudnessRate / 100));
  const mood = emotionShift(options.emotion);
  const nyquist = sampleRate / 2;
  let at = 0;
  let phase = 0;
  for (const unit of unitsOf(text)) {
    if (at >= out.length) break;
    if (unit.kind === 'pause') {
      at += Math.round((unit.seconds / speed) * sampleRate);
      continue;
    }
    const length = Math.min(out.length - at, Math.round((SYLLABLE_SECONDS / speed) * sampleRate));
    const [f1, f2] = VOWELS[unit.key % VOWELS.length]!;
    // A tone-like contour: each syllable glides up, down or stays level around the voice's pitch.
    // Kept narrow and centred on the voice's pitch (±3 %, a glide of ±4 % around it), so a voice
    // keeps its pitch across texts and voiceprints can tell voices apart.
    const start = options.pitchHz * mood.pitch * (1 + (((unit.key >> 3) % 5) - 2) * 0.015 * mood.range);
    const glide = (((unit.key >> 6) % 3) - 1) * 0.08 * mood.range;
    const harmonics = Math.max(1, Math.min(16, Math.floor(Math.min(4000, nyquist) / start)));
    const weights = Array.from({ length: harmonics }, (_, k) => {
      const f = (k + 1) * start;
      return 1 / (1 + ((f - f1) / 90) ** 2) + 0.6 / (1 + ((f - f2) / 120) ** 2) + 0.02;
    });
    const norm = weights.reduce((sum, w) => sum + w, 0);
    const attack = Math.max(1, Math.round(0.015 * sampleRate));
    const release = Math.max(1, Math.round(0.05 * sampleRate));
    for (let i = 0; i < length; i++) {
      const f0 = start * (1 + glide * (i / length - 0.5));
      phase += (2 * Math.PI * f0) / sampleRate;
      let value = 0;
      for (let k = 0; k < harmonics; k++) value += weights[k]! * Math.sin((k + 1) * phase);
      const envelope = Math.min(1, i / attack, (length - i) / release);
      out[at + i] = Math.round(Math.max(-1, Math.min(1, (gain * envelope * value) / norm)) * 32767);
    }
    at += length;
  }
  return out;
}
