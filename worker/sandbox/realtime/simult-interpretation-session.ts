import { sleep, type Pace } from '../pace';
import type { SessionStore } from '../state';
import { CozeCode } from '../envelope';
import { toBase64 } from '../../../lib/audio-codecs';
import { AudioListener } from './listener';
import { applyOutputAudio, DEFAULT_OUTPUT, outputAudioView, speak, type OutputAudio } from './speaker';
import { appendedAudio, applyInputAudio, DEFAULT_INPUT, inputAudioView } from './transcription-session';
import { SessionError, type FrameWriter, type RealtimeSession } from './wire';

type Fields = Record<string, unknown>;
const fieldsOf = (value: unknown): Fields => (value && typeof value === 'object' ? (value as Fields) : {});

/** The languages @coze/api lists for `translate_config.from` and `.to`. */
const LANGUAGES = ['zh', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

interface TranslateConfig {
  readonly from: Language;
  readonly to: Language;
  readonly hotWords: readonly string[];
  readonly glossary: readonly { readonly original: string; readonly translation: string }[];
}

const DEFAULT_TRANSLATE: TranslateConfig = { from: 'zh', to: 'en', hotWords: [], glossary: [] };

/**
 * The sandbox cannot translate: its "translation" is the transcript behind a label that says so, in
 * the target language, with the glossary's terms put in (the one part of a translation it can do).
 */
export function standInTranslation(text: string, config: TranslateConfig): string {
  let body = text.trim();
  for (const { original, translation } of config.glossary) if (original) body = body.split(original).join(translation);
  const label = config.to === 'zh' ? '【沙盒替代译文，并非翻译】' : '[sandbox stand-in, not a translation] ';
  return `${label}${body}`;
}

function applyTranslateConfig(current: TranslateConfig, value: unknown): TranslateConfig {
  const input = fieldsOf(value);
  const language = (key: 'from' | 'to'): Language => {
    const given = input[key] ?? current[key];
    if (!LANGUAGES.includes(given as Language))
      throw new SessionError(CozeCode.badRequest, `invalid translate_config: ${key} must be zh or en`);
    return given as Language;
  };
  const glossary = Array.isArray(input['glossary'])
    ? input['glossary'].map((entry) => ({
        original: String(fieldsOf(entry)['original'] ?? ''),
        translation: String(fieldsOf(entry)['translation'] ?? ''),
      }))
    : current.glossary;
  const hotWords = Array.isArray(input['hot_words']) ? input['hot_words'].map(String) : current.hotWords;
  return { from: language('from'), to: language('to'), hotWords, glossary };
}

/** The transcript up to its last finished sentence (a stop followed by a space or the end). */
function finishedPart(text: string): string {
  const ends = [...text.matchAll(/[.!?。！？](?=\s|$)/gu)];
  const last = ends.at(-1);
  return last ? text.slice(0, last.index + last[0].length) : '';
}

/**
 * The simultaneous interpretation WebSocket (`/v1/audio/simult_interpretation`, @coze/api's
 * `websockets.audio.simultInterpretation`): audio arrives in chunks; each finished sentence of its
 * transcript goes out as `simult_interpretation.transcription.delta`, then its stand-in translation
 * as `.translation.delta` and that spoken by the sandbox's synthesizer as `.audio.delta` frames;
 * `input_audio_buffer.complete` flushes the rest and ends with `.message.completed`.
 */
export class SimultInterpretationSession implements RealtimeSession {
  private format = DEFAULT_INPUT;
  private output: OutputAudio = DEFAULT_OUTPUT;
  private translate = DEFAULT_TRANSLATE;
  private listener = new AudioListener(DEFAULT_INPUT);
  /** The transcript sent so far as deltas. */
  private sent = '';
  private queue: Promise<void> = Promise.resolve();
  private started = false;
  private closed = false;

  constructor(
    private readonly out: FrameWriter,
    private readonly store: SessionStore,
    private readonly pace: Pace,
  ) {
    out.send('simult_interpretation.created');
  }

  async receive(eventType: string, data: Fields): Promise<void> {
    switch (eventType) {
      case 'simult_interpretation.update':
        if (data['input_audio'] !== undefined) {
          this.format = applyInputAudio(this.format, data['input_audio']);
          this.listener = new AudioListener(this.format);
          this.sent = '';
        }
        if (data['output_audio'] !== undefined)
          this.output = await applyOutputAudio(this.store, this.output, data['output_audio']);
        if (data['translate_config'] !== undefined)
          this.translate = applyTranslateConfig(this.translate, data['translate_config']);
        this.out.send('simult_interpretation.updated', {
          input_audio: inputAudioView(this.format),
          output_audio: outputAudioView(this.output),
          translate_config: {
            from: this.translate.from,
            to: this.translate.to,
            hot_words: this.translate.hotWords,
            glossary: this.translate.glossary,
          },
        });
        return;
      case 'input_audio_buffer.append':
        this.listener.push(appendedAudio(data));
        this.interpret(finishedPart(this.listener.transcript()));
        return;
      case 'input_audio_buffer.complete': {
        this.out.send('input_audio_buffer.completed');
        this.interpret(this.listener.transcript());
        this.listener.reset();
        this.sent = '';
        this.queue = this.queue.then(() => {
          if (!this.closed) this.out.send('simult_interpretation.message.completed');
        });
        return;
      }
    }
  }

  /** Sends what `transcript` adds to the text sent so far, its stand-in translation and that spoken. */
  private interpret(transcript: string): void {
    // A stand-in transcript (audio the sandbox did not speak) may be reworded as more audio comes;
    // only text that extends what was sent is sent, and the rest at complete.
    const delta = transcript.startsWith(this.sent) ? transcript.slice(this.sent.length) : '';
    if (!delta.trim()) return;
    this.sent = transcript;
    const translation = standInTranslation(delta, this.translate);
    const output = this.output;
    this.queue = this.queue.then(async () => {
      if (this.closed) return;
      this.out.send('simult_interpretation.transcription.delta', { delta });
      this.out.send('simult_interpretation.translation.delta', { delta: translation });
      for (const chunk of speak(translation, output)) {
        await sleep(this.started ? this.pace.stepMs : this.pace.firstMs);
        this.started = true;
        if (this.closed) return;
        this.out.send('simult_interpretation.audio.delta', { delta: toBase64(chunk) });
      }
    });
  }

  close(): void {
    this.closed = true;
  }
}
