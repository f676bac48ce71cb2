import { exports } from 'cloudflare:workers';

/** One frame as the client received it. */
export interface Frame {
  id?: string;
  event_type: string;
  data?: Record<string, unknown>;
  detail?: Record<string, unknown>;
}

/**
 * A WebSocket session on the relay, from inside workerd: every frame received, and helpers to wait.
 * The sandbox streams at `paceMs` (`x-sandbox-pace-ms`; 0, as fast as it can, unless told).
 */
export async function openSession(
  path: string,
  token = `pat_ws_${crypto.randomUUID().replaceAll('-', '')}`,
  paceMs = 0,
) {
  const response = await exports.default.fetch(
    new Request(`https://playground.test/api/relay${path}`, {
      headers: { upgrade: 'websocket', authorization: `Bearer ${token}`, 'x-sandbox-pace-ms': String(paceMs) },
    }),
  );
  if (response.status !== 101) throw new Error(`handshake answered ${response.status}: ${await response.text()}`);
  const socket = response.webSocket!;
  const frames: Frame[] = [];
  let closed: { code: number; reason: string } | undefined;
  const waiters: (() => void)[] = [];
  socket.addEventListener('message', (event) => {
    frames.push(JSON.parse(event.data as string) as Frame);
    waiters.splice(0).forEach((wake) => wake());
  });
  socket.addEventListener('close', (event) => {
    closed = { code: event.code, reason: event.reason };
    waiters.splice(0).forEach((wake) => wake());
  });
  socket.accept();
  const until = async <T>(check: () => T | undefined, what: string, ms = 8000): Promise<T> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = check();
      if (value !== undefined) return value;
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${what}; got ${frames.map((f) => f.event_type).join(', ')}`);
      }
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  };
  let mark = 0;
  return {
    token,
    socket,
    frames,
    closed: () => closed,
    send(eventType: string, data?: unknown) {
      socket.send(
        JSON.stringify({ id: crypto.randomUUID(), event_type: eventType, ...(data === undefined ? {} : { data }) }),
      );
    },
    /** The next frame of this type after the last one waited for. */
    async next(eventType: string): Promise<Frame> {
      const from = mark;
      const index = await until(() => {
        const i = frames.findIndex((f, j) => j >= from && f.event_type === eventType);
        return i < 0 ? undefined : i;
      }, eventType);
      mark = index + 1;
      return frames[index]!;
    },
    /** Frames received since the last wait, of these types. */
    since(from: number, ...types: string[]): Frame[] {
      return frames.slice(from).filter((f) => types.length === 0 || types.includes(f.event_type));
    },
    get mark() {
      return mark;
    },
  };
}

/** Bytes of base64 text. */
export function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** Base64 of bytes. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
