import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake upstream saw of one request, for assertions about what the relay forwarded. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const seen: SeenRequest[] = [];
const gates = new Map<string, () => void>();

function json(res: ServerResponse, status: number, body: unknown, logid = 'fake-logid-1') {
  res.writeHead(status, { 'content-type': 'application/json', 'x-tt-logid': logid, 'x-internal-edge': 'hidden' });
  res.end(JSON.stringify(body));
}

function frame(event: string, data: unknown): string {
  return `event:${event}\ndata:${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Behaviour is chosen by the request, so tests stay independent:
 * - POST /v3/chat with bot_id `gated`: sends the first event, then waits until GET /__release/<user_id>;
 * - bot_id `broken`: sends one event and destroys the socket;
 * - bot_id `json-error`: answers a Coze JSON error although a stream was asked for;
 * - bot_id `server-error`: HTTP 500;
 * - any other chat: a short complete stream;
 * - GET /v1/files/retrieve: a Coze 4200 error with HTTP 200;
 * - GET /__seen: the requests seen so far; DELETE /__seen clears them.
 */
async function handle(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://fake');
  if (url.pathname === '/__seen') {
    if (req.method === 'DELETE') seen.length = 0;
    return json(res, 200, seen);
  }
  if (url.pathname.startsWith('/__release/')) {
    gates.get(decodeURIComponent(url.pathname.slice('/__release/'.length)))?.();
    return json(res, 200, { released: true });
  }
  const body = await readBody(req);
  seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });

  if (url.pathname === '/v3/chat' && req.method === 'POST') {
    const input = JSON.parse(body || '{}') as { bot_id?: string; user_id?: string; stream?: boolean };
    if (input.bot_id === 'server-error') return json(res, 500, { code: 5000, msg: 'internal error' });
    if (input.bot_id === 'json-error' || !input.stream) {
      return json(res, 200, { code: 4015, msg: 'The bot is not published to the API channel', detail: { logid: 'fake-logid-2' } }, 'fake-logid-2');
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'x-tt-logid': 'fake-logid-sse' });
    const chat = { id: '1', conversation_id: '2', bot_id: input.bot_id, status: 'in_progress' };
    res.write(frame('conversation.chat.created', { ...chat, status: 'created' }));
    if (input.bot_id === 'broken') {
      setTimeout(() => res.destroy(), 20);
      return;
    }
    if (input.bot_id === 'gated') {
      await new Promise<void>((resolve) => gates.set(input.user_id ?? '', resolve));
    }
    res.write(frame('conversation.chat.in_progress', chat));
    for (const piece of ['Hel', 'lo', '!']) {
      res.write(frame('conversation.message.delta', { id: '3', role: 'assistant', type: 'answer', content: piece, content_type: 'text' }));
    }
    res.write(frame('conversation.chat.completed', { ...chat, status: 'completed', usage: { token_count: 3 } }));
    res.end(frame('done', '[DONE]'));
    return;
  }
  if (url.pathname === '/v1/files/retrieve') {
    return json(res, 200, { code: 4200, msg: 'file not found', detail: { logid: 'fake-logid-4200' } }, 'fake-logid-4200');
  }
  return json(res, 200, { code: 0, msg: '', data: { echo: url.pathname } });
}

/** Starts the fake Coze upstream on 127.0.0.1 and an ephemeral port. */
export async function startFakeUpstream(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => json(res, 500, { fake_error: error.message }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}
