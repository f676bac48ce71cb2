import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { toolEnv } from './worker-bundle.ts';

/**
 * Builds the site as `npm run build` does (`astro build`, then the endpoint modules) into `outDir`
 * (not dist/, so a bench never races a test run) and times it (ms).
 */
export function buildSite(root: string, outDir: string): number {
  const started = performance.now();
  const options = { cwd: root, env: toolEnv(root), stdio: ['ignore', 'pipe', 'pipe'] as ('ignore' | 'pipe')[] };
  execFileSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], options);
  execFileSync(process.execPath, [join(root, 'scripts', 'build-endpoint-modules.mjs'), outDir], options);
  return performance.now() - started;
}
