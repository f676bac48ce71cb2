import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { attachFakeWsUpstream, setOpusPackets, wsHandshakesFor } from './fake-ws-upstream';

/** What the fake upstream saw of one request, for assertions about what the relay forwarded. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const seen: SeenRequest[] = [];
const gates = new Map<string, () => void>();
/** When each stream (by user_id) was closed by the other side before it ended, epoch ms. */
const closedEarly = new Map<string, number>();

function json(res: ServerResponse, status: number, body: unknown, logid = 'fake-logid-1') {
  res.writeHead(status, { 'content-type': 'application/json', 'x-tt-logid': logid, 'x-internal-edge': 'hidden' });
  res.end(JSON.stringify(body));
}

function frame(event: string, data: unknown): string {
  return `event:${event}\ndata:${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A port on 127.0.0.1 that was free a moment ago and has nothing listening on it now. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

// Not an SSE stream a parser can read in full: stray lines, a field without data, data that is
// not JSON, an unknown field, a comment, CR line endings, and an event cut off at the end.
const MALFORMED_SSE = [
  'this line is not a field\n',
  'event:conversation.chat.created\ndata:{"id":"1","status":"created"}\n\n',
  'event:conversation.message.delta\n\n',
  'event:conversation.message.delta\ndata:{"content":"not closed\n\n',
  ': a comment\nunknown-field:x\ndata:plain text\n\n',
  'event:conversation.message.delta\rdata:{"content":"CR ended"}\r\r',
  'event:conversation.chat.completed\ndata:{"status":"comp',
];

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
 * - bot_id `broken-json`: a JSON answer whose body breaks off after its first bytes;
 * - bot_id `slow-headers`: sends no headers for `meta_data.delay_ms` (default 5000) ms, then a short stream;
 * - bot_id `numbered`: `meta_data.events` (default 100) deltas `{"seq":i}` `meta_data.pace_ms` apart, then completed and done;
 *   with `meta_data.stamp`, each delta also carries `sent_at`, the epoch ms at which it was written;
 * - bot_id `endless`: a delta every 50 ms for up to 20 s (it is meant to be cancelled);
 * - bot_id `malformed`: SSE that breaks every rule ({@link MALFORMED_SSE});
 * - bot_id `flood`: 2,500 deltas, more than history records;
 * - bot_id `html`: a `text/html` page with a script, and a `set-cookie`;
 * - bot_id `echo-auth`: JSON echoing the `Authorization` it received, as a careless server might;
 * - bot_id `redirect-cross`, `redirect-same`, `redirect-loop`, `redirect-found`: a redirect (307, or 302 for
 *   `found`) to another host (`localhost` for `127.0.0.1`), to a path of this host that is no endpoint
 *   (`/__stolen`), or to `/v3/chat` itself; whatever follows one shows in `/__seen`;
 * - bot_id `echo-text`: JSON echoing `meta_data.text` in `data.text` (every character `\u`-escaped with
 *   `meta_data.escape: unicode`), and as 12-character SSE deltas when streamed;
 * - bot_id `long-line`: an SSE stream whose second event is one `data:` line of `meta_data.mib` (default 64) MiB;
 * - a chat without bot_id: Coze's 4000 (invalid parameter) with HTTP 200;
 * - any other chat: a short complete stream;
 * - GET /v1/files/retrieve: a Coze 4200 error with HTTP 200;
 * - GET /__seen: the requests seen so far; DELETE /__seen clears them; `?auth=<text>` scopes both to one token;
 * - GET /__closed/<user_id>: whether and when that user's stream was closed before it ended;
 * - POST /__ws-opus/<key>: opus packets (a JSON list of base64) for `bot_id=opus-<key>` WebSocket chats;
 * - GET /__closed-port: a local port nothing listens on, to test refused connections.
 */
async function handle(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://fake');
  if (url.pathname === '/__seen') {
    // `?auth=<text>` scopes reading and clearing to requests whose Authorization or URL contains it,
    // so test files running side by side, each with its own token, never see or clear each other's.
    const auth = url.searchParams.get('auth');
    const mine = (request: SeenRequest) =>
      auth === null || String(request.headers.authorization ?? '').includes(auth) || request.url.includes(auth);
    if (req.method === 'DELETE') {
      const kept = seen.filter((request) => !mine(request));
      seen.length = 0;
      seen.push(...kept);
    }
    return json(res, 200, seen.filter(mine));
  }
  if (url.pathname.startsWith('/__closed/')) {
    const at = closedEarly.get(decodeURIComponent(url.pathname.slice('/__closed/'.length)));
    return json(res, 200, { closed: at !== undefined, at: at ?? null });
  }
  if (url.pathname === '/__closed-port') return json(res, 200, { port: await closedPort() });
  if (url.pathname === '/__ws-seen') return json(res, 200, wsHandshakesFor(url.searchParams.get('auth') ?? ''));
  if (url.pathname.startsWith('/__release/')) {
    gates.get(decodeURIComponent(url.pathname.slice('/__release/'.length)))?.();
    return json(res, 200, { released: true });
  }
  const body = await readBody(req);
  if (url.pathname.startsWith('/__ws-opus/') && req.method === 'POST') {
    setOpusPackets(decodeURIComponent(url.pathname.slice('/__ws-opus/'.length)), JSON.parse(body) as string[]);
    return json(res, 200, { kept: true });
  }
  seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });

  if (url.pathname === '/v3/chat' && req.method === 'POST') {
    const input = JSON.parse(body || '{}') as {
      bot_id?: string;
      user_id?: string;
      stream?: boolean;
      meta_data?: Record<string, string>;
    };
    const user = input.user_id ?? '';
    const option = (name: string, fallback: number) => Number(input.meta_data?.[name] ?? fallback);
    let gone = false;
    res.on('close', () => {
      if (res.writableEnded) return;
      gone = true;
      closedEarly.set(user, Date.now());
    });
    const drained = () =>
      new Promise((resolve) => {
        res.once('drain', resolve);
        res.once('close', resolve);
      });
    // Coze judges a chat without an agent as it does any invalid parameter: HTTP 200, code 4000.
    if (!input.bot_id) {
      return json(
        res,
        200,
        { code: 4000, msg: 'invalid param: bot_id is required', detail: { logid: 'fake-logid-4000' } },
        'fake-logid-4000',
      );
    }
    if (input.bot_id === 'server-error') return json(res, 500, { code: 5000, msg: 'internal error' });
    if (input.bot_id === 'broken-json') {
      res.writeHead(200, { 'content-type': 'application/json', 'x-tt-logid': 'fake-logid-broken-json' });
      res.write('{"code":0,"msg":"","data":{"id":"1","status":');
      setTimeout(() => res.destroy(), 20);
      return;
    }
    if (input.bot_id === 'echo-auth') {
      return json(res, 200, {
        code: 0,
        msg: `received ${req.headers.authorization}`,
        data: { authorization: req.headers.authorization },
      });
    }
    if (input.bot_id?.startsWith('redirect-')) {
      const here = `http://${req.headers.host}`;
      const location = {
        'redirect-cross': `${here.replace('127.0.0.1', 'localhost')}/__stolen`,
        'redirect-same': '/__stolen',
        'redirect-loop': '/v3/chat',
        'redirect-found': `${here.replace('127.0.0.1', 'localhost')}/__stolen`,
      }[input.bot_id];
      res.writeHead(input.bot_id === 'redirect-found' ? 302 : 307, {
        location: location ?? '/__stolen',
        'content-type': 'text/plain',
      });
      res.end('moved');
      return;
    }
    if (input.bot_id === 'echo-text') {
      const text = input.meta_data?.text ?? '';
      if (input.meta_data?.escape === 'unicode') {
        // Every character as a JSON \u escape: the same string to any JSON reader, other bytes on the wire.
        const escaped = [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(`{"code":0,"msg":"","data":{"text":"${escaped}"}}`);
        return;
      }
      if (!input.stream) return json(res, 200, { code: 0, msg: '', data: { text } });
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (let at = 0; at < text.length; at += 12) {
        res.write(
          frame('conversation.message.delta', { id: '3', role: 'assistant', content: text.slice(at, at + 12) }),
        );
      }
      res.end(frame('done', '[DONE]'));
      return;
    }
    if (input.bot_id === 'long-line') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(frame('conversation.chat.created', { id: '1', status: 'created' }));
      const mib = option('mib', 64);
      const piece = 'x'.repeat(1024 * 1024);
      if (!res.write('event:conversation.message.delta\ndata:')) await drained();
      for (let i = 0; i < mib && !gone; i++) if (!res.write(piece)) await drained();
      if (gone) return;
      res.write('\n\n');
      res.end(frame('done', '[DONE]'));
      return;
    }
    if (input.bot_id === 'html') {
      res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': 'upstream=1; Path=/' });
      res.end('<!doctype html><p id="x">hi</p><script>document.title = "ran"</script><img src=x onerror="alert(1)">');
      return;
    }
    if (input.bot_id === 'slow-headers') {
      const until = Date.now() + option('delay_ms', 5000);
      while (Date.now() < until && !gone) await sleep(20);
      if (gone) return;
    }
    if (input.bot_id === 'json-error' || !input.stream) {
      return json(
        res,
        200,
        { code: 4015, msg: 'The bot is not published to the API channel', detail: { logid: 'fake-logid-2' } },
        'fake-logid-2',
      );
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'x-tt-logid': 'fake-logid-sse' });
    // Malformed streams start with garbage, before any event.
    if (input.bot_id !== 'malformed')
      res.write(
        frame('conversation.chat.created', { id: '1', conversation_id: '2', bot_id: input.bot_id, status: 'created' }),
      );
    const chat = { id: '1', conversation_id: '2', bot_id: input.bot_id, status: 'in_progress' };
    if (input.bot_id === 'numbered' || input.bot_id === 'endless' || input.bot_id === 'flood') {
      const count = input.bot_id === 'endless' ? 400 : input.bot_id === 'flood' ? 2500 : option('events', 100);
      const pace = input.bot_id === 'endless' ? 50 : input.bot_id === 'flood' ? 0 : option('pace_ms', 0);
      for (let seq = 0; seq < count && !gone; seq++) {
        const more = res.write(
          frame('conversation.message.delta', {
            id: '3',
            role: 'assistant',
            type: 'answer',
            content: `${seq} `,
            seq,
            ...(input.meta_data?.stamp ? { sent_at: Date.now() } : {}),
          }),
        );
        if (pace > 0) await sleep(pace);
        else if (!more) await drained();
      }
      if (gone) return;
      res.write(frame('conversation.chat.completed', { ...chat, status: 'completed', usage: { token_count: count } }));
      res.end(frame('done', '[DONE]'));
      return;
    }
    if (input.bot_id === 'malformed') {
      for (const piece of MALFORMED_SSE) {
        res.write(piece);
        await sleep(5);
      }
      res.end();
      return;
    }
    if (input.bot_id === 'broken') {
      setTimeout(() => res.destroy(), 20);
      return;
    }
    if (input.bot_id === 'gated') {
      await new Promise<void>((resolve) => gates.set(user, resolve));
    }
    res.write(frame('conversation.chat.in_progress', chat));
    for (const piece of ['Hel', 'lo', '!']) {
      res.write(
        frame('conversation.message.delta', {
          id: '3',
          role: 'assistant',
          type: 'answer',
          content: piece,
          content_type: 'text',
        }),
      );
    }
    res.write(frame('conversation.chat.completed', { ...chat, status: 'completed', usage: { token_count: 3 } }));
    res.end(frame('done', '[DONE]'));
    return;
  }
  if (url.pathname === '/v1/files/retrieve') {
    return json(
      res,
      200,
      { code: 4200, msg: 'file not found', detail: { logid: 'fake-logid-4200' } },
      'fake-logid-4200',
    );
  }
  return json(res, 200, { code: 0, msg: '', data: { echo: url.pathname } });
}

/** Starts the fake Coze upstream on 127.0.0.1 and an ephemeral port. */
export async function startFakeUpstream(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => json(res, 500, { fake_error: error.message }));
  });
  attachFakeWsUpstream(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}
