// npm run bench: speed and weight, against the peers and the physical limit, in one run, on this
// machine only (loopback). Builds the site, bundles the worker, weighs the peers' npm packages,
// then starts a fake Coze upstream, the playground's worker and a bare pass-through worker both
// under `wrangler dev` and in workerd run directly (in-memory KV and rate limiters), and times the
// same calls sent directly and through each, interleaved. Prints one table; writes
// bench/results.json. Every figure is measured in the run.
// Knobs (env): BENCH_QUICK=1 (a quick look: 30 calls, 1 stream run, 3 throughput runs, 2 SDK runs, 1 build; each
// knob below still wins), BENCH_CALLS (200), BENCH_STREAM_RUNS (3), BENCH_THROUGHPUT_RUNS (7), BENCH_SDK_RUNS (10),
// BENCH_BUILDS (3), BENCH_DEADLINE_S (600).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readBudgets } from './budgets.ts';
import { startBenchUpstream, type BenchUpstream } from './fake-upstream.ts';
import { weighPeers } from './peers.ts';
import { measureRelayLatency } from './relay-latency.ts';
import { table } from './report.ts';
import { rowsOf, type BenchResults } from './rows.ts';
import { measureSdk } from './sdk-client.ts';
import { launchChromium, pagesToWeigh, weighInBrowser, type BrowserPageWeight } from './browser-weight.ts';
import { buildSite } from './site-build.ts';
import { weighSite } from './site-weight.ts';
import { measureStreams } from './streaming.ts';
import { startBareWorker, startPlayground, targetsOf, type Target } from './targets.ts';
import { bundleWorker } from './worker-bundle.ts';
import { CPU_TICK_MS, PROBE_PATH, type LocalWorker } from './worker.ts';
import { compatibilityDateOf, startDirect } from './direct.ts';

const root = resolve(import.meta.dirname, '..');
const QUICK = process.env.BENCH_QUICK === '1';
const setting = (name: string, full: number, quick: number) => Number(process.env[name] ?? (QUICK ? quick : full));
const SETTINGS = {
  calls: setting('BENCH_CALLS', 200, 30),
  warmup: QUICK ? 5 : 20,
  streamRuns: setting('BENCH_STREAM_RUNS', 3, 1),
  // A 1,000-delta stream lasts about 10 ms on the bare worker, so one scheduler hiccup on this
  // 2-core machine halves or doubles a run's rate: the throughput figures take the median of more runs.
  throughputRuns: setting('BENCH_THROUGHPUT_RUNS', 7, 3),
  sdkRuns: setting('BENCH_SDK_RUNS', 10, 2),
  builds: setting('BENCH_BUILDS', 3, 1),
  paced: { events: 100, paceMs: 20, burst: 1 },
  fast: { events: 10_000, paceMs: 0, burst: 1 },
  /** Shorter than history's cap (2,000 events), so history reads all of it. */
  short: { events: 1_000, paceMs: 0, burst: 1 },
  /** Bursts as a model writes them: 200 deltas back to back, 100 ms apart. */
  bursts: { events: 2_000, paceMs: 100, burst: 200 },
  sdkChat: { events: 20, paceMs: 20 },
};
const DEADLINE_MS = setting('BENCH_DEADLINE_S', 600, 600) * 1000;

/**
 * The goals, each against the yardstick that can reach it (README, Performance): the relay is
 * compared with the bare worker in workerd run directly, since neither `wrangler dev` nor any
 * worker at all can match a direct call here.
 */
const GOALS = {
  /** Relay minus bare worker, JSON total p50, both in direct workerd (ms). */
  relayOwnCostP50Ms: 1,
  /** Paced deltas through the relay, delay p99 (ms). */
  streamDelayP99Ms: 5,
  /** A 10,000-delta stream through the relay, share of the bare worker's deltas per second. */
  fastShareOfBare: 0.75,
  /** A stream shorter than history's cap (history reads all of it), share of the bare worker's rate. */
  shortShareOfBare: 0.5,
  /** Bursts: the relay's worst burst tail may exceed the bare worker's by at most this (ms). */
  burstTailOverBareMs: 10,
};

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

async function main() {
  const startedAt = new Date();
  const loadAtStart = loadavg();
  const budgets = readBudgets(root);
  const temp = mkdtempSync(join(tmpdir(), 'playground-bench-'));
  const dist = join(temp, 'dist');
  let upstream: BenchUpstream | undefined;
  const workers: Record<string, LocalWorker> = {};
  const stopAll = () => {
    for (const worker of Object.values(workers)) worker.stop();
    upstream?.stop();
    rmSync(temp, { recursive: true, force: true });
  };
  const deadline = setTimeout(() => {
    log(`stopped after ${DEADLINE_MS / 1000} s`);
    stopAll();
    process.exit(1);
  }, DEADLINE_MS);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopAll();
      process.exit(130);
    });
  }

  try {
    // The CPU-heavy work first, so it is over before anything is timed.
    log(`astro build × ${SETTINGS.builds} into ${dist}`);
    const buildMs: number[] = [];
    for (let i = 0; i < SETTINGS.builds; i++) buildMs.push(buildSite(root, dist));
    const pages = weighSite(dist);
    log('wrangler deploy --dry-run');
    const bundle = bundleWorker(root, join(temp, 'worker'));
    log('npm pack the peers');
    const peers = weighPeers(root);

    log('starting the fake upstream, the worker and the bare worker under wrangler dev');
    upstream = await startBenchUpstream();
    workers.playground = await startPlayground({ root, bundle, assetsDir: dist, upstreamUrl: upstream.url });
    workers.bare = await startBareWorker({ root, dir: join(temp, 'bare'), upstreamUrl: upstream.url });
    log('starting the worker and the bare worker in workerd directly');
    const compatibilityDate = compatibilityDateOf(root);
    workers['playground@direct'] = await startDirect(root, join(temp, 'direct-playground'), {
      name: 'playground',
      // The entry wraps the bundle, giving it in-memory KV and rate limiters.
      modules: [
        join(root, 'bench', 'direct-entry.js'),
        ...bundle.files.filter((file) => file.path.endsWith('.js')).map((file) => join(bundle.dir, file.path)),
      ],
      compatibilityDate,
      vars: { UPSTREAM_CN: upstream.url, HISTORY_SECRET: 'bench-secret' },
      durableObjects: { SANDBOX: 'SandboxSession' },
    });
    workers['bare@direct'] = await startDirect(root, join(temp, 'direct-bare'), {
      name: 'bare',
      modules: [join(root, 'bench', 'bare-worker.js')],
      compatibilityDate,
      vars: { UPSTREAM: upstream.url },
    });
    for (const [name, worker] of Object.entries(workers)) {
      if (!worker.inner && !name.endsWith('@direct')) {
        log(`${name}: workerd's own socket was not found; measured through the dev proxy only`);
      }
    }
    const targets: Target[] = [
      { name: 'direct', base: upstream.url, via: [] },
      ...targetsOf('relay', workers.playground, '/api/relay/cn'),
      ...targetsOf('bare', workers.bare, '/api/relay/cn'),
      ...targetsOf('relay@direct', workers['playground@direct'], '/api/relay/cn'),
      ...targetsOf('bare@direct', workers['bare@direct'], '/api/relay/cn'),
    ];
    const floors = [
      ...targetsOf('floor', workers.playground, PROBE_PATH),
      ...targetsOf('floor@direct', workers['playground@direct'], PROBE_PATH),
    ];

    log(`JSON calls: ${SETTINGS.calls} per route, interleaved`);
    const latency = await measureRelayLatency({
      targets,
      floors,
      workers,
      calls: SETTINGS.calls,
      warmup: SETTINGS.warmup,
    });
    log(`paced streams: ${SETTINGS.streamRuns} per route`);
    const paced = await measureStreams({ targets, workers, runs: SETTINGS.streamRuns, ...SETTINGS.paced });
    log(`fast streams: ${SETTINGS.throughputRuns} per route`);
    const fast = await measureStreams({ targets, workers, runs: SETTINGS.throughputRuns, ...SETTINGS.fast });
    log(`short fast streams: ${SETTINGS.throughputRuns} per route`);
    const short = await measureStreams({ targets, workers, runs: SETTINGS.throughputRuns, ...SETTINGS.short });
    log(`bursts: ${SETTINGS.streamRuns} per route`);
    const bursts = await measureStreams({ targets, workers, runs: SETTINGS.streamRuns, ...SETTINGS.bursts });
    log(`@coze/api: ${SETTINGS.sdkRuns} runs per route`);
    const sdk = await measureSdk({
      targets: targets.filter((t) => !t.name.includes('@')),
      runs: SETTINGS.sdkRuns,
      ...SETTINGS.sdkChat,
    });
    log('headless Chromium: the scripts each short page fetches at load and on start');
    const browser = await launchChromium();
    const inBrowser: BrowserPageWeight[] = [];
    try {
      for (const path of pagesToWeigh(dist))
        inBrowser.push(await weighInBrowser(browser, workers.playground.base, path));
    } finally {
      await browser.close();
    }
    for (const worker of Object.values(workers)) worker.stop();
    upstream.stop();

    const results: BenchResults = {
      startedAt: startedAt.toISOString(),
      durationS: (Date.now() - startedAt.getTime()) / 1000,
      machine: { node: process.version, cpus: cpus().length, loadavgAtStart: loadAtStart, loadavgAtEnd: loadavg() },
      settings: SETTINGS,
      goals: GOALS,
      budgets,
      cpuTickMs: CPU_TICK_MS,
      latency,
      streams: { paced, fast, short, bursts },
      sdk,
      worker: { runtimeCpuTime: null, bundle: { raw: bundle.raw, gzip: bundle.gzip, files: bundle.files } },
      site: { buildMs, pages, inBrowser },
      peers,
    };
    console.log(table(rowsOf(results)));
    const load = (figures: number[]) => figures.map((figure) => figure.toFixed(2)).join(' ');
    console.log(
      `load average (1, 5, 15 min) at start ${load(loadAtStart)}, at end ${load(loadavg())}, on ${cpus().length} CPUs${QUICK ? '; BENCH_QUICK' : ''}`,
    );
    writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    log(`done in ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s; wrote bench/results.json`);
  } finally {
    clearTimeout(deadline);
    stopAll();
  }
}

main().catch((error: Error) => {
  log(error.stack ?? error.message);
  process.exit(1);
});
