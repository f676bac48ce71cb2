// Workers run by workerd directly, from a config written here: no `wrangler dev`, no dev proxy,
// nothing simulated in the worker's process that production runs elsewhere. The closest this
// machine gets to how Workers runs our code.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { freePort, PROBE_PATH, untilAnswering, type LocalWorker } from './worker.ts';

/** The workerd binary wrangler itself runs, so both kinds of target use the same runtime. */
export function workerdBinary(root: string): string {
  const fromWrangler = createRequire(join(root, 'node_modules', 'wrangler', 'package.json'));
  const found = fromWrangler('workerd') as string | { default: string };
  return typeof found === 'string' ? found : found.default;
}

/** One worker to run: its ES modules (the first is the entry), text bindings and Durable Object classes. */
export interface DirectWorker {
  readonly name: string;
  readonly modules: readonly string[];
  readonly compatibilityDate: string;
  readonly vars: Readonly<Record<string, string>>;
  /** Durable Object classes exported by the entry, bound under the given names, kept in memory. */
  readonly durableObjects?: Readonly<Record<string, string>>;
}

const quote = (text: string) => JSON.stringify(text);

/** The capnp config of one worker on `port`, its modules embedded from the same directory. */
export function configOf(worker: DirectWorker, port: number): string {
  const objects = Object.entries(worker.durableObjects ?? {});
  const bindings = [
    ...Object.entries(worker.vars).map(([name, value]) => `(name = ${quote(name)}, text = ${quote(value)})`),
    ...objects.map(([name, className]) => `(name = ${quote(name)}, durableObjectNamespace = ${quote(className)})`),
  ];
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    # The fake upstream is on 127.0.0.1, which workerd's default network does not allow.
    (name = "internet", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [${worker.modules.map((path) => `(name = ${quote(basename(path))}, esModule = embed ${quote(basename(path))})`).join(', ')}],
  compatibilityDate = ${quote(worker.compatibilityDate)},
  bindings = [${bindings.join(', ')}],
  durableObjectNamespaces = [${objects.map(([, className]) => `(className = ${quote(className)}, uniqueKey = ${quote(`bench-${className}`)}, enableSql = true)`).join(', ')}],
  durableObjectStorage = (inMemory = void),
);
`;
}

async function answersProbe(base: string): Promise<boolean> {
  try {
    const res = await fetch(`${base}${PROBE_PATH}`, { signal: AbortSignal.timeout(2000) });
    return res.status === 404 && (await res.text()).includes(PROBE_PATH);
  } catch {
    return false;
  }
}

/** Runs one worker with `workerd serve` on a free port of 127.0.0.1, from a copy of its modules in `dir`. */
export async function startDirect(root: string, dir: string, worker: DirectWorker): Promise<LocalWorker> {
  mkdirSync(dir, { recursive: true });
  for (const module of worker.modules) copyFileSync(module, join(dir, basename(module)));
  const port = await freePort();
  writeFileSync(join(dir, 'config.capnp'), configOf(worker, port));
  const child = spawn(workerdBinary(root), ['serve', 'config.capnp', '--experimental'], {
    cwd: dir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = await untilAnswering(child, dir, {
    base,
    probe: answersProbe,
    what: `workerd (${worker.name})`,
    timeoutMs: 30_000,
  });
  return { base, processes: [{ role: 'worker', pid: child.pid! }], stop };
}

/** The compatibility date of wrangler.toml, which every bench worker runs with. */
export function compatibilityDateOf(root: string): string {
  const toml = readFileSync(join(root, 'wrangler.toml'), 'utf8');
  const date = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(toml)?.[1];
  if (!date) throw new Error('no compatibility_date in wrangler.toml');
  return date;
}
