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

/** One voiced syllable of a synthesis: where it sits and how it sounds. */
export interface Syllable {
  /** First sample. */
  readonly at: number;
  readonly length: number;
  /** Pitch at the start, Hz; it glides by `glide` (a fraction) across the syllable. */
  readonly startHz: number;
  readonly glide: number;
  /** Relative amplitude of each harmonic (1 = the fundamental), shaped by the vowel's formants; they sum to 1. */
  readonly weights: readonly number[];
  /** Peak amplitude, 0..1 of full scale. */
  readonly gain: number;
  /** Samples of the attack and the release. */
  readonly attack: number;
  readonly release: number;
}

/** The sound of a text: its total length in samples and its voiced syllables, for any encoder. */
export interface SpeechPlan {
  readonly sampleRate: number;
  readonly length: number;
  readonly syllables: readonly Syllable[];
}

/** Pitch (Hz) and envelope (0..1) of a syllable at sample `i` of it. */
export function syllableAt(syllable: Syllable, i: number): { hz: number; envelope: number } {
  return {
    hz: syllable.startHz * (1 + syllable.glide * (i / syllable.length - 0.5)),
    envelope: Math.max(0, Math.min(1, i / syllable.attack, (syllable.length - i) / syllable.release)),
  };
}

/** What the text sounds like, before any samples are made. */
export function planSpeech(text: string, options: SynthOptions): SpeechPlan {
  const { sampleRate, speed } = options;
  const total = Math.round(Math.min(MAX_SECONDS, durationOf(text, speed)) * sampleRate);
  const gain = Math.min(0.9, 0.3 * (1 + options.loudnessRate / 100));
  const mood = emotionShift(options.emotion);
  const nyquist = sampleRate / 2;
  const syllables: Syllable[] = [];
  let at = 0;
  for (const unit of unitsOf(text)) {
    if (at >= total) break;
    if (unit.kind === 'pause') {
      at += Math.round((unit.seconds / speed) * sampleRate);
      continue;
    }
    const length = Math.min(total - at, Math.round((SYLLABLE_SECONDS / speed) * sampleRate));
    const [f1, f2] = VOWELS[unit.key % VOWELS.length]!;
    // A tone-like contour: each syllable glides up, down or stays level around the voice's pitch.
    // Kept narrow and centred on the voice's pitch (±3 %, a glide of ±4 % around it), so a voice
    // keeps its pitch across texts and voiceprints can tell voices apart.
    const startHz = options.pitchHz * mood.pitch * (1 + (((unit.key >> 3) % 5) - 2) * 0.015 * mood.range);
    const glide = (((unit.key >> 6) % 3) - 1) * 0.08 * mood.range;
    const harmonics = Math.max(1, Math.min(16, Math.floor(Math.min(4000, nyquist) / startHz)));
    const raw = Array.from({ length: harmonics }, (_, k) => {
      const f = (k + 1) * startHz;
      return 1 / (1 + ((f - f1) / 90) ** 2) + 0.6 / (1 + ((f - f2) / 120) ** 2) + 0.02;
    });
    const norm = raw.reduce((sum, w) => sum + w, 0);
    syllables.push({
      at,
      length,
      startHz,
      glide,
      weights: raw.map((w) => w / norm),
      gain,
      attack: Math.max(1, Math.round(0.015 * sampleRate)),
      release: Math.max(1, Math.round(0.05 * sampleRate)),
    });
    at += length;
  }
  return { sampleRate, length: total, syllables };
}

/**
 * Mono 16-bit samples for the text.
 * @example synthesize('你好', { sampleRate: 24000, speed: 1, loudnessRate: 0, pitchHz: 200 }).length // ≈ 0.4 s × 24000
 */
export function synthesize(text: string, options: SynthOptions): Int16Array {
  const plan = planSpeech(text, options);
  const out = new Int16Array(plan.length);
  let phase = 0;
  for (const syllable of plan.syllables) {
    for (let i = 0; i < syllable.length; i++) {
      const { hz, envelope } = syllableAt(syllable, i);
      phase += (2 * Math.PI * hz) / plan.sampleRate;
      let value = 0;
      for (let k = 0; k < syllable.weights.length; k++) value += syllable.weights[k]! * Math.sin((k + 1) * phase);
      out[syllable.at + i] = Math.round(Math.max(-1, Math.min(1, syllable.gain * envelope * value)) * 32767);
    }
  }
  return out;
}
