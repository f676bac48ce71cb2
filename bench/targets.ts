import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkerBundle } from './worker-bundle.ts';
import { processCpuMs, startWorker, type LocalWorker, type WorkerProcess } from './worker.ts';

/** Where the same Coze call can be sent: a base URL to put the Coze path after, and the processes it passes. */
export interface Target {
  readonly name: string;
  /** e.g. `http://127.0.0.1:1234` (the fake upstream) or `http://127.0.0.1:5678/api/relay/cn`. */
  readonly base: string;
  readonly via: readonly WorkerProcess[];
}

/** The playground's worker, from its bundle, with the `cn` region pointed at `upstreamUrl`. */
export function startPlayground(options: {
  root: string;
  bundle: WorkerBundle;
  assetsDir: string;
  upstreamUrl: string;
}): Promise<LocalWorker> {
  const entry = options.bundle.files.find((file) => file.path.endsWith('.js'));
  if (!entry) throw new Error(`no module in ${options.bundle.dir}`);
  const config = join(options.bundle.dir, 'wrangler.toml');
  copyFileSync(join(options.root, 'wrangler.toml'), config);
  return startWorker({
    root: options.root,
    entry: join(options.bundle.dir, entry.path),
    config,
    assetsDir: options.assetsDir,
    vars: { UPSTREAM_CN: options.upstreamUrl, HISTORY_SECRET: 'bench-secret' },
  });
}

/** The bare pass-through worker (bench/bare-worker.js) in `dir`, with the project's compatibility date. */
export function startBareWorker(options: { root: string; dir: string; upstreamUrl: string }): Promise<LocalWorker> {
  mkdirSync(options.dir, { recursive: true });
  const entry = join(options.dir, 'index.js');
  copyFileSync(join(options.root, 'bench', 'bare-worker.js'), entry);
  const toml = readFileSync(join(options.root, 'wrangler.toml'), 'utf8');
  return startWorker({
    root: options.root,
    entry,
    name: 'bench-bare',
    compatibilityDate: /^compatibility_date\s*=\s*"([^"]+)"/m.exec(toml)?.[1],
    vars: { UPSTREAM: options.upstreamUrl },
  });
}

/** The routes to one worker: through wrangler's dev proxy, and straight to workerd when its socket is known. */
export function targetsOf(name: string, worker: LocalWorker, path: string): Target[] {
  const targets: Target[] = [{ name, base: `${worker.base}${path}`, via: worker.processes }];
  if (worker.inner) {
    targets.push({
      name: `${name}@workerd`,
      base: `${worker.inner}${path}`,
      via: worker.processes.filter((p) => p.role === 'worker'),
    });
  }
  return targets;
}

/** CPU one process used during a phase and the calls it served (those whose route passes it). */
export interface CpuUse {
  readonly worker: string;
  readonly role: string;
  readonly pid: number;
  readonly cpuMs: number;
  readonly calls: number;
  readonly perCallMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a phase and returns the process CPU (user + system, /proc) each worker process used in it,
 * per call it served. Waits a second at the end for work after the response (`waitUntil`).
 */
export async function withCpu(
  workers: Readonly<Record<string, LocalWorker>>,
  targets: readonly Target[],
  callsPerTarget: number,
  run: () => Promise<void>,
): Promise<CpuUse[]> {
  const processes = Object.entries(workers).flatMap(([worker, local]) =>
    local.processes.map((p) => ({ worker, ...p })),
  );
  const before = processes.map((p) => processCpuMs(p.pid));
  await run();
  await sleep(1000);
  return processes.map((p, i) => {
    const calls = targets.filter((target) => target.via.some((v) => v.pid === p.pid)).length * callsPerTarget;
    const cpuMs = processCpuMs(p.pid) - before[i]!;
    return { worker: p.worker, role: p.role, pid: p.pid, cpuMs, calls, perCallMs: calls ? cpuMs / calls : NaN };
  });
}
