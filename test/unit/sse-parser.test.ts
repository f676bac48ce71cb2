import { describe, expect, it } from 'vitest';
import { createSseParser, parseSseData, type SseEvent } from '../../lib/sse-parser';

// A chat stream as Coze sends it: no space after the colons, Chinese text and an emoji whose
// UTF-8 bytes a byte-by-byte feed splits, and the closing `done` event.
const CHAT_STREAM = [
  'event:conversation.chat.created',
  'data:{"id":"7382159487131697202","conversation_id":"7381473525342978089","bot_id":"7379462189365198898","status":"created","usage":{"token_count":0}}',
  '',
  'event:conversation.chat.in_progress',
  'data:{"id":"7382159487131697202","conversation_id":"7381473525342978089","status":"in_progress"}',
  '',
  'event:conversation.message.delta',
  'data:{"id":"7382159494123470858","role":"assistant","type":"answer","content":"你好","content_type":"text"}',
  '',
  'event:conversation.message.delta',
  'data:{"id":"7382159494123470858","role":"assistant","type":"answer","content":"！👋 有什么可以帮你？","content_type":"text"}',
  '',
  'event:conversation.message.completed',
  'data:{"id":"7382159494123470858","role":"assistant","type":"answer","content":"你好！👋 有什么可以帮你？","content_type":"text"}',
  '',
  'event:conversation.chat.completed',
  'data:{"id":"7382159487131697202","status":"completed","usage":{"token_count":633,"output_count":19,"input_count":614}}',
  '',
  'event:done',
  'data:"[DONE]"',
  '',
  '',
].join('\n');

const CHAT_EVENT_NAMES = [
  'conversation.chat.created',
  'conversation.chat.in_progress',
  'conversation.message.delta',
  'conversation.message.delta',
  'conversation.message.completed',
  'conversation.chat.completed',
  'done',
];

function parseAll(chunks: readonly string[]): { events: SseEvent[]; pending: boolean } {
  const parser = createSseParser();
  const events = chunks.flatMap((chunk) => parser.push(chunk));
  events.push(...parser.finish());
  return { events, pending: parser.pending() };
}

function parseBytes(bytes: Uint8Array, size: number): SseEvent[] {
  const parser = createSseParser();
  const decoder = new TextDecoder();
  const events: SseEvent[] = [];
  for (let i = 0; i < bytes.length; i += size) {
    events.push(...parser.push(decoder.decode(bytes.subarray(i, i + size), { stream: true })));
  }
  events.push(...parser.push(decoder.decode()), ...parser.finish());
  return events;
}

describe('createSseParser on a Coze chat stream', () => {
  const whole = parseAll([CHAT_STREAM]).events;

  it('yields every event with its name and JSON data', () => {
    expect(whole.map((e) => e.event)).toEqual(CHAT_EVENT_NAMES);
    expect(parseSseData(whole[2]!)).toMatchObject({ content: '你好', role: 'assistant' });
    expect(whole[6]).toEqual({ event: 'done', data: '"[DONE]"' });
    expect(parseSseData(whole[6]!)).toBe('[DONE]');
  });

  it('gives the same events for a split at every position', () => {
    for (let i = 0; i <= CHAT_STREAM.length; i++) {
      const split = parseAll([CHAT_STREAM.slice(0, i), CHAT_STREAM.slice(i)]);
      expect(split.events, `split at ${i}`).toEqual(whole);
      expect(split.pending).toBe(false);
    }
  });

  it('gives the same events fed one UTF-8 byte at a time', () => {
    expect(parseBytes(new TextEncoder().encode(CHAT_STREAM), 1)).toEqual(whole);
  });

  it.each([2, 3, 7, 64, 1000])('gives the same events fed %i bytes at a time', (size) => {
    expect(parseBytes(new TextEncoder().encode(CHAT_STREAM), size)).toEqual(whole);
  });

  it('gives the same events with CRLF line ends split at every position', () => {
    const crlf = CHAT_STREAM.replaceAll('\n', '\r\n');
    expect(parseAll([crlf]).events).toEqual(whole);
    for (let i = 0; i <= crlf.length; i++) {
      expect(parseAll([crlf.slice(0, i), crlf.slice(i)]).events, `split at ${i}`).toEqual(whole);
    }
  });

  it('gives the same events with bare CR line ends split at every position', () => {
    const cr = CHAT_STREAM.replaceAll('\n', '\r');
    for (let i = 0; i <= cr.length; i++) {
      expect(parseAll([cr.slice(0, i), cr.slice(i)]).events, `split at ${i}`).toEqual(whole);
    }
  });

  it('returns each event from the push that completes it, not before', () => {
    const parser = createSseParser();
    expect(parser.push('event:done\ndata:"[DONE]"\n')).toEqual([]);
    expect(parser.pending()).toBe(true);
    expect(parser.push('\n')).toEqual([{ event: 'done', data: '"[DONE]"' }]);
    expect(parser.pending()).toBe(false);
  });
});

describe('createSseParser line and field rules', () => {
  it.each([
    ['LF', 'data: a\n\n'],
    ['CRLF', 'data: a\r\n\r\n'],
    ['CR', 'data: a\r\r'],
    ['mixed', 'data: a\r\n\n'],
  ])('ends lines on %s', (_, text) => {
    expect(parseAll([text]).events).toEqual([{ event: 'message', data: 'a' }]);
  });

  it('treats CR then CR as two line ends, not one', () => {
    expect(parseAll(['data: a\r', '\rdata: b\n\n']).events).toEqual([
      { event: 'message', data: 'a' },
      { event: 'message', data: 'b' },
    ]);
  });

  it('treats an LF right after a chunk-ending CR as part of the same line end', () => {
    expect(parseAll(['data: a\r', '\n', '\r', '\n']).events).toEqual([{ event: 'message', data: 'a' }]);
  });

  it('keeps an LF pending across empty chunks after a CR', () => {
    expect(parseAll(['data: a\r', '', '\ndata: b\n\n']).events).toEqual([{ event: 'message', data: 'a\nb' }]);
  });

  it('joins multi-line data with LF', () => {
    expect(parseAll(['data: line one\ndata: line two\ndata:\ndata:  indented\n\n']).events).toEqual([
      { event: 'message', data: 'line one\nline two\n\n indented' },
    ]);
  });

  it('removes only one leading space after the colon', () => {
    expect(parseAll(['event:  spaced\ndata:  x \n\n']).events).toEqual([{ event: ' spaced', data: ' x ' }]);
  });

  it('takes a field line without a colon as the field with an empty value', () => {
    expect(parseAll(['data\n\n']).events).toEqual([{ event: 'message', data: '' }]);
  });

  it('ignores comment lines, keep-alives and unknown fields', () => {
    expect(parseAll([': ping\n\n:\nfoo: bar\ndata: x\n: in the middle\n\n']).events).toEqual([
      { event: 'message', data: 'x' },
    ]);
  });

  it('drops events without data lines and does not carry their event name over', () => {
    expect(parseAll(['event: lonely\n\ndata: next\n\n']).events).toEqual([{ event: 'message', data: 'next' }]);
  });

  it('names events message by default and resets the name after each event', () => {
    expect(parseAll(['event: first\ndata: 1\n\ndata: 2\n\n']).events).toEqual([
      { event: 'first', data: '1' },
      { event: 'message', data: '2' },
    ]);
  });

  it('is case-sensitive about field names', () => {
    expect(parseAll(['Data: x\nEVENT: y\n\n']).events).toEqual([]);
  });

  it('strips a byte order mark that opens the stream, and only there', () => {
    // A later BOM is part of the field name, so `\uFEFFdata` is an unknown field.
    expect(parseAll(['', '\uFEFFdata: a\n\n\uFEFFdata: b\n\n']).events).toEqual([{ event: 'message', data: 'a' }]);
  });
});

describe('createSseParser ids and retry', () => {
  // Workflow streams frame every event with an id, as Coze's stream_run does.
  const WORKFLOW_STREAM =
    'id: 0\nevent: Message\ndata: {"content":"msg","node_title":"End"}\n\n' +
    'id: 1\nevent: Done\ndata: {"debug_url":"https://www.coze.cn/work_flow?x=1"}\n\n';

  it('gives each event the id of its frame', () => {
    expect(parseAll([WORKFLOW_STREAM]).events).toEqual([
      { event: 'Message', data: '{"content":"msg","node_title":"End"}', id: '0' },
      { event: 'Done', data: '{"debug_url":"https://www.coze.cn/work_flow?x=1"}', id: '1' },
    ]);
  });

  it('carries the last id over to later events, as EventSource does', () => {
    expect(parseAll(['id: 7\ndata: a\n\ndata: b\n\n']).events).toEqual([
      { event: 'message', data: 'a', id: '7' },
      { event: 'message', data: 'b', id: '7' },
    ]);
  });

  it('resets the id with an empty id field', () => {
    expect(parseAll(['id: 7\ndata: a\n\nid\ndata: b\n\n']).events).toEqual([
      { event: 'message', data: 'a', id: '7' },
      { event: 'message', data: 'b' },
    ]);
  });

  it('ignores an id containing NUL', () => {
    expect(parseAll(['id: 1\ndata: a\n\nid: 2\0\ndata: b\n\n']).events.map((e) => e.id)).toEqual(['1', '1']);
  });

  it('records an id even from an event dropped for having no data', () => {
    expect(parseAll(['id: 3\n\ndata: a\n\n']).events).toEqual([{ event: 'message', data: 'a', id: '3' }]);
  });

  it('attaches a numeric retry to the event of its block only', () => {
    expect(parseAll(['retry: 3000\ndata: a\n\nretry: soon\ndata: b\n\n']).events).toEqual([
      { event: 'message', data: 'a', retry: 3000 },
      { event: 'message', data: 'b' },
    ]);
  });
});

describe('createSseParser at the end of a stream', () => {
  it('drops an unterminated final event and reports it pending', () => {
    const cut = parseAll(['data: a\n\ndata: b\n']);
    expect(cut.events).toEqual([{ event: 'message', data: 'a' }]);
    expect(cut.pending).toBe(true);
  });

  it('reports a partial line as pending', () => {
    expect(parseAll(['data: a\n\nda']).pending).toBe(true);
  });

  it('reports a stream cut between events as complete', () => {
    expect(parseAll(['data: a\n\n: keep-alive\n']).pending).toBe(false);
  });

  it('reports a stream that ends after a bare CR as complete', () => {
    const ended = parseAll(['data: a\n\r']);
    expect(ended.events).toEqual([{ event: 'message', data: 'a' }]);
    expect(ended.pending).toBe(false);
  });

  it('refuses input after finish', () => {
    const parser = createSseParser();
    parser.finish();
    expect(() => parser.push('data: a\n\n')).toThrow(/after finish/);
  });
});

describe('createSseParser with a bound', () => {
  const CHUNK = 'x'.repeat(64 * 1024);

  it('never holds more than its bound of one endless line, and stops there', () => {
    const parser = createSseParser({ maxBufferedChars: 256 * 1024 });
    expect(parser.push('event: a\ndata: 1\n\nevent: delta\ndata: ')).toEqual([{ event: 'a', data: '1' }]);
    let most = 0;
    for (let i = 0; i < 1024; i++) {
      parser.push(CHUNK);
      most = Math.max(most, parser.buffered());
    }
    expect(most).toBeLessThanOrEqual(256 * 1024);
    expect(parser.overflowed()).toBe(true);
    expect(parser.push('\n\nevent: b\ndata: 2\n\n')).toEqual([]);
    expect(parser.pending()).toBe(false);
  });

  it('counts many data lines of one event against the bound', () => {
    const parser = createSseParser({ maxBufferedChars: 1000 });
    const events = parser.push(`data: ok\n\n${'data: 0123456789\n'.repeat(200)}`);
    expect(events).toEqual([{ event: 'message', data: 'ok' }]);
    expect(parser.overflowed()).toBe(true);
    expect(parser.buffered()).toBe(0);
  });

  it('parses streams within the bound as an unbounded parser does', () => {
    const text = 'event: a\ndata: 1\nid: 7\n\n'.repeat(1000);
    const bounded = createSseParser({ maxBufferedChars: 100 });
    expect(bounded.push(text)).toEqual(createSseParser().push(text));
    expect(bounded.overflowed()).toBe(false);
  });
});

describe('parseSseData', () => {
  it.each([
    ['a JSON object', '{"a":1}', { a: 1 }],
    ['a JSON string', '"[DONE]"', '[DONE]'],
    ['a number', '42', 42],
    ['plain text', '[DONE]', '[DONE]'],
    ['an empty string', '', ''],
    ['broken JSON', '{"a":', '{"a":'],
  ])('parses %s', (_, data, expected) => {
    expect(parseSseData({ event: 'message', data })).toEqual(expected);
  });
});
