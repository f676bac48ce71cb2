import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The size budgets of budgets.json (bytes, gzip level 9). */
export interface Budgets {
  /** JavaScript a page runs at load (inline scripts, module scripts and their static imports). */
  readonly pageJsAtLoadGzip: number;
  /** JavaScript the live playground loads when it starts (its code and the endpoint's module). */
  readonly pageJsOnStartGzip: number;
  /** One page's HTML, inline styles and scripts included. */
  readonly pageHtmlGzip: number;
  /** The worker as `wrangler deploy` uploads it. */
  readonly workerBundleGzip: number;
}

/** Reads budgets.json at the project root; every budget must be a positive number. */
export function readBudgets(root: string): Budgets {
  const parsed = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8')) as Record<string, unknown>;
  for (const key of ['pageJsAtLoadGzip', 'pageJsOnStartGzip', 'pageHtmlGzip', 'workerBundleGzip']) {
    if (typeof parsed[key] !== 'number' || !(parsed[key] > 0))
      throw new Error(`budgets.json: ${key} must be a positive number`);
  }
  return parsed as unknown as Budgets;
}
