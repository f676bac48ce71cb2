/** One dispatched server-sent event. */
export interface SseEvent {
  /** The `event:` field, or `message` when the event named none. */
  readonly event: string;
  /** The `data:` lines, joined with `\n`. */
  readonly data: string;
  /** The last event id in effect when the event was dispatched (it carries over, as in `EventSource`). */
  readonly id?: string;
  /** A `retry:` value given in the same block as this event. */
  readonly retry?: number;
}

/** A push parser for one `text/event-stream` body. */
export interface SseParser {
  /** Feeds decoded text (any split, even mid-line or between CR and LF); returns the events it completed. */
  push(chunk: string): SseEvent[];
  /** Ends the stream. An unterminated final event is dropped, as the spec says; see {@link SseParser.pending}. */
  finish(): SseEvent[];
  /** True while part of an event has arrived without its closing blank line: after `finish()`, a cut stream. */
  pending(): boolean;
  /** Characters held for the event being read: its line so far, its data, its name and the last id. */
  buffered(): number;
  /** True once an event outgrew `maxBufferedChars`: the parser dropped it and reads nothing more. */
  overflowed(): boolean;
}

/** Bounds for a parser that must not hold a line or an event of any size in memory. */
export interface SseParserOptions {
  /** At most this many characters held at once (see {@link SseParser.buffered}); past it the parser stops. */
  readonly maxBufferedChars?: number;
}

/**
 * A parser that follows the WHATWG event-stream rules, with no knowledge of fetch or the UI, so the
 * worker (recording transcripts) and the browser (showing live events) frame streams the same way.
 * Callers decode bytes themselves, with `new TextDecoder()` and `{ stream: true }`.
 * @example
 * const parser = createSseParser();
 * parser.push('event: done\ndata: "[DONE]"\n'); // → []
 * parser.push('\n'); // → [{ event: 'done', data: '"[DONE]"' }]
 */
export function createSseParser(options: SseParserOptions = {}): SseParser {
  const maxBuffered = options.maxBufferedChars ?? Number.POSITIVE_INFINITY;
  const lineEnd = /[\r\n]/g;
  let started = false;
  let finished = false;
  // A CR ended the last chunk: an LF opening the next one belongs to the same line break.
  let skipLf = false;
  let lineParts: string[] = [];
  let inBlock = false;
  let data: string[] = [];
  let eventType = '';
  let lastEventId = '';
  let retry: number | undefined;
  // Lengths of lineParts and data, kept as counts so the bound costs nothing per line.
  let partChars = 0;
  let dataChars = 0;
  let overflow = false;
  const held = () => partChars + dataChars + eventType.length + lastEventId.length;

  function dispatch(events: SseEvent[]): void {
    if (data.length > 0) {
      events.push({
        event: eventType || 'message',
        data: data.join('\n'),
        ...(lastEventId ? { id: lastEventId } : {}),
        ...(retry !== undefined ? { retry } : {}),
      });
    }
    inBlock = false;
    data = [];
    dataChars = 0;
    eventType = '';
    retry = undefined;
  }

  function processLine(line: string, events: SseEvent[]): void {
    if (line === '') return dispatch(events);
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    inBlock = true;
    if (field === 'data') {
      data.push(value);
      dataChars += value.length;
    } else if (field === 'event') eventType = value;
    else if (field === 'id' && !value.includes('\0')) lastEventId = value;
    else if (field === 'retry' && /^[0-9]+$/.test(value)) retry = Number(value);
  }

  // Drops the event that grew too large, and all that follows: the events completed before it stand.
  function overflowWith(events: SseEvent[]): SseEvent[] {
    overflow = true;
    lineParts = [];
    data = [];
    partChars = 0;
    dataChars = 0;
    eventType = '';
    lastEventId = '';
    return events;
  }

  return {
    push(chunk) {
      if (finished) throw new Error('push() after finish(): this SSE stream has ended');
      if (overflow) return [];
      let text = chunk;
      if (!started && text.length > 0) {
        started = true;
        // A byte order mark may open the stream; it is not part of the first line.
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      if (skipLf && text.length > 0) {
        skipLf = false;
        if (text.charCodeAt(0) === 0x0a) text = text.slice(1);
      }
      const events: SseEvent[] = [];
      let position = 0;
      lineEnd.lastIndex = 0;
      for (let match = lineEnd.exec(text); match; match = lineEnd.exec(text)) {
        const end = match.index;
        lineParts.push(text.slice(position, end));
        const line = lineParts.length === 1 ? lineParts[0]! : lineParts.join('');
        lineParts = [];
        partChars = 0;
        processLine(line, events);
        if (held() > maxBuffered) return overflowWith(events);
        position = end + 1;
        if (text.charCodeAt(end) === 0x0d) {
          if (position === text.length) skipLf = true;
          else if (text.charCodeAt(position) === 0x0a) position++;
        }
        lineEnd.lastIndex = position;
      }
      if (position < text.length) {
        lineParts.push(text.slice(position));
        partChars += text.length - position;
        if (held() > maxBuffered) return overflowWith(events);
      }
      return events;
    },
    finish() {
      finished = true;
      return [];
    },
    pending() {
      return !overflow && (inBlock || lineParts.some((part) => part.length > 0));
    },
    buffered() {
      return held();
    },
    overflowed() {
      return overflow;
    },
  };
}

/**
 * The data of an event as JSON when it parses, else the raw text (`[DONE]`, heartbeats).
 * @example parseSseData({ event: 'done', data: '"[DONE]"' }) // → '[DONE]'
 */
export function parseSseData(event: SseEvent): unknown {
  try {
    return JSON.parse(event.data);
  } catch {
    return event.data;
  }
}
