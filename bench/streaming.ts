import { streamCall, type Call, type StreamRun } from './http-client.ts';
import { interleave, median, percentile } from './stats.ts';
import { withCpu, type Target } from './targets.ts';
import type { LocalWorker } from './worker.ts';

/**
 * A streaming chat of `events` stamped deltas written `paceMs` apart (0: as fast as the socket
 * takes them), or in bursts of `burst` deltas back to back, `paceMs` apart.
 */
export function streamingChatCall(events: number, paceMs: number, burst = 1): Call {
  return {
    method: 'POST',
    headers: {
      authorization: `Bearer pat_bench_${crypto.randomUUID().replaceAll('-', '')}`,
      'content-type': 'application/json',
      accept: 'text/event-stream',
    },
    body: JSON.stringify({
      bot_id: '7379462189365198898',
      user_id: 'bench-user',
      stream: true,
      additional_messages: [{ role: 'user', content: 'Count for me', content_type: 'text' }],
      meta_data: { events: String(events), pace_ms: String(paceMs), burst: String(burst) },
    }),
  };
}

/** The figures of one stream read in full. */
export interface StreamFigures {
  readonly delayP50Ms: number;
  readonly delayP99Ms: number;
  readonly delayMaxMs: number;
  /** Deltas per second between the first delta's arrival and the last's. */
  readonly eventsPerSecond: number;
  readonly totalMs: number;
  /** In bursts: the delay of each burst's last delta, at its worst over the bursts (else NaN). */
  readonly burstTailMs: number;
}

function figuresOf(name: string, run: StreamRun, events: number, burst: number): StreamFigures {
  if (run.status !== 200) throw new Error(`${name}: HTTP ${run.status}`);
  if (run.otherEvents.includes('error')) throw new Error(`${name}: the stream carried an error event`);
  if (run.arrivals.length !== events || run.arrivals.some((arrival, i) => arrival.seq !== i)) {
    throw new Error(`${name}: ${run.arrivals.length} of ${events} deltas arrived, or out of order`);
  }
  const delays = run.arrivals.map((a) => a.arrivedAt - a.sentAt).sort((a, b) => a - b);
  const span = run.arrivals.at(-1)!.arrivedAt - run.arrivals[0]!.arrivedAt;
  return {
    delayP50Ms: percentile(delays, 50),
    delayP99Ms: percentile(delays, 99),
    delayMaxMs: delays.at(-1)!,
    eventsPerSecond: span > 0 ? ((events - 1) / span) * 1000 : NaN,
    totalMs: run.totalMs,
    burstTailMs:
      burst > 1
        ? Math.max(
            ...run.arrivals
              .filter((a) => (a.seq + 1) % burst === 0 || a.seq === events - 1)
              .map((a) => a.arrivedAt - a.sentAt),
          )
        : NaN,
  };
}

/** Per route: every run's figures, and the median of each figure over the runs. */
export interface RouteStreams {
  readonly runs: StreamFigures[];
  readonly median: StreamFigures;
}

function medians(runs: StreamFigures[]): StreamFigures {
  const of = (key: keyof StreamFigures) => median(runs.map((run) => run[key]));
  return {
    delayP50Ms: of('delayP50Ms'),
    delayP99Ms: of('delayP99Ms'),
    delayMaxMs: of('delayMaxMs'),
    eventsPerSecond: of('eventsPerSecond'),
    totalMs: of('totalMs'),
    burstTailMs: of('burstTailMs'),
  };
}

/**
 * Streams the same chat from every target (straight from the fake upstream, through the relay, ...),
 * interleaved, `runs` times each, and times every delta from its write to its arrival. Also returns
 * the process CPU of each worker process per stream it carried.
 */
export async function measureStreams(options: {
  targets: readonly Target[];
  workers: Readonly<Record<string, LocalWorker>>;
  events: number;
  paceMs: number;
  /** Deltas per burst; 1 (the default) paces every delta. */
  burst?: number;
  runs: number;
}) {
  const { events, paceMs } = options;
  const burst = options.burst ?? 1;
  const collected = new Map<string, StreamFigures[]>(options.targets.map((t) => [t.name, []]));
  const cpu = await withCpu(options.workers, options.targets, options.runs, () =>
    interleave(
      options.runs,
      options.targets.map((target) => async () => {
        const run = await streamCall(`${target.base}/v3/chat`, streamingChatCall(events, paceMs, burst));
        collected.get(target.name)!.push(figuresOf(target.name, run, events, burst));
      }),
    ),
  );
  const routes: Record<string, RouteStreams> = {};
  for (const [name, runs] of collected) routes[name] = { runs, median: medians(runs) };
  return { events, paceMs, burst, routes, cpu };
}
