import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** A process of the local worker, by what it does for a request. */
export interface WorkerProcess {
  readonly role: 'worker' | 'dev-proxy' | 'wrangler';
  readonly pid: number;
}

/** `wrangler dev` running the worker: its URL, the worker's own socket when found, its processes. */
export interface LocalWorker {
  /** Where a browser or client sends requests: wrangler's dev proxy in front of the worker. */
  readonly base: string;
  /** workerd's own socket for the worker, skipping the dev proxy (closer to production), if found. */
  readonly inner?: string;
  readonly processes: readonly WorkerProcess[];
  stop(): void;
}

/** A free port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/** Every live descendant of a process (Linux /proc; empty elsewhere). */
function descendants(root: number): number[] {
  let pids: number[];
  try {
    pids = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return [];
  }
  const parents = new Map(pids.map((pid) => [pid, parentOf(pid)]));
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid, hops = 0; p && hops < 10; p = parents.get(p), hops++) {
      if (p === root) return true;
    }
    return false;
  };
  return pids.filter((pid) => pid !== root && inTree(pid));
}

/** Ports a process listens on over IPv4 (from /proc/net/tcp and its socket inodes). */
function listeningPorts(pid: number): number[] {
  try {
    const inodes = new Set(
      readdirSync(`/proc/${pid}/fd`)
        .map((fd) => {
          try {
            return /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
          } catch {
            return undefined;
          }
        })
        .filter(Boolean),
    );
    return readFileSync('/proc/net/tcp', 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols[3] === '0A' && inodes.has(cols[9]))
      .map((cols) => parseInt(cols[1]!.split(':')[1]!, 16));
  } catch {
    return [];
  }
}

/** The path every bench worker answers with a 404 of its own (our API's JSON one, or the bare worker's). */
export const PROBE_PATH = '/api/bench-probe';

/** Whether a URL answers the probe like a worker of ours: a 404 naming the path. */
async function isOurWorker(base: string): Promise<boolean> {
  try {
    const res = await fetch(`${base}${PROBE_PATH}`, { signal: AbortSignal.timeout(2000) });
    return res.status === 404 && (await res.text()).includes(PROBE_PATH);
  } catch {
    return false;
  }
}

const CLOCK_TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User plus system CPU time a process has used so far (ms), from /proc/<pid>/stat; NaN if unreadable. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND) * 1000;
  } catch {
    return NaN;
  }
}

/** The resolution of {@link processCpuMs}: one clock tick (ms). */
export const CPU_TICK_MS = 1000 / CLOCK_TICKS_PER_SECOND;

/** What `wrangler dev` runs: a built module, beside the config (if any) it was copied with. */
export interface WorkerToRun {
  readonly root: string;
  /** The worker's entry module, alone in its directory with its config: wrangler watches that directory. */
  readonly entry: string;
  /** A wrangler.toml beside `entry`; without one, `name` and `compatibilityDate` are used. */
  readonly config?: string;
  readonly name?: string;
  readonly compatibilityDate?: string;
  readonly assetsDir?: string;
  readonly vars: Readonly<Record<string, string>>;
}

/**
 * Waits until a spawned server (in its own process group) answers `probe` at `base`, and returns
 * what stops it: the group is ended and `scratch` (its state or config folder) removed. If it exits
 * or misses the deadline, it is stopped and the error carries the end of its output.
 */
export async function untilAnswering(
  child: ChildProcess,
  scratch: string,
  wait: { base: string; probe: (base: string) => Promise<boolean>; what: string; timeoutMs: number },
): Promise<() => void> {
  let log = '';
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-8000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const stop = () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
    rmSync(scratch, { recursive: true, force: true });
  };
  const deadline = Date.now() + wait.timeoutMs;
  while (!(await wait.probe(wait.base))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      stop();
      throw new Error(`${wait.what} did not come up on ${wait.base}:\n${log}`);
    }
    await sleep(250);
  }
  return stop;
}

/**
 * Starts `wrangler dev` on a free port running a module that is already built (`--no-bundle`), so
 * edits to the sources during a run neither reload the worker nor change what is measured. State
 * goes to a throwaway directory; vars come from `vars`.
 */
export async function startWorker(options: WorkerToRun): Promise<LocalWorker> {
  const port = await freePort();
  const state = mkdtempSync(join(tmpdir(), 'playground-bench-'));
  const bin = join(options.root, 'node_modules', '.bin');
  const args = [
    'dev',
    options.entry,
    '--no-bundle',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--persist-to',
    state,
  ];
  if (options.config) args.push('--config', options.config);
  else args.push('--name', options.name ?? 'bench', '--compatibility-date', options.compatibilityDate ?? '2026-01-01');
  if (options.assetsDir) args.push('--assets', options.assetsDir);
  for (const [name, value] of Object.entries(options.vars)) args.push('--var', `${name}:${value}`);
  args.push('--log-level', 'warn', '--show-interactive-dev-session=false');
  const child = spawn(join(bin, 'wrangler'), args, {
    cwd: options.root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
      WRANGLER_SEND_METRICS: 'false',
      CI: '1',
    },
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = await untilAnswering(child, state, {
    base,
    probe: isOurWorker,
    what: 'wrangler dev',
    timeoutMs: 90_000,
  });
  const processes: WorkerProcess[] = [{ role: 'wrangler', pid: child.pid! }];
  for (const pid of descendants(child.pid!)) {
    const command = commandOf(pid);
    if (/\bwrangler-dist\/cli\.js\b/.test(command)) processes.push({ role: 'wrangler', pid });
    else if (/\/workerd\b/.test(command)) {
      processes.push({ role: command.includes(`entry=127.0.0.1:${port} `) ? 'dev-proxy' : 'worker', pid });
    }
  }
  let inner: string | undefined;
  for (const { pid } of processes.filter((p) => p.role === 'worker')) {
    for (const candidate of listeningPorts(pid)) {
      if (await isOurWorker(`http://127.0.0.1:${candidate}`)) {
        inner = `http://127.0.0.1:${candidate}`;
        break;
      }
    }
  }
  return { base, inner, processes, stop };
}
