import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { now } from './stats.ts';

// One keep-alive pool for every call of the bench, direct or relayed, so neither pays for
// connection set-up after the warm-up.
const agent = new Agent({ keepAlive: true, maxSockets: 8 });

/** A call to send: same shape for the fake upstream and the relay. */
export interface Call {
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

/** What one call took: status, time to the response headers, time to the body's end (ms). */
export interface Timed {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly ttfbMs: number;
  readonly totalMs: number;
  readonly body: string;
}

/** Sends one call and times it; the body is read in full. */
export function timedCall(url: string, call: Call): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { method: call.method, headers: call.headers, agent }, (res) => {
      const ttfbMs = performance.now() - started;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          ttfbMs,
          totalMs: performance.now() - started,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    req.end(call.body);
  });
}

/** One streamed delta: its number, when the upstream wrote it and when it arrived (epoch ms). */
export interface Arrival {
  readonly seq: number;
  readonly sentAt: number;
  readonly arrivedAt: number;
}

/** A read stream: status, time to headers (ms), every stamped delta's arrival, and other events seen. */
export interface StreamRun {
  readonly status: number;
  readonly ttfbMs: number;
  readonly totalMs: number;
  readonly arrivals: Arrival[];
  readonly otherEvents: string[];
}

const SENT = '"sent":';
const SEQ = '"seq":';

/**
 * Sends one streaming call and records the arrival of each stamped event: the moment the chunk that
 * completes its frame is handed to us. Parsing is kept to `indexOf` so the client stays cheap at
 * tens of thousands of events per second.
 */
export function streamCall(url: string, call: Call): Promise<StreamRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { method: call.method, headers: call.headers, agent }, (res) => {
      const ttfbMs = performance.now() - started;
      const arrivals: Arrival[] = [];
      const otherEvents: string[] = [];
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        const arrivedAt = now();
        buffer += chunk;
        let end: number;
        let start = 0;
        while ((end = buffer.indexOf('\n\n', start)) >= 0) {
          const sent = buffer.indexOf(SENT, start);
          if (sent >= 0 && sent < end) {
            const seq = buffer.indexOf(SEQ, start);
            arrivals.push({
              seq: parseInt(buffer.slice(seq + SEQ.length, seq + SEQ.length + 12), 10),
              sentAt: parseFloat(buffer.slice(sent + SENT.length, sent + SENT.length + 24)),
              arrivedAt,
            });
          } else {
            otherEvents.push(/^event:\s?(.*)$/m.exec(buffer.slice(start, end))?.[1] ?? '');
          }
          start = end + 2;
        }
        buffer = buffer.slice(start);
      });
      res.on('error', reject);
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, ttfbMs, totalMs: performance.now() - started, arrivals, otherEvents }),
      );
    });
    req.on('error', reject);
    req.end(call.body);
  });
}
