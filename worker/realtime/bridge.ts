import type { Endpoint } from '../../catalog/types';
import { quotable } from '../history/redact';
import { MAX_FRAME_BYTES, checkClientFrame } from './events';

/** Which way a frame went: from the client to Coze, or back. */
export type FrameDirection = 'up' | 'down';

/** What the relay saw of one frame, for history; audio is counted, never kept. */
export interface FrameSeen {
  readonly direction: FrameDirection;
  readonly text: string | undefined;
  readonly bytes: number;
  /** Set when the relay answered the frame itself instead of passing it on. */
  readonly refused?: string;
}

/** How a session ended, for history. */
export interface SessionEnd {
  readonly by: 'client' | 'upstream' | 'limit';
  readonly code: number;
  readonly reason: string;
}

export interface BridgeOptions {
  readonly endpoint: Endpoint;
  /** Our end of the client's socket. */
  readonly client: WebSocket;
  /** The upstream socket, from the handshake. */
  readonly upstream: WebSocket;
  /** The caller's token, masked wherever the relay quotes a frame back. */
  readonly token: string;
  /** The longest a session may last; both sides are closed then. */
  readonly maxSessionMs: number;
  readonly onFrame?: (frame: FrameSeen) => void;
  readonly onEnd?: (end: SessionEnd) => void;
}

// Close codes an endpoint may send (RFC 6455 7.4); 1005, 1006 and 1015 only describe what happened.
function sendable(code: number): boolean {
  return (
    code === 1000 || (code >= 1001 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999)
  );
}

/**
 * The code to close one side with after the other closed with `code`: the same code when it can be
 * sent, else `gone` (the other side vanished without a close frame).
 * @example closeCodeFor(1006, 1001) // → 1001 (going away)
 */
export function closeCodeFor(code: number, gone: number): number {
  return sendable(code) ? code : gone;
}

/** Byte size of a frame as it travels. */
export function frameBytes(data: string | ArrayBuffer): number {
  return typeof data === 'string' ? new TextEncoder().encode(data).byteLength : data.byteLength;
}

/**
 * An `error` event in Coze's shape, for what the relay refuses itself; `origin_message` quotes the
 * start of the refused frame with any token masked, as Coze quotes the frame that caused an error.
 */
export function relayErrorFrame(code: number, msg: string, origin?: string, token?: string): string {
  return JSON.stringify({
    id: crypto.randomUUID(),
    event_type: 'error',
    data: { code, msg },
    detail: { logid: '', ...(origin === undefined ? {} : { origin_message: quotable(origin, token) }) },
  });
}

/** Coze's code for a frame it cannot accept (invalid parameter). */
export const INVALID_FRAME_CODE = 4000;

function safeClose(socket: WebSocket, code: number, reason: string): void {
  try {
    socket.close(code, reason.slice(0, 120));
  } catch {
    // Already closed or closing: nothing more to tell it.
  }
}

function safeSend(socket: WebSocket, data: string | ArrayBuffer): boolean {
  try {
    socket.send(data);
    return true;
  } catch {
    return false;
  }
}

/**
 * Joins the client's socket to the upstream's: upstream frames go to the client as they are;
 * client frames go upstream only when they fit the catalog's upstream events and the frame cap,
 * else the client gets an `error` event and the session stays up. When either side closes, the
 * other is closed with the same code (or 1001 going away / 1011 when one vanished); at the session
 * length limit both are closed with 1008.
 */
export function bridge(options: BridgeOptions): void {
  const { client, upstream, endpoint, token } = options;
  let ended = false;
  const end = (by: SessionEnd['by'], code: number, reason: string) => {
    if (ended) return;
    ended = true;
    clearTimeout(timer);
    options.onEnd?.({ by, code, reason });
  };
  const timer = setTimeout(() => {
    const seconds = Math.round(options.maxSessionMs / 1000);
    const reason = `Session length limit (${seconds} s) reached`;
    safeSend(
      client,
      relayErrorFrame(INVALID_FRAME_CODE, `${reason}: the playground closes relayed sessions after ${seconds} s`),
    );
    safeClose(client, 1008, reason);
    safeClose(upstream, 1000, reason);
    end('limit', 1008, reason);
  }, options.maxSessionMs);

  client.addEventListener('message', (event) => {
    const data = event.data as string | ArrayBuffer;
    const bytes = frameBytes(data);
    const text = typeof data === 'string' ? data : undefined;
    const refuse = (message: string) => {
      options.onFrame?.({ direction: 'up', text, bytes, refused: message });
      safeSend(client, relayErrorFrame(INVALID_FRAME_CODE, message, text?.slice(0, 200), token));
    };
    if (bytes > MAX_FRAME_BYTES) {
      return refuse(
        `The frame is ${bytes} bytes; at most ${MAX_FRAME_BYTES} (1 MiB) are relayed: send audio in smaller chunks`,
      );
    }
    const check = checkClientFrame(endpoint, data);
    if (!check.ok) return refuse(check.message);
    options.onFrame?.({ direction: 'up', text, bytes });
    safeSend(upstream, data);
  });
  upstream.addEventListener('message', (event) => {
    const data = event.data as string | ArrayBuffer;
    const bytes = frameBytes(data);
    if (bytes > MAX_FRAME_BYTES) {
      const message = `The upstream sent a ${bytes}-byte frame; at most ${MAX_FRAME_BYTES} (1 MiB) are relayed`;
      options.onFrame?.({ direction: 'down', text: undefined, bytes, refused: message });
      safeSend(client, relayErrorFrame(INVALID_FRAME_CODE, message));
      return;
    }
    options.onFrame?.({ direction: 'down', text: typeof data === 'string' ? data : undefined, bytes });
    safeSend(client, data);
  });

  client.addEventListener('close', (event) => {
    const code = closeCodeFor(event.code, 1001);
    safeClose(upstream, code, event.reason || 'The client closed the session');
    end('client', event.code, event.reason);
  });
  upstream.addEventListener('close', (event) => {
    const code = closeCodeFor(event.code, 1011);
    safeClose(client, code, event.reason || 'The upstream closed the session');
    end('upstream', event.code, event.reason);
  });
  client.addEventListener('error', () => {
    safeClose(upstream, 1001, 'The client went away');
    end('client', 1006, 'error');
  });
  upstream.addEventListener('error', () => {
    safeClose(client, 1011, 'The upstream connection failed');
    end('upstream', 1006, 'error');
  });
  client.accept();
  upstream.accept();
}
