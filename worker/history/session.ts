import { CAPTURE_LIMITS } from './capture';
import type { RunEvent, RunRecord } from '../../lib/run-record';

/** Which way a WebSocket frame went: `→` from the client towards Coze, `←` back. */
export type SessionDirection = 'up' | 'down';

const ARROWS: Readonly<Record<SessionDirection, string>> = { up: '→', down: '←' };

// Where Coze's realtime events carry base64 audio: counted, never kept.
const AUDIO_FIELDS: Readonly<Record<string, string>> = {
  'input_audio_buffer.append': 'delta',
  'speech.audio.update': 'delta',
  'conversation.audio.delta': 'content',
};

const encoder = new TextEncoder();

/** A frame's text with its audio replaced by a note of its size, and that size in decoded bytes. */
export function withoutAudio(text: string): { text: string; audioBytes: number; eventType: string } {
  let frame: { event_type?: unknown; data?: Record<string, unknown> };
  try {
    frame = JSON.parse(text) as typeof frame;
  } catch {
    return { text, audioBytes: 0, eventType: '(not JSON)' };
  }
  const eventType = typeof frame.event_type === 'string' ? frame.event_type : '(no event_type)';
  const field = AUDIO_FIELDS[eventType];
  const audio = field ? frame.data?.[field] : undefined;
  if (typeof audio !== 'string') return { text, audioBytes: 0, eventType };
  const audioBytes = Math.floor((audio.replace(/=+$/, '').length * 3) / 4);
  const data = { ...frame.data, [field!]: `<${audioBytes} bytes of audio, not recorded>` };
  return { text: JSON.stringify({ ...frame, data }), audioBytes, eventType };
}

/**
 * History of a WebSocket session, kept like an SSE run's: every frame both ways as an event
 * (`→ chat.update`, `← conversation.message.delta`) with its time offset, within the same limits
 * (2,000 events, 256 KiB), audio counted but not stored. `finish` gives the run record to save.
 * @example const recorder = new SessionRecorder(startedAt); recorder.frame('up', text, bytes); recorder.finish(...)
 */
export class SessionRecorder {
  private readonly events: RunEvent[] = [];
  private dataBytes = 0;
  private frameBytes = 0;
  private audioBytes = 0;
  private truncated = false;

  constructor(
    private readonly startedAt: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Notes one frame; `text` is undefined for binary frames, `refused` when the relay answered it itself. */
  frame(direction: SessionDirection, text: string | undefined, bytes: number, refused?: string): void {
    this.frameBytes += bytes;
    const seen =
      text === undefined
        ? { text: `<${bytes}-byte binary frame>`, audioBytes: 0, eventType: '(binary)' }
        : withoutAudio(text);
    this.audioBytes += seen.audioBytes;
    const data = refused ? `${seen.text.slice(0, 1024)}\n(not relayed: ${refused})` : seen.text;
    const size = encoder.encode(data).byteLength;
    if (this.events.length >= CAPTURE_LIMITS.events || this.dataBytes + size > CAPTURE_LIMITS.eventDataBytes) {
      this.truncated = true;
      return;
    }
    this.dataBytes += size;
    this.events.push({
      event: `${ARROWS[direction]} ${seen.eventType}`,
      data,
      offsetMs: Math.max(0, this.now() - this.startedAt),
    });
  }

  /** The session as a run record: status 101, the frames as events, how it ended. */
  finish(run: {
    readonly id: string;
    readonly endpointId: string;
    readonly region: RunRecord['region'];
    readonly handshakeMs: number;
    readonly url: string;
    readonly logid: string | null;
    readonly closed: { readonly by: string; readonly code: number; readonly reason: string };
  }): RunRecord {
    const clean = run.closed.code === 1000 || run.closed.code === 1005;
    return {
      id: run.id,
      endpointId: run.endpointId,
      region: run.region,
      startedAt: this.startedAt,
      durationMs: Math.max(0, this.now() - this.startedAt),
      ttfbMs: run.handshakeMs,
      request: { method: 'GET', url: run.url, headers: { upgrade: 'websocket' } },
      response: {
        status: 101,
        headers: run.logid ? { 'x-tt-logid': run.logid } : {},
        kind: 'websocket',
        events: this.events,
        bytes: this.frameBytes,
        truncated: this.truncated,
        ...(clean
          ? {}
          : {
              error: `Closed by the ${run.closed.by} with code ${run.closed.code}${run.closed.reason ? `: ${run.closed.reason}` : ''}`,
            }),
        ...(this.audioBytes ? { audioBytes: this.audioBytes } : {}),
      },
    };
  }
}
