import { paceOf, type Pace } from '../pace';
import type { SessionStore } from '../state';
import { ChatSession } from './chat-session';
import { SimultInterpretationSession } from './simult-interpretation-session';
import { SpeechSession } from './speech-session';
import { TranscriptionSession } from './transcription-session';
import { FrameWriter, SessionError, type RealtimeSession } from './wire';

/** The sandbox's WebSocket paths and the session each opens. */
const SESSIONS: Readonly<
  Record<string, (out: FrameWriter, store: SessionStore, url: URL, pace: Pace) => RealtimeSession>
> = {
  '/v1/chat': (out, store, url, pace) => new ChatSession(out, store, url.searchParams.get('bot_id') ?? '', pace),
  '/v1/audio/speech': (out, store, _url, pace) => new SpeechSession(out, store, pace),
  '/v1/audio/transcriptions': (out) => new TranscriptionSession(out),
  '/v1/audio/simult_interpretation': (out, store, _url, pace) => new SimultInterpretationSession(out, store, pace),
};

/** Whether the sandbox simulates this WebSocket path. */
export function isRealtimePath(pathname: string): boolean {
  return Object.hasOwn(SESSIONS, pathname);
}

/**
 * Accepts a WebSocket handshake for one of Coze's realtime APIs and runs its simulation in this
 * Durable Object (the hibernation-free API: the object stays in memory while the socket is open,
 * since a session's audio and turn state live in memory). Frames are handled one at a time, in
 * order; a bad one gets an `error` event and the session stays up.
 * @example if (isWebSocketUpgrade(request)) return acceptRealtime(request, this.store)
 */
export function acceptRealtime(request: Request, store: SessionStore): Response {
  const url = new URL(request.url);
  const open = SESSIONS[url.pathname];
  if (!open)
    return new Response(JSON.stringify({ code: 4000, msg: `No WebSocket API at ${url.pathname}` }), { status: 404 });
  const pair = new WebSocketPair();
  const [client, server] = [pair[0], pair[1]];
  server.accept();
  const out = new FrameWriter({
    send: (text) => server.send(text),
    close: (code, reason) => server.close(code, reason),
  });
  // Audio deltas come at the sandbox's pace (`x-sandbox-pace-ms`, as its HTTP streams): by default a
  // pause, then a 100 ms frame every 40 ms, faster than real time as Coze's are.
  const session = open(out, store, url, paceOf(request.headers.get('x-sandbox-pace-ms')));
  let inbox = Promise.resolve();
  server.addEventListener('message', (event) => {
    const text = typeof event.data === 'string' ? event.data : '';
    inbox = inbox.then(async () => {
      try {
        const frame = JSON.parse(text) as { event_type?: unknown; data?: unknown };
        if (typeof frame.event_type !== 'string') throw new SessionError(4000, 'Every frame needs an event_type');
        const data = frame.data && typeof frame.data === 'object' ? (frame.data as Record<string, unknown>) : {};
        await session.receive(frame.event_type, data);
      } catch (error) {
        if (error instanceof SessionError) out.error(error.code, error.message, text.slice(0, 1024));
        else if (error instanceof SyntaxError) out.error(4000, 'The frame is not JSON', text.slice(0, 1024));
        else {
          console.error('sandbox realtime failed:', (error as Error).message);
          out.error(5000, 'The sandbox failed on this frame; try again');
        }
      }
    });
  });
  server.addEventListener('close', (event) => {
    session.close();
    try {
      server.close(event.code === 1005 || event.code === 1006 ? 1000 : event.code, 'closed');
    } catch {
      // Already closed.
    }
  });
  server.addEventListener('error', () => session.close());
  return new Response(null, { status: 101, webSocket: client, headers: { 'x-tt-logid': out.logid } });
}
