import { afterEach, describe, expect, it, vi } from 'vitest';
import { findEndpoint } from '../../catalog';
import { buildRequest } from '../../lib/request-model';
import { responseBodyKindOf } from '../../lib/relay-route';
import { runRequest, type RunState } from '../../site/islands/runner';

const createChat = findEndpoint('create-chat')!;
const model = buildRequest(
  createChat,
  { body: { bot_id: '1', user_id: 'u', stream: true } },
  { region: 'sandbox', origin: 'https://p.test', token: 'sandbox-x' },
);

/** A response whose body arrives in the given chunks, each released by calling the returned `next`. */
function chunkedResponse(chunks: string[], headers: Record<string, string>) {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  let index = 0;
  return {
    response: new Response(body, { status: 200, headers }),
    next() {
      if (index < chunks.length) controller.enqueue(encoder.encode(chunks[index++]!));
      else controller.close();
    },
    /** Breaks the body off, as fetch does when its signal aborts. */
    abort() {
      controller.error(new DOMException('The operation was aborted.', 'AbortError'));
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('runRequest', () => {
  it('reports each stream chunk as it arrives, the answer growing, then the end', async () => {
    const { response, next } = chunkedResponse(
      [
        'event:conversation.message.delta\ndata:{"type":"answer","content":"Hel"}\n\n',
        'event:conversation.message.delta\ndata:{"type":"answer","content":"lo"}\n\nevent:conversation.chat.completed\ndata:{"usage":{"token_count":3}}\n\n',
        'event:done\ndata:"[DONE]"\n\n',
      ],
      { 'content-type': 'text/event-stream', 'x-tt-logid': 'log-1' },
    );
    const fetchStub = vi.fn(async () => response);
    vi.stubGlobal('fetch', fetchStub);
    const states: RunState[] = [];
    const done = runRequest(model, '{}', 'chat', new AbortController().signal, (state) => {
      states.push(state);
      // Release the next chunk only after the previous one was reported: proof the view is live.
      if (state.phase === 'receiving') queueMicrotask(next);
    });
    const final = await done;

    const answers = states.filter((s) => s.stream).map((s) => s.stream!.answer);
    expect(answers).toEqual(['', 'Hel', 'Hello', 'Hello', 'Hello']);
    expect(states.find((s) => s.stream?.answer === 'Hel')!.stream!.status.state).toBe('streaming');
    expect(final.phase).toBe('done');
    expect(final.stream!.status).toEqual({ state: 'done', tokenCount: 3 });
    expect(final.ttfbMs).toBeGreaterThanOrEqual(0);
    expect(final.totalMs).toBeGreaterThanOrEqual(final.ttfbMs!);
    expect(final.headers).toContainEqual(['x-tt-logid', 'log-1']);
    expect(final.raw).toContain('event:done');
    expect(fetchStub).toHaveBeenCalledWith(model.url, expect.objectContaining({ method: 'POST', body: '{}' }));
  });

  it('parses a JSON answer, and flags it when a stream was expected', async () => {
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response('{"code":4015,"msg":"not published"}', { headers: { 'content-type': 'application/json' } }),
    );
    const final = await runRequest(model, '{}', 'chat', new AbortController().signal, () => {});
    expect(final).toMatchObject({
      phase: 'done',
      kind: 'json',
      json: { code: 4015, msg: 'not published' },
      expectedStream: true,
    });
    expect(final.stream).toBeUndefined();
  });

  it('keeps what arrived when stopped', async () => {
    const { response, next, abort } = chunkedResponse(
      ['event:conversation.message.delta\ndata:{"type":"answer","content":"Part"}\n\n'],
      {
        'content-type': 'text/event-stream',
      },
    );
    const controller = new AbortController();
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      init.signal?.addEventListener('abort', abort);
      return response;
    });
    const final = await runRequest(model, '{}', 'chat', controller.signal, (state) => {
      if (state.phase === 'receiving' && !state.stream?.answer) queueMicrotask(next);
      if (state.stream?.answer === 'Part') queueMicrotask(() => controller.abort());
    });
    expect(final.phase).toBe('stopped');
    expect(final.stream!.answer).toBe('Part');
    expect(final.stream!.status.state).toBe('incomplete');
  });

  it('reports a network failure in words', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const final = await runRequest(model, '{}', 'chat', new AbortController().signal, () => {});
    expect(final).toMatchObject({ phase: 'failed', error: 'The request failed: Failed to fetch' });
  });
});

describe('responseBodyKindOf', () => {
  it('tells streams, JSON, text and binary apart', () => {
    expect(responseBodyKindOf('text/event-stream; charset=utf-8')).toBe('sse');
    expect(responseBodyKindOf('application/json')).toBe('json');
    expect(responseBodyKindOf('text/plain')).toBe('text');
    expect(responseBodyKindOf('audio/mpeg')).toBe('binary');
    expect(responseBodyKindOf(null)).toBe('binary');
  });
});
