import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { weigh, type Weight } from './site-weight.ts';

/** The worker as `wrangler deploy` would upload it: where it was written, each module file, the total. */
export interface WorkerBundle extends Weight {
  readonly dir: string;
  readonly files: readonly ({ readonly path: string } & Weight)[];
  /** The source files bundled in, as esbuild names them in its `// <path>` comments. */
  readonly sources: readonly string[];
  readonly buildMs: number;
}

/** The source paths esbuild wrote as `// <path>` comments above each module of an unminified bundle. */
function sourcesOf(code: string): string[] {
  return [...code.matchAll(/^\/\/ ((?:[\w.@-]+\/)+[\w.@-]+\.[cm]?[jt]sx?)$/gm)].map((match) => match[1]!);
}

/** The environment for running the project's own tools: Node 22 from node_modules/.bin first. */
export function toolEnv(root: string): NodeJS.ProcessEnv {
  const bin = join(root, 'node_modules', '.bin');
  return {
    ...process.env,
    PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
    WRANGLER_SEND_METRICS: 'false',
    CI: '1',
  };
}

/**
 * Bundles the worker with `wrangler deploy --dry-run --outdir <outDir>` (an empty assets directory
 * stands in for dist/, which does not go into the bundle) and weighs what would be uploaded: every
 * file but source maps and wrangler's README.
 */
export function bundleWorker(root: string, outDir: string): WorkerBundle {
  const assets = mkdtempSync(join(tmpdir(), 'playground-no-assets-'));
  try {
    const started = performance.now();
    execFileSync(
      join(root, 'node_modules', '.bin', 'wrangler'),
      ['deploy', '--dry-run', '--outdir', outDir, '--assets', assets],
      { cwd: root, env: toolEnv(root), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const buildMs = performance.now() - started;
    const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(outDir, join(entry.parentPath, entry.name)))
      .filter((path) => !path.endsWith('.map') && path !== 'README.md')
      .map((path) => ({ path, ...weigh(readFileSync(join(outDir, path))) }));
    const sources = files
      .filter((file) => /\.[cm]?js$/.test(file.path))
      .flatMap((file) => sourcesOf(readFileSync(join(outDir, file.path), 'utf8')));
    return {
      dir: outDir,
      files,
      sources,
      raw: files.reduce((sum, file) => sum + file.raw, 0),
      gzip: files.reduce((sum, file) => sum + file.gzip, 0),
      buildMs,
    };
  } finally {
    rmSync(assets, { recursive: true, force: true });
  }
}

/** {@link bundleWorker} into a temporary directory that is removed afterwards; only the weights are kept. */
export function weighWorkerBundle(root: string): WorkerBundle {
  const dir = mkdtempSync(join(tmpdir(), 'playground-worker-'));
  try {
    mkdirSync(join(dir, 'out'));
    return bundleWorker(root, join(dir, 'out'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
