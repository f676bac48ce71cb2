import { alawToLinear, fromBase64, ulawToLinear } from '../../../lib/audio-codecs';

/**
 * Plays audio deltas as they arrive: each chunk (16-bit PCM, G.711, or an Opus packet decoded by
 * WebCodecs' AudioDecoder) is scheduled right after the previous one on one AudioContext, so speech
 * plays gap-free while the rest streams in. `stop` drops what is queued (an interruption: the user
 * spoke, or the chat was canceled).
 */
export class AudioOut {
  private context: AudioContext | undefined;
  private nextAt = 0;
  private readonly playing = new Set<AudioBufferSourceNode>();
  private decoder: AudioDecoder | undefined;
  private opusTimestamp = 0;
  /** Called with each stretch of samples as it is queued (the panel counts them). */
  onPlayed: ((samples: Float32Array<ArrayBuffer>) => void) | undefined;

  /** Queues one base64 chunk in `codec` at `sampleRate` (Opus carries its own rate: 48 kHz out). */
  play(base64: string, codec: string, sampleRate: number): void {
    const bytes = fromBase64(base64);
    if (!bytes || bytes.length === 0) return;
    if (codec === 'opus') return this.decodeOpus(bytes);
    if (codec !== 'pcm' && codec !== 'g711a' && codec !== 'g711u') return;
    const samples =
      codec === 'pcm'
        ? Float32Array.from(
            { length: bytes.length >> 1 },
            (_, i) => (((bytes[2 * i + 1]! << 24) >> 16) | bytes[2 * i]!) / 32768,
          )
        : Float32Array.from(bytes, (byte) => (codec === 'g711a' ? alawToLinear(byte) : ulawToLinear(byte)) / 32768);
    this.schedule(samples, sampleRate);
  }

  /**
   * Each Opus packet is one chunk for the decoder (every packet decodes on its own, as Coze sends
   * them); what comes out is scheduled like PCM. Browsers without WebCodecs play nothing.
   */
  private decodeOpus(packet: Uint8Array): void {
    if (typeof AudioDecoder === 'undefined') return;
    if (!this.decoder || this.decoder.state === 'closed') {
      const decoder = new AudioDecoder({
        output: (data) => {
          const samples = new Float32Array(data.numberOfFrames);
          data.copyTo(samples, { planeIndex: 0, format: 'f32-planar' });
          const rate = data.sampleRate;
          data.close();
          if (this.decoder === decoder) this.schedule(samples, rate);
        },
        error: () => {
          if (this.decoder === decoder) this.decoder = undefined;
        },
      });
      decoder.configure({ codec: 'opus', sampleRate: 48000, numberOfChannels: 1 });
      this.decoder = decoder;
      this.opusTimestamp = 0;
    }
    this.decoder.decode(new EncodedAudioChunk({ type: 'key', timestamp: this.opusTimestamp, data: packet }));
    // Microseconds; only their order matters to the decoder.
    this.opusTimestamp += 20_000;
  }

  private schedule(samples: Float32Array<ArrayBuffer>, sampleRate: number): void {
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
    this.onPlayed?.(samples);
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
    // Packets still in the decoder belong to the dropped audio too.
    if (this.decoder?.state === 'configured') this.decoder.close();
    this.decoder = undefined;
  }

  /** Releases the audio device. */
  close(): void {
    this.stop();
    void this.context?.close();
    this.context = undefined;
  }
}
