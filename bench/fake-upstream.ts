// A fake Coze upstream for the bench, run as its own process so that its event loop never waits on
// the client's: `node bench/fake-upstream.ts` prints `listening <port>` and serves on 127.0.0.1.
// Every streamed event carries the moment it was written (`sent`, epoch ms with sub-millisecond
// precision), so a client on the same machine can tell how long each one took to arrive.
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { now } from './stats.ts';

// Ids shaped like Coze's (19 digits), so payloads are as long as real ones.
const IDS = {
  chat: '7382159487131681842',
  conversation: '7381473525342978089',
  message: '7382159487131697202',
  bot: '7379462189365198898',
};

function frame(event: string, data: unknown): string {
  return `event:${event}\ndata:${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * POST /v3/chat: with `stream: false`, the JSON a Coze chat creation answers; with `stream: true`,
 * a chat stream of `meta_data.events` deltas `meta_data.pace_ms` apart (0: as fast as the socket
 * takes them), or with `meta_data.burst` in bursts of that many deltas `pace_ms` apart, each stamped `sent`, between the created/in_progress and completed/done events of a
 * real chat. Anything else: a small JSON envelope.
 */
async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = req.method === 'POST' ? await readJson(req) : {};
  const chat = { id: IDS.chat, conversation_id: IDS.conversation, bot_id: IDS.bot, created_at: 1718609571 };
  if (req.url?.startsWith('/v3/chat') && req.method === 'POST' && body.stream === true) {
    const meta = (body.meta_data ?? {}) as Record<string, string>;
    const events = Number(meta.events ?? 20);
    const pace = Number(meta.pace_ms ?? 0);
    // Deltas written back to back before each pause: 1 paces every delta.
    const burst = Math.max(1, Number(meta.burst ?? 1));
    let gone = false;
    res.on('close', () => (gone = !res.writableEnded));
    res.writeHead(200, { 'content-type': 'text/event-stream', 'x-tt-logid': '20240617153252B2E4A4A4F7E1F7B1F5F0' });
    res.write(frame('conversation.chat.created', { ...chat, status: 'created' }));
    res.write(frame('conversation.chat.in_progress', { ...chat, status: 'in_progress' }));
    for (let seq = 0; seq < events && !gone; seq++) {
      if (pace > 0 && seq > 0 && seq % burst === 0) await sleep(pace);
      const delta = {
        id: IDS.message,
        conversation_id: IDS.conversation,
        bot_id: IDS.bot,
        role: 'assistant',
        type: 'answer',
        content: `token${seq} `,
        content_type: 'text',
        chat_id: IDS.chat,
        section_id: IDS.conversation,
        seq,
        sent: now(),
      };
      if (!res.write(frame('conversation.message.delta', delta)) && (pace === 0 || burst > 1)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            res.off('drain', done);
            res.off('close', done);
            resolve();
          };
          res.on('drain', done);
          res.on('close', done);
        });
      }
    }
    if (gone) return;
    res.write(
      frame('conversation.message.completed', {
        id: IDS.message,
        conversation_id: IDS.conversation,
        bot_id: IDS.bot,
        role: 'assistant',
        type: 'answer',
        content: Array.from({ length: events }, (_, seq) => `token${seq} `).join(''),
        content_type: 'text',
        chat_id: IDS.chat,
        section_id: IDS.conversation,
      }),
    );
    res.write(
      frame('conversation.chat.completed', {
        ...chat,
        completed_at: 1718609575,
        status: 'completed',
        usage: { token_count: events, output_count: events, input_count: 12 },
      }),
    );
    res.end(frame('done', '"[DONE]"'));
    return;
  }
  const answer = req.url?.startsWith('/v3/chat')
    ? { code: 0, msg: '', data: { ...chat, last_error: { code: 0, msg: '' }, status: 'in_progress' } }
    : { code: 0, msg: '', data: {} };
  res.writeHead(200, { 'content-type': 'application/json', 'x-tt-logid': '20240617153252B2E4A4A4F7E1F7B1F5F0' });
  res.end(JSON.stringify(answer));
}

/** The fake upstream running in a child process: its origin, its pid, and how to stop it. */
export interface BenchUpstream {
  readonly url: string;
  readonly pid: number;
  stop(): void;
}

/** Starts the fake upstream in its own Node process on 127.0.0.1 and a free port. */
export async function startBenchUpstream(): Promise<BenchUpstream> {
  // stdin is a pipe only so that the child notices when the bench is gone (it ends) and exits too.
  const child = spawn(process.execPath, [import.meta.filename], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the fake upstream exited with ${code}`)));
    lines.once('line', (line) => resolve(Number(/^listening (\d+)$/.exec(line)?.[1])));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: () => {
      if (child.exitCode === null) child.kill('SIGTERM');
    },
  };
}

if (process.argv[1] === import.meta.filename) {
  const server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
    handle(req, res).catch((error: Error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 5000, msg: error.message }));
    });
  });
  server.listen(0, '127.0.0.1', () => console.log(`listening ${(server.address() as AddressInfo).port}`));
  process.on('SIGTERM', () => process.exit(0));
  process.stdin.on('end', () => process.exit(0)).resume();
}
