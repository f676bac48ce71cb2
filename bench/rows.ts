import type { BrowserPageWeight } from './browser-weight.ts';
import type { Budgets } from './budgets.ts';
import type { PeerWeight } from './peers.ts';
import type { measureRelayLatency } from './relay-latency.ts';
import { ms, size, verdict, type Row } from './report.ts';
import type { measureSdk } from './sdk-client.ts';
import type { PageWeight, Weight } from './site-weight.ts';
import { median } from './stats.ts';
import type { measureStreams, StreamFigures } from './streaming.ts';
import type { CpuUse } from './targets.ts';

/** Everything one bench run measured, as written to bench/results.json. */
export interface BenchResults {
  readonly startedAt: string;
  readonly durationS: number;
  readonly machine: { node: string; cpus: number; loadavgAtStart: number[]; loadavgAtEnd: number[] };
  readonly settings: {
    calls: number;
    warmup: number;
    streamRuns: number;
    throughputRuns: number;
    sdkRuns: number;
    builds: number;
    paced: StreamShape;
    fast: StreamShape;
    short: StreamShape;
    bursts: StreamShape;
    sdkChat: { events: number; paceMs: number };
  };
  readonly goals: {
    relayOwnCostP50Ms: number;
    streamDelayP99Ms: number;
    fastShareOfBare: number;
    shortShareOfBare: number;
    burstTailOverBareMs: number;
  };
  readonly budgets: Budgets;
  readonly cpuTickMs: number;
  readonly latency: Awaited<ReturnType<typeof measureRelayLatency>>;
  readonly streams: { paced: Streams; fast: Streams; short: Streams; bursts: Streams };
  readonly sdk: Awaited<ReturnType<typeof measureSdk>>;
  readonly worker: { runtimeCpuTime: null; bundle: Weight & { files: readonly ({ path: string } & Weight)[] } };
  readonly site: { buildMs: number[]; pages: PageWeight[]; inBrowser: BrowserPageWeight[] };
  readonly peers: PeerWeight[];
}

type Streams = Awaited<ReturnType<typeof measureStreams>>;
type StreamShape = { events: number; paceMs: number; burst: number };

/** The bare worker's route matching a relay route: `relay@direct` → `bare@direct`. */
const bareOf = (name: string) => name.replace(/^relay/, 'bare');
/** Where a route runs, for labels: `relay@direct` → `@direct`, `relay` → `via dev proxy`. */
const placeOf = (name: string) => name.replace(/^(relay|bare|floor)/, '') || 'via dev proxy';

/** Max, median and the heaviest page of one measure over some pages. */
export function spread(pages: readonly PageWeight[], pick: (page: PageWeight) => Weight) {
  const heaviest = pages.reduce((a, b) => (pick(b).gzip > pick(a).gzip ? b : a));
  return {
    maxGzip: pick(heaviest).gzip,
    medianGzip: median(pages.map((page) => pick(page).gzip)),
    maxRaw: Math.max(...pages.map((page) => pick(page).raw)),
    medianRaw: median(pages.map((page) => pick(page).raw)),
    heaviest: page(heaviest),
  };
}

const page = (weight: PageWeight) => `/${weight.page.replace(/index\.html$/, '')}`;
const isRelay = (name: string) => name.startsWith('relay');
/** The relay routes that have a bare worker beside them. */
const relayRoutes = (routes: Readonly<Record<string, unknown>>) =>
  Object.keys(routes).filter((name) => isRelay(name) && routes[bareOf(name)] !== undefined);
const join = (parts: string[]) => parts.join(' · ');

const ROLE_NAMES: Record<string, string> = { worker: 'workerd', 'dev-proxy': 'dev proxy', wrangler: 'wrangler' };

/** Process CPU per call, by worker and role, e.g. `relay: workerd 2.10, dev proxy 1.00`. */
function cpuPerCall(uses: readonly CpuUse[]): string {
  const byWorker = new Map<string, Map<string, { cpuMs: number; calls: number }>>();
  for (const use of uses) {
    if (use.calls === 0) continue;
    const roles = byWorker.get(use.worker) ?? new Map<string, { cpuMs: number; calls: number }>();
    const known = roles.get(use.role) ?? { cpuMs: 0, calls: use.calls };
    roles.set(use.role, { cpuMs: known.cpuMs + use.cpuMs, calls: use.calls });
    byWorker.set(use.worker, roles);
  }
  return join(
    [...byWorker].map(
      ([worker, roles]) =>
        `${worker.replace('playground', 'relay')}: ${[...roles].map(([role, use]) => `${ROLE_NAMES[role]} ${ms(use.cpuMs / use.calls)}`).join(', ')}`,
    ),
  );
}

function workerdPerCall(uses: readonly CpuUse[], worker: string): number {
  const mine = uses.filter((use) => use.worker === worker && use.role === 'worker');
  return mine.reduce((sum, use) => sum + use.cpuMs, 0) / (mine[0]?.calls ?? NaN);
}

/** What headless Chromium fetched when the live playground started, on the pages it opened. */
function browserRow(pages: readonly BrowserPageWeight[], budget: number): Row {
  const heaviest = pages.reduce((a, b) => (b.onStart.gzip > a.onStart.gzip ? b : a));
  return {
    section: '',
    figure: `JS a browser fetches when the live playground starts (Chromium, ${pages.length} pages: the shortest, where every panel is in view, and chat)`,
    measured: `max ${size(heaviest.onStart.gzip)} gzip on ${heaviest.path} (at load ${size(heaviest.atLoad.gzip)})`,
    goal: `<= ${size(budget)}`,
    verdict: verdict(pages.every((p) => p.onStart.gzip <= budget)),
  };
}

/** The rows of the bench table, each figure beside its goal or budget. */
export function rowsOf(r: BenchResults): Row[] {
  const { goals, budgets, settings } = r;
  const t = r.latency.times;
  const routes = Object.keys(t).filter((name) => !name.startsWith('floor'));
  const relays = routes.filter((name) => name !== 'direct');
  const adds = (name: string) => t[name]!.totalMs.p50 - t.direct!.totalMs.p50;
  const ownCost = (relay: string) =>
    t[relay] && t[bareOf(relay)] ? t[relay]!.totalMs.p50 - t[bareOf(relay)]!.totalMs.p50 : NaN;
  const streamRow = (s: Streams, pick: (m: StreamFigures) => string) =>
    join(Object.entries(s.routes).map(([name, route]) => `${name} ${pick(route.median)}`));
  const fast = r.streams.fast;
  const share = (name: string) =>
    fast.routes[name]!.median.eventsPerSecond / fast.routes.direct!.median.eventsPerSecond;
  const streamRelays = Object.keys(fast.routes).filter((name) => name !== 'direct');
  const ofBare = (streams: Streams, relay: string) =>
    streams.routes[relay] && streams.routes[bareOf(relay)]
      ? streams.routes[relay]!.median.eventsPerSecond / streams.routes[bareOf(relay)]!.median.eventsPerSecond
      : NaN;
  const tailOverBare = (relay: string) =>
    r.streams.bursts.routes[relay] && r.streams.bursts.routes[bareOf(relay)]
      ? r.streams.bursts.routes[relay]!.median.burstTailMs - r.streams.bursts.routes[bareOf(relay)]!.median.burstTailMs
      : NaN;
  const streamRelayRoutes = relayRoutes(fast.routes);
  const pct = (share: number) => `${(share * 100).toFixed(0)}%`;

  const pages = r.site.pages;
  const endpoints = pages.filter((p) => p.kind === 'endpoint');
  const docs = pages.filter((p) => p.kind === 'doc');
  const weightRow = (
    figure: string,
    list: readonly PageWeight[],
    pick: (p: PageWeight) => Weight,
    goal = '',
    check?: boolean,
  ): Row => {
    const s = spread(list, pick);
    return {
      section: '',
      figure,
      measured: `${size(s.maxGzip)} / ${size(s.medianGzip)} gzip (${size(s.maxRaw)} / ${size(s.medianRaw)} raw), max ${s.heaviest}`,
      goal,
      verdict: check === undefined ? '' : verdict(check),
    };
  };
  const everything = (p: PageWeight) => p.html.gzip + p.jsAtLoad.gzip + p.jsOnStart.gzip + p.jsLazy.gzip;
  const heaviest = endpoints.reduce((a, b) => (everything(b) > everything(a) ? b : a));
  const ours = everything(heaviest);
  const sdk = r.sdk.medians;

  return [
    {
      section: '1 relay, JSON',
      figure: `POST /v3/chat, ${settings.calls} calls/route interleaved: TTFB p50/p95 ms`,
      measured: join(routes.map((n) => `${n} ${ms(t[n]!.ttfbMs.p50)}/${ms(t[n]!.ttfbMs.p95)}`)),
      goal: '',
      verdict: '',
    },
    {
      section: '',
      figure: 'total p50/p95 ms',
      measured: join(routes.map((n) => `${n} ${ms(t[n]!.totalMs.p50)}/${ms(t[n]!.totalMs.p95)}`)),
      goal: '',
      verdict: '',
    },
    {
      section: '',
      figure: 'added over direct, total p50 (ratio to direct)',
      measured: join(
        relays.map((n) => `${n} +${ms(adds(n))} ms (${(t[n]!.totalMs.p50 / t.direct!.totalMs.p50).toFixed(1)}x)`),
      ),
      goal: 'reference: even a bare worker adds its runtime hop',
      verdict: '',
    },
    {
      section: '',
      figure: "the relay's own cost: relay minus bare worker, total p50",
      measured: join(relayRoutes(t).map((n) => `${placeOf(n)} +${ms(ownCost(n))} ms`)),
      goal: `@direct < ${goals.relayOwnCostP50Ms} ms`,
      verdict: verdict(ownCost('relay@direct') < goals.relayOwnCostP50Ms),
    },
    {
      section: '',
      figure: 'floor: our worker answers a 404 itself, total p50',
      measured: join(
        Object.keys(t)
          .filter((n) => n.startsWith('floor'))
          .map((n) => `${n} ${ms(t[n]!.totalMs.p50)} ms`),
      ),
      goal: 'reference',
      verdict: '',
    },
    {
      section: '2 streaming',
      figure: `paced: ${settings.paced.events} deltas ${settings.paced.paceMs} ms apart, delay p50/p99 ms (median of ${settings.streamRuns} runs)`,
      measured: streamRow(r.streams.paced, (m) => `${ms(m.delayP50Ms)}/${ms(m.delayP99Ms)}`),
      goal: `relay p99 < ${goals.streamDelayP99Ms} ms`,
      verdict: join(
        Object.entries(r.streams.paced.routes)
          .filter(([name]) => isRelay(name))
          .map(([name, route]) => `${name} ${verdict(route.median.delayP99Ms < goals.streamDelayP99Ms)}`),
      ),
    },
    {
      section: '',
      figure: `fast: ${settings.fast.events.toLocaleString('en')} deltas back to back, delay p50/p99 ms (median of ${settings.throughputRuns} runs)`,
      measured: streamRow(fast, (m) => `${ms(m.delayP50Ms)}/${ms(m.delayP99Ms)}`),
      goal: 'reference (queueing)',
      verdict: '',
    },
    {
      section: '',
      figure: 'fast: deltas per second',
      measured: streamRow(fast, (m) => Math.round(m.eventsPerSecond).toLocaleString('en')),
      goal: '',
      verdict: '',
    },
    {
      section: '',
      figure: 'fast: throughput, share of direct',
      measured: join(streamRelays.map((n) => `${n} ${pct(share(n))}`)),
      goal: 'reference: workerd moves one HTTP chunk per read',
      verdict: '',
    },
    {
      section: '',
      figure: 'fast: relay throughput, share of the bare worker in the same place',
      measured: join(streamRelayRoutes.map((n) => `${placeOf(n)} ${pct(ofBare(fast, n))}`)),
      goal: `@direct >= ${pct(goals.fastShareOfBare)}`,
      verdict: verdict(ofBare(fast, 'relay@direct') >= goals.fastShareOfBare),
    },
    {
      section: '',
      figure: `short: ${settings.short.events.toLocaleString('en')} deltas back to back (under history's cap), deltas per second (median of ${settings.throughputRuns} runs)`,
      measured: streamRow(r.streams.short, (m) => Math.round(m.eventsPerSecond).toLocaleString('en')),
      goal: '',
      verdict: '',
    },
    {
      section: '',
      figure: 'short: relay throughput, share of the bare worker in the same place',
      measured: join(
        relayRoutes(r.streams.short.routes).map((n) => `${placeOf(n)} ${pct(ofBare(r.streams.short, n))}`),
      ),
      goal: `@direct >= ${pct(goals.shortShareOfBare)}`,
      verdict: verdict(ofBare(r.streams.short, 'relay@direct') >= goals.shortShareOfBare),
    },
    {
      section: '',
      figure: `bursts: ${settings.bursts.events / settings.bursts.burst} of ${settings.bursts.burst} deltas ${settings.bursts.paceMs} ms apart, worst burst tail delay ms`,
      measured: streamRow(r.streams.bursts, (m) => ms(m.burstTailMs)),
      goal: '',
      verdict: '',
    },
    {
      section: '',
      figure: "bursts: relay tail minus the bare worker's in the same place",
      measured: join(relayRoutes(r.streams.bursts.routes).map((n) => `${placeOf(n)} +${ms(tailOverBare(n))} ms`)),
      goal: `@direct <= +${goals.burstTailOverBareMs} ms`,
      verdict: verdict(tailOverBare('relay@direct') <= goals.burstTailOverBareMs),
    },
    {
      section: '3 @coze/api',
      figure: `chat.stream, ${r.sdk.events} deltas ${r.sdk.paceMs} ms apart, median of ${settings.sdkRuns}: first delta/total ms`,
      measured: join(Object.entries(sdk).map(([n, m]) => `${n} ${ms(m.firstDeltaMs)}/${ms(m.totalMs)}`)),
      goal: '',
      verdict: '',
    },
    {
      section: '',
      figure: 'relay adds to the first delta',
      measured: `+${ms(sdk.relay!.firstDeltaMs - sdk.direct!.firstDeltaMs)} ms`,
      goal: '',
      verdict: '',
    },
    {
      section: '4 worker cost',
      figure: 'CPU time per request reported by the runtime',
      measured: 'none: workerd under wrangler dev reports no per-request CPU time',
      goal: '',
      verdict: '',
    },
    {
      section: '',
      figure: `process CPU per JSON call, ms (/proc utime+stime, ${ms(r.cpuTickMs)} ms ticks, ${settings.calls} calls/route)`,
      measured: cpuPerCall(r.latency.cpu.calls),
      goal: '',
      verdict: '',
    },
    {
      section: '',
      figure: 'process CPU per floor call (404, no upstream), ms',
      measured: cpuPerCall(r.latency.cpu.floors),
      goal: 'reference',
      verdict: '',
    },
    {
      section: '',
      figure: `workerd CPU per ${settings.fast.events.toLocaleString('en')}-delta stream`,
      measured: join(
        ['playground', 'bare', 'playground@direct', 'bare@direct'].map((worker) => {
          const perStream = workerdPerCall(fast.cpu, worker);
          return `${worker.replace('playground', 'relay')} ${ms(perStream)} ms (${((perStream / settings.fast.events) * 1000).toFixed(1)} µs/delta)`;
        }),
      ),
      goal: '',
      verdict: '',
    },
    {
      section: '',
      figure: 'worker bundle (wrangler deploy --dry-run), gzip (raw)',
      measured: `${size(r.worker.bundle.gzip)} (${size(r.worker.bundle.raw)})`,
      goal: `<= ${size(budgets.workerBundleGzip)}`,
      verdict: verdict(r.worker.bundle.gzip <= budgets.workerBundleGzip),
    },
    {
      section: '5 site weight',
      figure: `astro build, median of ${r.site.buildMs.length}`,
      measured: `${(median(r.site.buildMs) / 1000).toFixed(1)} s for ${pages.length} pages (${endpoints.length} endpoint, ${docs.length} doc, ${pages.length - endpoints.length - docs.length} index)`,
      goal: '',
      verdict: '',
    },
    weightRow(
      'HTML per endpoint page, max / median',
      endpoints,
      (p) => p.html,
      `<= ${size(budgets.pageHtmlGzip)}`,
      Math.max(...endpoints.map((p) => p.html.gzip)) <= budgets.pageHtmlGzip,
    ),
    weightRow(
      'HTML per doc page (and index), max / median',
      pages.filter((p) => p.kind !== 'endpoint'),
      (p) => p.html,
      `<= ${size(budgets.pageHtmlGzip)}`,
      Math.max(...pages.filter((p) => p.kind !== 'endpoint').map((p) => p.html.gzip)) <= budgets.pageHtmlGzip,
    ),
    weightRow(
      'JS at load per endpoint page, max / median',
      endpoints,
      (p) => p.jsAtLoad,
      `<= ${size(budgets.pageJsAtLoadGzip)}`,
      Math.max(...endpoints.map((p) => p.jsAtLoad.gzip)) <= budgets.pageJsAtLoadGzip,
    ),
    weightRow(
      'JS at load per doc page (and index), max / median',
      pages.filter((p) => p.kind !== 'endpoint'),
      (p) => p.jsAtLoad,
      `<= ${size(budgets.pageJsAtLoadGzip)}`,
      Math.max(...pages.filter((p) => p.kind !== 'endpoint').map((p) => p.jsAtLoad.gzip)) <= budgets.pageJsAtLoadGzip,
    ),
    weightRow(
      'JS when the live playground starts (first pointer, focus or key on the form)',
      endpoints,
      (p) => p.jsOnStart,
      `<= ${size(budgets.pageJsOnStartGzip)}`,
      Math.max(...endpoints.map((p) => p.jsOnStart.gzip)) <= budgets.pageJsOnStartGzip,
    ),
    browserRow(r.site.inBrowser, budgets.pageJsOnStartGzip),
    weightRow(
      'JS loaded later per endpoint page (runner at Run, samples and history when scrolled to)',
      endpoints,
      (p) => p.jsLazy,
      'not budgeted',
    ),
    {
      section: '6 peers',
      figure: `ours: the heaviest endpoint page, all it can load (${page(heaviest)})`,
      measured: `${size(ours)} gzip = HTML ${size(heaviest.html.gzip)} + JS at load ${size(heaviest.jsAtLoad.gzip)} + on start ${size(heaviest.jsOnStart.gzip)} + later ${size(heaviest.jsLazy.gzip)}`,
      goal: '',
      verdict: '',
    },
    ...r.peers.map((peer) => ({
      section: '',
      figure: `${peer.label} (${peer.spec}): ${peer.files.map((file) => file.path.split('/').pop()).join(' + ')}`,
      measured: `${size(peer.gzip)} gzip (${size(peer.raw)} raw) = ${(peer.gzip / ours).toFixed(1)}x ours`,
      goal: '',
      verdict: '',
    })),
  ];
}
