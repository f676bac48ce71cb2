import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { createRequire } from 'node:module';
import type { WebSocket, WebSocketServer as Server_ } from 'ws';

// `ws` comes with @coze/api (its WebSocket for Node); Node 22 has a WebSocket client but no server.
// Loaded with require: Vite's resolver picks the package's browser stub for an import.
const { WebSocketServer } = createRequire(import.meta.url)('ws') as { WebSocketServer: typeof Server_ };

/** What the fake WebSocket upstream saw of one handshake. */
export interface SeenHandshake {
  url: string;
  authorization: string | null;
  /** When the connection closed, with the code it got; null while open. */
  closed: { code: number; reason: string; at: number } | null;
  /** Event types of the frames it received, in order. */
  received: string[];
}

const handshakes: SeenHandshake[] = [];

/** Opus packets (base64) a test handed over for `bot_id=opus-<key>` to speak, by key. */
const opusPackets = new Map<string, string[]>();

/** Keeps the opus packets a `bot_id=opus-<key>` session sends as its answer's audio. */
export function setOpusPackets(key: string, packets: string[]): void {
  opusPackets.set(key, packets);
}

function frame(eventType: string, data?: unknown): string {
  return JSON.stringify({
    id: String(Date.now()),
    event_type: eventType,
    ...(data === undefined ? {} : { data }),
    detail: { logid: 'fake-ws-logid' },
  });
}

// The first event of each endpoint's session, as Coze sends it.
const CREATED: Record<string, string> = {
  '/v1/chat': 'chat.created',
  '/v1/audio/speech': 'speech.created',
  '/v1/audio/transcriptions': 'transcriptions.created',
};

/**
 * A fake Coze WebSocket host. Behaviour is chosen by the handshake's `bot_id` (or `entity_id`):
 * - `refuse`: answers the handshake with HTTP 401 and a Coze JSON error;
 * - `big-frame`: sends a 2 MiB frame right after the created event;
 * - `vanish`: drops the TCP connection without a close frame on the first client frame;
 * - `close-4001`: closes with 4001 on the first client frame;
 * - `redirect`: answers the handshake with a 302 to another host;
 * - `opus-<key>`: a chat whose output codec is opus: `chat.updated` says so, and a
 *   `conversation.message.create` is answered with the packets POSTed to `/__ws-opus/<key>` as
 *   `conversation.audio.delta` events, then `conversation.chat.completed`;
 * - anything else: the created event, then `echo` `{event_type, bytes}` for every frame received.
 * `GET /__ws-seen?auth=<text>` lists handshakes whose Authorization or URL contains the text.
 */
export function attachFakeWsUpstream(server: Server): void {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 * 1024 });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const seen: SeenHandshake = {
      url: req.url ?? '',
      authorization: req.headers.authorization ?? null,
      closed: null,
      received: [],
    };
    handshakes.push(seen);
    const mode = url.searchParams.get('bot_id') ?? url.searchParams.get('entity_id') ?? '';
    const created = CREATED[url.pathname];
    if (mode === 'redirect') {
      socket.end(
        'HTTP/1.1 302 Found\r\nlocation: http://evil.example/v1/chat?bot_id=followed\r\ncontent-length: 0\r\nconnection: close\r\n\r\n',
      );
      return;
    }
    if (!created || mode === 'refuse') {
      const body = JSON.stringify({
        code: 4100,
        msg: 'authentication is invalid',
        detail: { logid: 'fake-ws-refused' },
      });
      socket.end(
        `HTTP/1.1 ${created ? 401 : 404} Refused\r\ncontent-type: application/json\r\nx-tt-logid: fake-ws-refused\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      ws.on('close', (code: number, reason: Buffer) => {
        seen.closed = { code, reason: reason.toString(), at: Date.now() };
      });
      ws.send(frame(created));
      if (mode === 'big-frame') ws.send(frame('big', { blob: 'x'.repeat(2 * 1024 * 1024) }));
      ws.on('message', (data: Buffer, isBinary: boolean) => {
        const text = isBinary ? '' : data.toString();
        let eventType = '?';
        try {
          eventType = String((JSON.parse(text) as { event_type?: unknown }).event_type);
        } catch {
          // Not JSON: recorded as '?'.
        }
        seen.received.push(eventType);
        if (mode === 'vanish') return ws.terminate();
        if (mode === 'close-4001') return ws.close(4001, 'fake upstream closes');
        if (mode.startsWith('opus-')) {
          if (eventType === 'chat.update')
            return ws.send(
              frame('chat.updated', { output_audio: { codec: 'opus', opus_config: { frame_size_ms: 20 } } }),
            );
          if (eventType !== 'conversation.message.create') return;
          for (const packet of opusPackets.get(mode.slice('opus-'.length)) ?? [])
            ws.send(
              frame('conversation.audio.delta', {
                id: 'a1',
                role: 'assistant',
                type: 'answer',
                content: packet,
                content_type: 'audio',
              }),
            );
          return ws.send(frame('conversation.chat.completed', { id: 'c1', status: 'completed' }));
        }
        ws.send(frame('echo', { event_type: eventType, bytes: data.byteLength }));
      });
    });
  });
}

/** Handshakes seen so far whose Authorization header or URL contains `auth`. */
export function wsHandshakesFor(auth: string): SeenHandshake[] {
  return handshakes.filter((seen) => (seen.authorization ?? '').includes(auth) || seen.url.includes(auth));
}
