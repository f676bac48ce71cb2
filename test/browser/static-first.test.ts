import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';

// An endpoint page ships its playground as static HTML and one small script; the live playground
// (Solid, the form logic, the endpoint's schemas) loads when someone reaches for the form. These
// tests hold that load back, act on the static form meanwhile, and check nothing is lost.

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const live = '[data-testid="playground"][data-ready="true"]';

/** Scripts the page fetched, by path. */
function scriptsOf(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') paths.push(new URL(request.url()).pathname);
  });
  return paths;
}

/** Holds back the live playground's module until `release` is called. */
async function holdLivePlayground(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  await page.route(/\/_astro\/(?:zh\/)?live\/mount\.js$/, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

describe('the static playground', () => {
  it('shows the whole form with the example and runs only its starter script until someone reaches for it', async () => {
    const page = await browser.newPage();
    const scripts = scriptsOf(page);
    await page.goto(`${baseUrl}/chat/create-chat/`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    expect(await page.locator('[data-testid="playground"]').getAttribute('data-ready')).toBe('false');
    expect(await page.locator('[name="body.additional_messages.0.content"]').inputValue()).not.toBe('');
    expect(await page.locator('[name="body.bot_id"]').inputValue()).not.toBe('');
    expect(await page.getByTestId('run').isVisible()).toBe(true);
    // The starter, and the top bar's script every page runs (search, theme, shortcuts: site/islands/top-bar.ts)
    // with the small chunks it shares; nothing of the live playground.
    expect(scripts.filter((path) => /^\/_astro\/PlaygroundStarter\./.test(path))).toHaveLength(1);
    // An endpoint page references no other kind of page's starter (WebSocket session, SDK try-out).
    expect(
      scripts.filter((path) => /^\/_astro\/(RealtimeRoot|TryoutRoot|wake-realtime|wake-tryout)\./.test(path)),
    ).toEqual([]);
    expect(scripts.filter((path) => /^\/_astro\/TopBarTools\./.test(path))).toHaveLength(1);
    expect(scripts.filter((path) => /\/(mount|web|playground|solid)\.|^\/endpoints\//.test(path))).toEqual([]);
    // The two scripts and the small chunks they share (keys, storage, the preload helper).
    expect(scripts.length).toBeLessThanOrEqual(5);

    await page.locator('[data-testid="playground"]').hover();
    await page.locator(live).waitFor();
    expect(scripts.some((path) => path === '/endpoints/create-chat.js')).toBe(true);
    await page.close();
  });

  it('keeps what was typed before the live form took over, with focus and caret', async () => {
    const page = await browser.newPage();
    const release = await holdLivePlayground(page);
    await page.goto(`${baseUrl}/chat/create-chat/`);
    const content = page.locator('[name="body.additional_messages.0.content"]');
    const before = await content.inputValue();
    await content.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' Typed early.');
    await page.locator('[name="body.user_id"]').fill('early-user');
    await content.focus();
    await page.keyboard.press('End');
    expect(await page.locator('[data-testid="playground"]').getAttribute('data-ready')).toBe('false');

    release();
    await page.locator(live).waitFor();
    expect(await content.inputValue()).toBe(`${before} Typed early.`);
    expect(await page.locator('[name="body.user_id"]').inputValue()).toBe('early-user');
    // Focus and caret stayed where they were: typing goes on at the end of the same field.
    await page.keyboard.type('!');
    expect(await content.inputValue()).toBe(`${before} Typed early.!`);
    // The live form's state has the edits: the request it would send carries them.
    await page.getByTestId('request-preview').locator('summary').click();
    const preview = await page.getByTestId('request-preview').textContent();
    expect(preview).toContain('early-user');
    expect(preview).toContain('Typed early.!');
    await page.close();
  });

  it('runs a Run pressed before the live form took over, once it has', async () => {
    const page = await browser.newPage();
    const release = await holdLivePlayground(page);
    await page.goto(`${baseUrl}/chat/create-chat/`);
    await page.getByTestId('run').click();
    release();
    await page.locator(live).waitFor();
    await page.getByTestId('run-response').waitFor({ timeout: 15_000 });
    await expect.poll(() => page.getByTestId('response-status').textContent(), { timeout: 15_000 }).toContain('200');
    await page.close();
  });

  it('starts at once when stored settings change what the form shows', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => localStorage.setItem('coze-playground.region', 'cn'));
    await page.goto(`${baseUrl}/chat/create-chat/`);
    await page.locator(live).waitFor();
    expect(await page.locator('#pg-region').inputValue()).toBe('cn');
    await page.close();
  });
});
