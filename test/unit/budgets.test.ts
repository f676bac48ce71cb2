import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBudgets } from '../../bench/budgets.ts';
import { weighSite, type PageWeight, type Scripts } from '../../bench/site-weight.ts';
import { weighWorkerBundle, type WorkerBundle } from '../../bench/worker-bundle.ts';

// Size budgets (budgets.json, gzip level 9), measured the way `npm run bench` measures them: the
// built site that `npm test` makes before vitest runs, and the worker bundled by wrangler.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const budgets = readBudgets(ROOT);
const built = existsSync(join(DIST, 'index.html'));

const url = (page: PageWeight) => `/${page.page.replace(/index\.html$/, '')}`;
const scripts = (js: Scripts) => [`${js.inline} inline`, ...js.files].join(', ');

describe.skipIf(!built)(
  'size budgets of the built site (skipped when dist/ is missing: run `npm run build` first)',
  () => {
    let pages: PageWeight[] = [];
    beforeAll(() => {
      pages = weighSite(DIST);
    });

    function over(pick: (page: PageWeight) => Scripts, budget: number, what: string): string {
      const list = pages.filter((page) => pick(page).gzip > budget).sort((a, b) => pick(b).gzip - pick(a).gzip);
      const heaviest = list[0];
      return heaviest
        ? `${list.length} of ${pages.length} pages are over; the heaviest, ${url(heaviest)}, ${what} ${pick(heaviest).gzip} B gzip: ${scripts(pick(heaviest))}`
        : '';
    }

    it(`runs at most ${budgets.pageJsAtLoadGzip} bytes gzip of JavaScript at load on every page`, () => {
      expect(over((page) => page.jsAtLoad, budgets.pageJsAtLoadGzip, 'runs')).toBe('');
    });

    it(`loads at most ${budgets.pageJsOnStartGzip} bytes gzip of JavaScript when the live playground starts`, () => {
      expect(over((page) => page.jsOnStart, budgets.pageJsOnStartGzip, 'starts with')).toBe('');
    });

    it(`serves at most ${budgets.pageHtmlGzip} bytes gzip of HTML per page`, () => {
      const over = pages
        .filter((page) => page.html.gzip > budgets.pageHtmlGzip)
        .sort((a, b) => b.html.gzip - a.html.gzip)
        .map((page) => `${url(page)}: ${page.html.gzip} B gzip`);
      expect(over, `${over.length} of ${pages.length} pages are over the budget`).toEqual([]);
    });

    it('finds the pages it weighs, and the scripts an endpoint page runs at load and on start', () => {
      const endpoints = pages.filter((page) => page.kind === 'endpoint');
      expect(pages.length).toBeGreaterThan(100);
      expect(endpoints.length).toBeGreaterThan(100);
      const chat = pages.find((page) => page.page === 'chat/create-chat/index.html')!;
      expect(chat.jsAtLoad.files.length).toBeGreaterThan(0);
      // The live playground: Solid, the form, and the endpoint's own module.
      expect(chat.jsOnStart.files).toContain('endpoints/create-chat.js');
      expect(chat.jsOnStart.gzip).toBeGreaterThan(chat.jsAtLoad.gzip);
      expect(chat.jsLazy.files.length).toBeGreaterThan(0);
    });
  },
);

describe('size budget of the worker', () => {
  let bundle: WorkerBundle;
  beforeAll(() => {
    bundle = weighWorkerBundle(ROOT);
  }, 60_000);

  it(`bundles to at most ${budgets.workerBundleGzip} bytes gzip (wrangler deploy --dry-run)`, () => {
    expect(bundle.files.length).toBeGreaterThan(0);
    expect(bundle.gzip).toBeLessThanOrEqual(budgets.workerBundleGzip);
  });

  it('carries the endpoints and, of the doc pages, only the WebSocket event lists its relay checks frames against', () => {
    expect(bundle.sources).toContain('catalog/endpoints/chat/create-chat.ts');
    // catalog/ws-event-pages.ts and what those pages are built from; no guide, reference or other event list.
    const allowed = /^catalog\/pages\/events\/(ws-[a-z-]+-events|define|transport|voice-schemas)\.ts$/;
    const pages = bundle.sources.filter((source) => source.startsWith('catalog/pages/'));
    expect(pages.filter((source) => !allowed.test(source))).toEqual([]);
    expect(pages).toContain('catalog/pages/events/ws-chat-upstream-events.ts');
  });
});
