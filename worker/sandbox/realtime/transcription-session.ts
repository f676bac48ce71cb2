import { CozeCode } from '../envelope';
import { fromBase64, type InputFormat } from '../../../lib/audio-codecs';
import { AudioListener } from './listener';
import { SessionError, type FrameWriter, type RealtimeSession } from './wire';

type Fields = Record<string, unknown>;
const fieldsOf = (value: unknown): Fields => (value && typeof value === 'object' ? (value as Fields) : {});

/** The format a session starts with: the docs' defaults (wav container, 24 kHz 16-bit mono PCM). */
export const DEFAULT_INPUT: InputFormat = { format: 'wav', codec: 'pcm', sampleRate: 24000, channels: 1, bitDepth: 16 };

/** Applies an `input_audio` object to the current format. */
export function applyInputAudio(current: InputFormat, value: unknown): InputFormat {
  const input = fieldsOf(value);
  const next: InputFormat = {
    format: String(input['format'] ?? current.format),
    codec: String(input['codec'] ?? current.codec),
    sampleRate: Number(input['sample_rate'] ?? current.sampleRate),
    channels: Number(input['channel'] ?? current.channels),
    bitDepth: Number(input['bit_depth'] ?? current.bitDepth),
  };
  if (![8, 16, 24].includes(next.bitDepth))
    throw new SessionError(CozeCode.badRequest, 'invalid input_audio: bit_depth must be 8, 16 or 24');
  if (next.channels < 1 || next.channels > 2)
    throw new SessionError(CozeCode.badRequest, 'invalid input_audio: channel must be 1 or 2');
  return next;
}

/** `input_audio` as the updated events report it. */
export function inputAudioView(format: InputFormat): Record<string, unknown> {
  return {
    format: format.format,
    codec: format.codec,
    sample_rate: format.sampleRate,
    channel: format.channels,
    bit_depth: format.bitDepth,
  };
}

/** The audio of an `input_audio_buffer.append`, or a 4000 error. */
export function appendedAudio(data: Fields): Uint8Array {
  const bytes = typeof data['delta'] === 'string' ? fromBase64(data['delta']) : undefined;
  if (!bytes)
    throw new SessionError(CozeCode.badRequest, 'invalid input_audio_buffer.append: delta must be base64 audio');
  return bytes;
}

/**
 * The duplex speech recognition WebSocket (`/v1/audio/transcriptions`): audio arrives in chunks,
 * `transcriptions.message.update` carries the whole text so far whenever it grows, and
 * `input_audio_buffer.complete` ends with `transcriptions.message.completed`.
 */
export class TranscriptionSession implements RealtimeSession {
  private format = DEFAULT_INPUT;
  private listener = new AudioListener(DEFAULT_INPUT);
  private lastText = '';

  constructor(private readonly out: FrameWriter) {
    out.send('transcriptions.created');
  }

  async receive(eventType: string, data: Fields): Promise<void> {
    switch (eventType) {
      case 'transcriptions.update':
        if (data['input_audio'] !== undefined) {
          this.format = applyInputAudio(this.format, data['input_audio']);
          this.listener = new AudioListener(this.format);
          this.lastText = '';
        }
        this.out.send('transcriptions.updated', { input_audio: inputAudioView(this.format) });
        return;
      case 'input_audio_buffer.append': {
        this.listener.push(appendedAudio(data));
        const text = this.listener.transcript();
        if (text && text !== this.lastText) {
          this.lastText = text;
          this.out.send('transcriptions.message.update', { content: text });
        }
        return;
      }
      case 'input_audio_buffer.clear':
        this.listener.reset();
        this.lastText = '';
        this.out.send('input_audio_buffer.cleared');
        return;
      case 'input_audio_buffer.complete': {
        this.out.send('input_audio_buffer.completed');
        const text = this.listener.transcript();
        if (text !== this.lastText) this.out.send('transcriptions.message.update', { content: text });
        // The docs give the completed event no data; coze-js reads `data.content` when it is there.
        this.out.send('transcriptions.message.completed', { content: text });
        this.listener.reset();
        this.lastText = '';
        return;
      }
    }
  }

  close(): void {}
}
