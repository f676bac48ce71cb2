import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { toolEnv } from './worker-bundle.ts';

/** Runs `astro build` into `outDir` (not dist/, so a bench never races a test run) and times it (ms). */
export function buildSite(root: string, outDir: string): number {
  const started = performance.now();
  execFileSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
    cwd: root,
    env: toolEnv(root),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return performance.now() - started;
}
