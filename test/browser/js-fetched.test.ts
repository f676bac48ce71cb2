import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pagesToWeigh, watchScripts, startPlayground, type Fetched } from '../../bench/browser-weight.ts';
import { readBudgets } from '../../bench/budgets.ts';
import { launchBrowser, revealPanel } from './browser';

// The budgets counted the way a browser meets them: every script the page really fetches, at load
// and when the live playground starts, until the network is quiet. On a short endpoint page the
// panels below the form are in view at once, so whatever they load would count as starting too.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const budgets = readBudgets(ROOT);
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const listed = (fetched: Fetched) =>
  Object.entries(fetched.scripts)
    .map(([path, size]) => `${path} ${size}`)
    .join(', ');

describe('JavaScript a browser fetches on an endpoint page', () => {
  for (const path of pagesToWeigh(join(ROOT, 'dist'))) {
    it(`stays within the budgets on ${path}, at load and when the live playground starts`, async () => {
      const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
      try {
        const scripts = watchScripts(page);
        await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
        const atLoad = await scripts.settled();
        expect(atLoad.gzip, listed(atLoad)).toBeLessThanOrEqual(budgets.pageJsAtLoadGzip);
        await startPlayground(page);
        const onStart = await scripts.settled();
        expect(Object.keys(onStart.scripts).some((script) => script.startsWith('/endpoints/'))).toBe(true);
        expect(onStart.gzip, listed(onStart)).toBeLessThanOrEqual(budgets.pageJsOnStartGzip);
        // Panels in view from the start load once reached for.
        await revealPanel(page, 'samples');
        const later = await scripts.settled();
        expect(Object.keys(later.scripts).some((script) => /\/Samples\.[\w-]+\.js$/.test(script))).toBe(true);
      } finally {
        await page.close();
      }
    });
  }
});
