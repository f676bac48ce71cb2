import { sleep, type Pace } from '../pace';
import type { SessionStore } from '../state';
import { toBase64 } from '../../../lib/audio-codecs';
import { applyOutputAudio, DEFAULT_OUTPUT, outputAudioView, sentencesOf, speak, type OutputAudio } from './speaker';
import { SessionError, type FrameWriter, type RealtimeSession } from './wire';

/** Coze's code when one text request is over 1024 bytes. */
const TEXT_TOO_LONG = 3010;
const MAX_TEXT_BYTES = 1024;

/**
 * The duplex speech synthesis WebSocket (`/v1/audio/speech`): text arrives piece by piece and
 * every finished sentence is spoken at once, so audio starts before the text is complete; the
 * rest is spoken at `input_text_buffer.complete`, then `speech.audio.completed`.
 */
export class SpeechSession implements RealtimeSession {
  private output: OutputAudio = DEFAULT_OUTPUT;
  private buffer = '';
  private queue: Promise<void> = Promise.resolve();
  private closed = false;
  private started = false;

  constructor(
    private readonly out: FrameWriter,
    private readonly store: SessionStore,
    private readonly pace: Pace,
  ) {
    out.send('speech.created');
  }

  async receive(eventType: string, data: Record<string, unknown>): Promise<void> {
    switch (eventType) {
      case 'speech.update':
        if (data['output_audio'] !== undefined)
          this.output = await applyOutputAudio(this.store, this.output, data['output_audio']);
        this.out.send('speech.updated', { output_audio: outputAudioView(this.output) });
        return;
      case 'input_text_buffer.append': {
        const delta = String(data['delta'] ?? '');
        if (new TextEncoder().encode(delta).length > MAX_TEXT_BYTES) {
          throw new SessionError(TEXT_TOO_LONG, `text length exceeds the limit of ${MAX_TEXT_BYTES} bytes`);
        }
        this.buffer += delta;
        const sentences = sentencesOf(this.buffer);
        // Every sentence but the last, which may still be growing, is spoken now.
        const finished = /[.!?。！？\n]\s*$/u.test(this.buffer) ? sentences : sentences.slice(0, -1);
        if (finished.length) {
          this.buffer = this.rest(finished);
          for (const sentence of finished) this.enqueue(sentence);
        }
        return;
      }
      case 'input_text_buffer.complete': {
        this.out.send('input_text_buffer.completed');
        const rest = this.buffer.trim();
        this.buffer = '';
        if (rest) this.enqueue(rest);
        this.queue = this.queue.then(() => {
          if (!this.closed) this.out.send('speech.audio.completed');
        });
        return;
      }
    }
  }

  /** What is left of the buffer after the finished sentences. */
  private rest(finished: readonly string[]): string {
    let text = this.buffer;
    for (const sentence of finished) {
      const at = text.indexOf(sentence);
      text = at < 0 ? text : text.slice(at + sentence.length);
    }
    return text;
  }

  private enqueue(text: string): void {
    // Rendered in order, one sentence after another, whatever arrives meanwhile.
    const output = this.output;
    this.queue = this.queue.then(async () => {
      for (const chunk of speak(text, output)) {
        await sleep(this.started ? this.pace.stepMs : this.pace.firstMs);
        this.started = true;
        if (this.closed) return;
        this.out.send('speech.audio.update', { delta: toBase64(chunk) });
      }
    });
  }

  close(): void {
    this.closed = true;
  }
}
