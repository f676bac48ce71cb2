import { createSseParser } from '../../lib/sse-parser';
import { applyStreamEvent, emptyStreamView, finishStreamView, type StreamView } from '../../lib/stream-view';
import type { RequestModel } from '../../lib/request-model';
import { responseBodyKindOf, type ResponseBodyKind } from '../../lib/relay-route';

/** One run as the response panel shows it, updated while the response arrives. */
export interface RunState {
  readonly phase: 'waiting' | 'receiving' | 'done' | 'stopped' | 'failed';
  /** Whether the request asked for a stream. */
  readonly expectedStream: boolean;
  readonly status?: number;
  readonly statusText?: string;
  readonly headers?: readonly (readonly [string, string])[];
  /** Time to the response headers, measured in the browser. */
  readonly ttfbMs?: number;
  /** Time to the end of the body. */
  readonly totalMs?: number;
  readonly kind?: ResponseBodyKind;
  readonly json?: unknown;
  readonly text?: string;
  readonly stream?: StreamView;
  /** The stream as received, for the raw view (first 1 MB). */
  readonly raw?: string;
  /** A binary body, as an object URL the caller revokes. */
  readonly blob?: { readonly url: string; readonly type: string; readonly size: number };
  /** Network failure or a stop, in words. */
  readonly error?: string;
}

const RAW_LIMIT = 1_000_000;

/**
 * Sends one request and reports its state as the response arrives: headers, then each chunk of a
 * stream folded into the stream view, then the end. Aborting `signal` stops it and keeps what came.
 */
export async function runRequest(
  model: RequestModel,
  body: BodyInit | undefined,
  assemble: 'chat' | 'workflow',
  signal: AbortSignal,
  report: (state: RunState) => void,
): Promise<RunState> {
  let current: RunState = { phase: 'waiting', expectedStream: model.streams };
  const update = (change: Partial<RunState>) => {
    current = { ...current, ...change };
    report(current);
  };
  report(current);
  const startedAt = performance.now();
  const elapsed = () => Math.round(performance.now() - startedAt);
  try {
    const response = await fetch(model.url, {
      method: model.method,
      headers: model.headers.map(([name, value]): [string, string] => [name, value]),
      body,
      signal,
    });
    const kind = responseBodyKindOf(response.headers.get('content-type'));
    const streaming = kind === 'sse' && response.body !== null;
    let view = emptyStreamView(assemble);
    update({
      phase: 'receiving',
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers],
      ttfbMs: elapsed(),
      kind,
      ...(streaming ? { stream: view } : {}),
    });
    if (streaming && response.body) {
      const parser = createSseParser();
      const decoder = new TextDecoder();
      const reader = response.body.getReader();
      let raw = '';
      for (;;) {
        const { done, value } = await reader.read();
        const text = done ? decoder.decode() : decoder.decode(value, { stream: true });
        if (raw.length < RAW_LIMIT) raw += text;
        for (const event of [...parser.push(text), ...(done ? parser.finish() : [])])
          view = applyStreamEvent(view, { ...event, offsetMs: elapsed() });
        if (done) return (update({ stream: finishStreamView(view), raw, phase: 'done', totalMs: elapsed() }), current);
        update({ stream: view, raw });
      }
    }
    if (kind === 'binary') {
      const blob = await response.blob();
      update({
        blob: { url: URL.createObjectURL(blob), type: blob.type, size: blob.size },
        phase: 'done',
        totalMs: elapsed(),
      });
      return current;
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = kind === 'json' ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    update({ text, ...(json !== undefined ? { json } : {}), phase: 'done', totalMs: elapsed() });
  } catch (error) {
    const stopped = signal.aborted;
    update({
      ...(current.stream ? { stream: finishStreamView(current.stream) } : {}),
      phase: stopped ? 'stopped' : 'failed',
      totalMs: elapsed(),
      error: stopped ? 'Stopped: the request was aborted.' : `The request failed: ${(error as Error).message}`,
    });
  }
  return current;
}
