import { timedCall, type Call, type Timed } from './http-client.ts';
import { interleave, summarize, type Summary } from './stats.ts';
import { withCpu, type CpuUse, type Target } from './targets.ts';
import type { LocalWorker } from './worker.ts';

/** Time to first byte and total of one route, over every call. */
export interface RouteTimes {
  readonly url: string;
  readonly ttfbMs: Summary;
  readonly totalMs: Summary;
}

/** The same chat creation Coze answers with JSON, with a fresh token each time as separate users would send. */
export function jsonChatCall(): Call {
  return {
    method: 'POST',
    headers: {
      authorization: `Bearer pat_bench_${crypto.randomUUID().replaceAll('-', '')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      bot_id: '7379462189365198898',
      user_id: 'bench-user',
      stream: false,
      auto_save_history: true,
      additional_messages: [
        { role: 'user', content: 'What can you tell me about the Coze API?', content_type: 'text' },
      ],
    }),
  };
}

interface Route {
  readonly name: string;
  readonly url: string;
  readonly call: () => Call;
  readonly status: number;
}

/**
 * The same JSON call (POST /v3/chat) sent to every target, interleaved, `calls` times each after a
 * warm-up; then the floors (a URL the worker answers itself, with no upstream), interleaved too.
 * Every answer must have the expected status. Returns the timings and the CPU of each phase.
 */
export async function measureRelayLatency(options: {
  targets: readonly Target[];
  floors: readonly Target[];
  workers: Readonly<Record<string, LocalWorker>>;
  calls: number;
  warmup: number;
}) {
  const timings = new Map<string, { url: string; list: Timed[] }>();
  const tasksOf = (routes: readonly Route[], keep: boolean) =>
    routes.map((route) => async () => {
      const timed = await timedCall(route.url, route.call());
      if (timed.status !== route.status) {
        throw new Error(`${route.name}: HTTP ${timed.status} from ${route.url}: ${timed.body.slice(0, 300)}`);
      }
      if (keep) {
        const known = timings.get(route.name) ?? { url: route.url, list: [] };
        known.list.push(timed);
        timings.set(route.name, known);
      }
    });
  const calls: Route[] = options.targets.map((t) => ({
    name: t.name,
    url: `${t.base}/v3/chat`,
    call: jsonChatCall,
    status: 200,
  }));
  const floors: Route[] = options.floors.map((t) => ({
    name: t.name,
    url: t.base,
    call: () => ({ method: 'GET', headers: {} }),
    status: 404,
  }));

  await interleave(options.warmup, [...tasksOf(calls, false), ...tasksOf(floors, false)]);
  const relayCpu: CpuUse[] = await withCpu(options.workers, options.targets, options.calls, () =>
    interleave(options.calls, tasksOf(calls, true)),
  );
  const floorCpu: CpuUse[] = await withCpu(options.workers, options.floors, options.calls, () =>
    interleave(options.calls, tasksOf(floors, true)),
  );
  const times: Record<string, RouteTimes> = {};
  for (const [name, { url, list }] of timings) {
    times[name] = { url, ttfbMs: summarize(list.map((t) => t.ttfbMs)), totalMs: summarize(list.map((t) => t.totalMs)) };
  }
  return { times, cpu: { calls: relayCpu, floors: floorCpu } };
}
