// What a browser really fetches on an endpoint page, at load and when the live playground starts,
// counted in headless Chromium (the one the browser tests use). The static count (site-weight.ts)
// follows imports; this one also sees chunks that load because their panel is in view.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import chromiumBinary from '@sparticuz/chromium';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The headless Chromium the browser tests use. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumBinary.executablePath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** Scripts fetched in one phase: gzip bytes (level 9) by path, and their total. */
export interface Fetched {
  readonly scripts: Readonly<Record<string, number>>;
  readonly gzip: number;
}

/** One page as a browser met it. */
export interface BrowserPageWeight {
  readonly path: string;
  readonly atLoad: Fetched;
  readonly onStart: Fetched;
}

/**
 * The endpoint pages with the least HTML (the shortest, where every panel is in view), the chat page and
 * the page with the largest endpoint module, in English and in Chinese.
 */
export function pagesToWeigh(dist: string, shortest = 3): string[] {
  const endpoints: { path: string; size: number }[] = [];
  for (const group of readdirSync(dist)) {
    const dir = join(dist, group);
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
  const short = endpoints
    .sort((a, b) => a.size - b.size)
    .slice(0, shortest)
    .map((page) => page.path);
  // The page whose endpoint module is the largest (the live playground is the same bundle everywhere).
  const moduleSize = (path: string) => statSync(join(dist, 'endpoints', `${path.split('/')[2]}.js`)).size;
  const heaviest = endpoints.map((page) => page.path).sort((a, b) => moduleSize(b) - moduleSize(a))[0];
  // Each in both languages: a Chinese page loads the Chinese copies of the scripts and of the endpoint's module.
  const english = [...new Set([...short, '/chat/create-chat/', ...(heaviest ? [heaviest] : [])])];
  return [...english, ...english.map((path) => `/zh${path}`)];
}

/** Gzip bytes of every script the page fetches from now on; `settled` waits for a quiet network. */
export function watchScripts(page: Page) {
  const scripts = new Map<string, Promise<number>>();
  let lastActivity = Date.now();
  page.on('request', () => (lastActivity = Date.now()));
  page.on('response', (response) => {
    lastActivity = Date.now();
    if (response.request().resourceType() !== 'script') return;
    const path = new URL(response.url()).pathname;
    scripts.set(
      path,
      response.body().then((body) => gzipSync(body, { level: 9 }).byteLength),
    );
  });
  return {
    /** What was fetched since the last call, once nothing has moved for `quietMs`. */
    async settled(quietMs = 1000): Promise<Fetched> {
      while (Date.now() - lastActivity < quietMs) await page.waitForTimeout(100);
      const sizes: Record<string, number> = {};
      for (const [path, size] of scripts) sizes[path] = await size;
      scripts.clear();
      return { scripts: sizes, gzip: Object.values(sizes).reduce((sum, size) => sum + size, 0) };
    },
  };
}

/**
 * Reaches for the static playground as a user does (the pointer moves over it), which starts the
 * live one, and waits until the live one has taken over.
 */
export async function startPlayground(page: Page): Promise<void> {
  await page.locator('[data-testid="playground"]').first().hover();
  await page.locator('[data-testid="playground"][data-ready="true"]').waitFor({ timeout: 20_000 });
}

/** Opens `path` on a phone-sized viewport, counts the scripts fetched at load, starts the playground, counts again. */
export async function weighInBrowser(browser: Browser, baseUrl: string, path: string): Promise<BrowserPageWeight> {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  try {
    const scripts = watchScripts(page);
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
    const atLoad = await scripts.settled();
    await startPlayground(page);
    const onStart = await scripts.settled();
    return { path, atLoad, onStart };
  } finally {
    await page.close();
  }
}
