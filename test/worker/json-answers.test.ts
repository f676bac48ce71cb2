import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { CAPTURE_LIMITS } from '../../worker/history/capture';
import { prefixed, readUpTo } from '../../worker/relay/read-whole';
import { savedRun } from './history-helpers';

// A JSON answer is read whole before it is handed on (one copy for the client and history, no tee):
// what the client gets must still be exactly what Coze sent, however long, and a body that breaks
// off must become a clear error rather than half a document.
const TOKEN = `pat_json_${crypto.randomUUID().replaceAll('-', '')}`;

interface Run {
  response: {
    status: number;
    kind: string;
    body?: string;
    bytes: number;
    bytesAtLeast?: true;
    truncated: boolean;
    error?: string;
  };
}

function chat(body: Record<string, unknown>) {
  return exports.default.fetch(
    new Request('https://playground.test/api/relay/cn/v3/chat', {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ user_id: 'u-json', stream: false, ...body }),
    }),
  );
}

async function runOf(runId: string | null): Promise<Run> {
  expect(runId).toMatch(/^create-chat\./);
  return savedRun<Run>(runId!, TOKEN);
}

const streamOf = (...chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });

describe('readUpTo and prefixed', () => {
  it('reads a body within the limit whole, in one piece', async () => {
    const read = await readUpTo(streamOf('{"a":', '1}'), 100);
    expect(read.rest).toBeUndefined();
    expect(new TextDecoder().decode(read.bytes)).toBe('{"a":1}');
  });

  it('stops just past the limit and gives back the rest, which prefixed joins again byte for byte', async () => {
    const read = await readUpTo(streamOf('abc', 'def', 'ghi', 'jkl'), 4);
    expect(new TextDecoder().decode(read.bytes)).toBe('abcdef');
    expect(read.rest).toBeDefined();
    expect(await new Response(prefixed(read.bytes, read.rest!)).text()).toBe('abcdefghijkl');
  });

  it('throws what the stream throws', async () => {
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('reset by peer'));
      },
    });
    await expect(readUpTo(broken, 100)).rejects.toThrow('reset by peer');
  });
});

describe('a JSON answer through the relay', () => {
  it('arrives whole when it is under history’s cap, and history keeps it all', async () => {
    const res = await chat({ bot_id: 'echo-text', meta_data: { text: 'x'.repeat(1000) } });
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(JSON.parse(text)).toEqual({ code: 0, msg: '', data: { text: 'x'.repeat(1000) } });
    const run = await runOf(res.headers.get('x-playground-run-id'));
    expect(run.response).toMatchObject({ status: 200, kind: 'json', truncated: false, bytes: text.length });
    expect(run.response.body).toBe(text);
  });

  it('arrives whole and byte for byte when it is longer than history keeps, and history keeps the first part', async () => {
    const long = 'y'.repeat(CAPTURE_LIMITS.bodyBytes + 50_000);
    const res = await chat({ bot_id: 'echo-text', meta_data: { text: long } });
    const text = await res.text();
    expect(text).toBe(JSON.stringify({ code: 0, msg: '', data: { text: long } }));
    const run = await runOf(res.headers.get('x-playground-run-id'));
    expect(run.response).toMatchObject({ status: 200, kind: 'json', truncated: true });
    expect(run.response.body!.length).toBe(CAPTURE_LIMITS.bodyBytes);
    expect(text.startsWith(run.response.body!)).toBe(true);
    expect(run.response.bytes).toBeGreaterThan(CAPTURE_LIMITS.bodyBytes);
  });

  it('becomes our 502 with code and msg when its body breaks off, and history says why', async () => {
    const res = await chat({ bot_id: 'broken-json' });
    expect(res.status).toBe(502);
    const body = (await res.json()) as { code: number; msg: string; error: { code: string } };
    expect(body.code).toBeGreaterThan(0);
    expect(body.msg).toMatch(/^The upstream stream broke off/);
    expect(body.error.code).toBe('stream_interrupted');
    const run = await runOf(res.headers.get('x-playground-run-id'));
    expect(run.response.status).toBe(502);
    expect(run.response.error).toMatch(/^The upstream stream broke off/);
  });
});
