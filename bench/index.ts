// npm run bench: speed and weight, against the peers and the physical limit, in one run, on this
// machine only (loopback). Builds the site, bundles the worker, weighs the peers' npm packages,
// then starts a fake Coze upstream, the playground's worker and a bare pass-through worker under
// `wrangler dev`, and times the same calls sent directly and through each, interleaved. Prints one
// table; writes bench/results.json. Every figure is measured in the run.
// Knobs (env): BENCH_CALLS (200), BENCH_STREAM_RUNS (3), BENCH_SDK_RUNS (10), BENCH_BUILDS (3),
// BENCH_DEADLINE_S (600).
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
import { buildSite } from './site-build.ts';
import { weighSite } from './site-weight.ts';
import { measureStreams } from './streaming.ts';
import { startBareWorker, startPlayground, targetsOf, type Target } from './targets.ts';
import { bundleWorker } from './worker-bundle.ts';
import { CPU_TICK_MS, PROBE_PATH, type LocalWorker } from './worker.ts';

const root = resolve(import.meta.dirname, '..');
const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const SETTINGS = {
  calls: setting('BENCH_CALLS', 200),
  warmup: 20,
  streamRuns: setting('BENCH_STREAM_RUNS', 3),
  sdkRuns: setting('BENCH_SDK_RUNS', 10),
  builds: setting('BENCH_BUILDS', 3),
  paced: { events: 100, paceMs: 20 },
  fast: { events: 10_000, paceMs: 0 },
  sdkChat: { events: 20, paceMs: 20 },
};
const DEADLINE_MS = setting('BENCH_DEADLINE_S', 600) * 1000;

/** The goals of the issue, checked against the figures. */
const GOALS = {
  relayAddsP50Ms: 2,
  streamDelayP99Ms: 5,
  streamThroughputShare: 0.8,
};

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

async function main() {
  const startedAt = new Date();
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
    for (const [name, worker] of Object.entries(workers)) {
      if (!worker.inner) log(`${name}: workerd's own socket was not found; measured through the dev proxy only`);
    }
    const targets: Target[] = [
      { name: 'direct', base: upstream.url, via: [] },
      ...targetsOf('relay', workers.playground, '/api/relay/cn'),
      ...targetsOf('bare', workers.bare, '/api/relay/cn'),
    ];
    const floors = targetsOf('floor', workers.playground, PROBE_PATH);

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
    log(`fast streams: ${SETTINGS.streamRuns} per route`);
    const fast = await measureStreams({ targets, workers, runs: SETTINGS.streamRuns, ...SETTINGS.fast });
    log(`@coze/api: ${SETTINGS.sdkRuns} runs per route`);
    const sdk = await measureSdk({
      targets: targets.filter((t) => !t.name.includes('@')),
      runs: SETTINGS.sdkRuns,
      ...SETTINGS.sdkChat,
    });
    for (const worker of Object.values(workers)) worker.stop();
    upstream.stop();

    const results: BenchResults = {
      startedAt: startedAt.toISOString(),
      durationS: (Date.now() - startedAt.getTime()) / 1000,
      machine: { node: process.version, cpus: cpus().length, loadavgAtEnd: loadavg() },
      settings: SETTINGS,
      goals: GOALS,
      budgets,
      cpuTickMs: CPU_TICK_MS,
      latency,
      streams: { paced, fast },
      sdk,
      worker: { runtimeCpuTime: null, bundle: { raw: bundle.raw, gzip: bundle.gzip, files: bundle.files } },
      site: { buildMs, pages },
      peers,
    };
    console.log(table(rowsOf(results)));
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
