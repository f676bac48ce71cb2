import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readBudgets } from '../../bench/budgets.ts';
import { launchBrowser, playgroundReady, revealPanel } from './browser';

// The budgets counted the way a browser meets them: every script the page really fetches, at load
// and when the live playground starts, until the network is quiet. On a short endpoint page the
// panels below the form are in view at once, so whatever they load counts as starting too.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const budgets = readBudgets(ROOT);
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The endpoint pages with the least HTML (the shortest, where every panel is in view), and the chat page. */
function pagesToWeigh(): string[] {
  const endpoints: { path: string; size: number }[] = [];
  for (const group of readdirSync(DIST)) {
    const dir = join(DIST, group);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir)) {
      const html = join(dir, name, 'index.html');
      try {
        if (readFileSync(html, 'utf8').includes('data-playground="')) {
          endpoints.push({ path: `/${group}/${name}/`, size: statSync(html).size });
        }
      } catch {
        // Not a page.
      }
    }
  }
  const shortest = endpoints
    .sort((a, b) => a.size - b.size)
    .slice(0, 3)
    .map((page) => page.path);
  return [...new Set([...shortest, '/chat/create-chat/'])];
}

const gzip = (body: Buffer) => gzipSync(body, { level: 9 }).byteLength;

/** Gzip bytes of every script the page fetches from now on, by path; `settled` waits for a quiet network. */
function watchScripts(page: Page) {
  const scripts = new Map<string, Promise<number>>();
  let lastActivity = Date.now();
  page.on('request', () => (lastActivity = Date.now()));
  page.on('response', (response) => {
    lastActivity = Date.now();
    if (response.request().resourceType() !== 'script') return;
    const path = new URL(response.url()).pathname;
    scripts.set(path, response.body().then(gzip));
  });
  return {
    async settled(quietMs = 1000): Promise<Map<string, number>> {
      while (Date.now() - lastActivity < quietMs) await page.waitForTimeout(100);
      const sizes = new Map<string, number>();
      for (const [path, size] of scripts) sizes.set(path, await size);
      scripts.clear();
      return sizes;
    },
  };
}

const total = (sizes: Map<string, number>) => [...sizes.values()].reduce((sum, size) => sum + size, 0);
const listed = (sizes: Map<string, number>) => [...sizes].map(([path, size]) => `${path} ${size}`).join(', ');

describe('JavaScript a browser fetches on an endpoint page', () => {
  for (const path of pagesToWeigh()) {
    it(`stays within the budgets on ${path}, at load and when the live playground starts`, async () => {
      const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
      try {
        const scripts = watchScripts(page);
        await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
        const atLoad = await scripts.settled();
        expect(total(atLoad), listed(atLoad)).toBeLessThanOrEqual(budgets.pageJsAtLoadGzip);
        await playgroundReady(page);
        const onStart = await scripts.settled();
        expect([...onStart.keys()].some((script) => script.startsWith('/endpoints/'))).toBe(true);
        expect(total(onStart), listed(onStart)).toBeLessThanOrEqual(budgets.pageJsOnStartGzip);
        // Panels in view from the start load once reached for.
        await revealPanel(page, 'samples');
        expect([...(await scripts.settled()).keys()].some((script) => /\/Samples\.[\w-]+\.js$/.test(script))).toBe(
          true,
        );
      } finally {
        await page.close();
      }
    });
  }
});
