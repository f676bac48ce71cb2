import { alawToLinear, fromBase64, ulawToLinear } from '../../../lib/audio-codecs';

/**
 * Plays audio deltas as they arrive: each chunk (16-bit PCM or G.711) is decoded and scheduled right
 * after the previous one on one AudioContext, so speech plays gap-free while the rest streams in.
 * `stop` drops what is queued (an interruption: the user spoke, or the chat was canceled).
 */
export class AudioOut {
  private context: AudioContext | undefined;
  private nextAt = 0;
  private readonly playing = new Set<AudioBufferSourceNode>();

  /** Queues one base64 chunk in `codec` at `sampleRate`. */
  play(base64: string, codec: string, sampleRate: number): void {
    const bytes = fromBase64(base64);
    if (!bytes || (codec !== 'pcm' && codec !== 'g711a' && codec !== 'g711u')) return;
    const samples =
      codec === 'pcm'
        ? Float32Array.from(
            { length: bytes.length >> 1 },
            (_, i) => (((bytes[2 * i + 1]! << 24) >> 16) | bytes[2 * i]!) / 32768,
          )
        : Float32Array.from(bytes, (byte) => (codec === 'g711a' ? alawToLinear(byte) : ulawToLinear(byte)) / 32768);
    if (samples.length === 0) return;
    this.context ??= new AudioContext();
    const context = this.context;
    const buffer = context.createBuffer(1, samples.length, sampleRate);
    buffer.copyToChannel(samples, 0);
    const source = context.createBufferSource();
    source.buffer = buffer;
    source.connect(context.destination);
    this.nextAt = Math.max(this.nextAt, context.currentTime + 0.02);
    source.start(this.nextAt);
    this.nextAt += buffer.duration;
    this.playing.add(source);
    source.onended = () => this.playing.delete(source);
  }

  /** Drops the queued audio at once. */
  stop(): void {
    for (const source of this.playing) {
      try {
        source.stop();
      } catch {
        // Not started yet or already ended.
      }
    }
    this.playing.clear();
    this.nextAt = 0;
  }

  /** Releases the audio device. */
  close(): void {
    this.stop();
    void this.context?.close();
    this.context = undefined;
  }
}
