import { newLogid } from '../envelope';

/** The sending end of a simulated session: one JSON text frame at a time. */
export interface Wire {
  send(text: string): void;
  close(code: number, reason: string): void;
}

/**
 * Writes the frames of one session as Coze does: `{id, event_type, data, detail: {logid}}`, ids
 * that grow like Coze's 19-digit ones, one log id for the session. `event_subscriptions` (chat)
 * narrows what is sent; `error` always goes out.
 */
export class FrameWriter {
  readonly logid = newLogid();
  private counter = 0;
  private readonly base = BigInt(Date.now()) * 1_000_000n;
  subscriptions: ReadonlySet<string> | undefined;

  constructor(private readonly wire: Wire) {}

  /** Sends one event; false when the socket is gone. */
  send(eventType: string, data?: unknown, detail: Record<string, unknown> = {}): boolean {
    if (this.subscriptions?.size && eventType !== 'error' && !this.subscriptions.has(eventType)) return true;
    const id = String(this.base + BigInt(++this.counter));
    try {
      this.wire.send(
        JSON.stringify({
          id,
          event_type: eventType,
          ...(data === undefined ? {} : { data }),
          detail: { logid: this.logid, ...detail },
        }),
      );
      return true;
    } catch {
      return false;
    }
  }

  /** An `error` event with a Coze code, quoting the frame that caused it. */
  error(code: number, msg: string, origin?: string): void {
    this.send('error', { code, msg }, origin === undefined ? {} : { origin_message: origin.slice(0, 1024) });
  }
}

/** A Coze-shaped failure inside a session: becomes an `error` event, the session stays up. */
export class SessionError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** What every simulated protocol does with a frame the client sent. */
export interface RealtimeSession {
  /** Handles one parsed client event. */
  receive(eventType: string, data: Record<string, unknown>): Promise<void>;
  /** The client went away: stop any work in flight. */
  close(): void;
}
