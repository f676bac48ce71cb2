import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, playgroundReady, revealPanel } from './browser';

// Issue 17's everyday tools: the search palette, share links, the theme switch, shortcuts and saved ids.
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const TOKEN = 'pat_ShareTestSecret9x8y7z6w5v4u3t';

/** Whether the page (and its requests so far) fetched the palette's index. */
function watchIndex(page: Page): () => boolean {
  let fetched = false;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/search-index.json') fetched = true;
  });
  return () => fetched;
}

describe('the search palette', () => {
  it('loads nothing until opened, finds /v3/chat and 发起对话, and opens the page by keyboard', async () => {
    const page = await browser.newPage();
    const indexFetched = watchIndex(page);
    await page.goto(`${baseUrl}/`);
    await page.waitForLoadState('networkidle');
    expect(indexFetched()).toBe(false);
    expect(await page.locator('dialog[data-testid="palette"]').count()).toBe(0);

    await page.keyboard.press('Control+k');
    const input = page.getByTestId('palette-input');
    await input.waitFor();
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await input.getAttribute('role')).toBe('combobox');
    await input.fill('/v3/chat');
    const first = page.getByTestId('palette-option').first();
    await expect.poll(() => first.getAttribute('data-href')).toBe('/chat/create-chat/');
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    expect(indexFetched()).toBe(true);
    // Arrows move the active option (paths under /v3/chat follow the exact match).
    await page.keyboard.press('ArrowDown');
    expect(await page.getByTestId('palette-option').nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await first.getAttribute('aria-selected')).toBe('false');
    await page.keyboard.press('ArrowUp');
    expect(await first.getAttribute('aria-selected')).toBe('true');

    // Escape closes it and gives focus back; `/` opens it again.
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog[data-testid="palette"][open]').count()).toBe(0);
    await page.keyboard.press('/');
    await input.fill('发起对话');
    await expect.poll(() => first.getAttribute('data-href')).toBe('/chat/create-chat/');
    // Enter opens the active result.
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/chat\/create-chat\/$/);
    await page.close();
  });

  it('opens an error code at its row, and links Chinese pages to Chinese pages', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/chat/create-chat/`);
    await page.getByTestId('search-button').click();
    await page.getByTestId('palette-input').fill('4100');
    const first = page.getByTestId('palette-option').first();
    await expect.poll(() => first.getAttribute('data-href')).toMatch(/#code-4100$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#code-4100$/);
    expect(await page.locator('#code-4100').isVisible()).toBe(true);

    const zh = await browser.newPage();
    // The palette links by the page's language; a Chinese page's results go under /zh/.
    await zh.goto(`${baseUrl}/chat/create-chat/`);
    await zh.evaluate(() => history.replaceState(null, '', '/zh/chat/create-chat/'));
    await zh.keyboard.press('Control+k');
    await zh.getByTestId('palette-input').fill('/v3/chat');
    await expect
      .poll(() => zh.getByTestId('palette-option').first().getAttribute('data-href'))
      .toBe('/zh/chat/create-chat/');
    await zh.close();
    await page.close();
  });

  it('the tree filter matches paths and methods', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('tree-toggle').click();
    await page.getByTestId('tree-filter').fill('/v3/chat');
    const shown = page.locator('#tree li:not([hidden]) a');
    await expect.poll(() => shown.count()).toBeGreaterThan(0);
    expect(await shown.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toContain(
      '/chat/create-chat/',
    );
    await page.getByTestId('tree-filter').fill('post chat');
    expect(await shown.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toContain(
      '/chat/create-chat/',
    );
    expect(
      await shown.evaluateAll((links) => links.every((a) => (a as HTMLElement).dataset.route?.startsWith('POST'))),
    ).toBe(true);
    await page.close();
  });
});

describe('share links', () => {
  it('round-trip a filled create-chat form without the token, and fill without running', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/chat/create-chat/`);
    await playgroundReady(page);
    await page.locator('#pg-token').fill(TOKEN);
    await page.locator('#pg-region').selectOption('sandbox');
    const long = `Long body ${'0123456789'.repeat(800)} end`;
    await page.locator('[name="body.bot_id"]').fill('7351000000000000001');
    await page.locator('[name="body.user_id"]').fill('share-user');
    const content = page.locator('[name="body.additional_messages.0.content"]');
    if ((await content.count()) === 0) await page.getByRole('button', { name: 'Add additional_messages item' }).click();
    await content.fill(long);
    await page.locator('[name="body.stream"]').selectOption('true');

    await page.getByTestId('share').click();
    const box = page.getByTestId('share-url');
    await box.waitFor();
    const link = await box.inputValue();
    expect(link).toMatch(/\/chat\/create-chat\/#share=[\w-]+$/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    // No spelling of the token in the link (the encoded state is checked in the unit test too).
    expect(link).not.toContain(TOKEN);
    expect(link).not.toContain(encodeURIComponent(TOKEN));
    expect(link).not.toContain(Buffer.from(TOKEN).toString('base64url').slice(2, -2));

    // A fresh browser (no token, no stored settings) opens it: the form is filled, nothing is sent.
    const other = await browser.newPage();
    let relayed = 0;
    other.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/relay/')) relayed++;
    });
    await other.goto(link);
    const banner = other.getByTestId('share-banner');
    await banner.waitFor({ timeout: 20_000 });
    expect(await banner.textContent()).toContain('additional_messages');
    expect(await banner.textContent()).toMatch(/Nothing has been run/);
    expect(await other.locator('[name="body.bot_id"]').inputValue()).toBe('7351000000000000001');
    expect(await other.locator('[name="body.user_id"]').inputValue()).toBe('share-user');
    expect(await other.locator('[name="body.additional_messages.0.content"]').inputValue()).toBe(long);
    expect(await other.locator('[name="body.stream"]').inputValue()).toBe('true');
    expect(await other.locator('#pg-token').inputValue()).toBe('');
    expect(new URL(other.url()).hash).toBe('');
    await other.waitForTimeout(500);
    expect(relayed).toBe(0);
    await other.close();
    await context.close();
  });

  it('makes a link from a history run, filling the form as that run sent it', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/chat/create-chat/`);
    await playgroundReady(page);
    await page.locator('#pg-region').selectOption('sandbox');
    const user = `history-share-${Date.now()}`;
    await page.locator('[name="body.bot_id"]').fill('7351000000000000001');
    await page.locator('[name="body.user_id"]').fill(user);
    await page.getByTestId('run').click();
    await expect
      .poll(() => page.getByTestId('run-response').getByTestId('response-status').textContent(), { timeout: 20_000 })
      .toContain('200');
    await revealPanel(page, 'history');
    const row = page.getByTestId('history-runs').locator('li').first();
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    await row.getByTestId('share-run').click();
    const link = await row.getByTestId('share-url').inputValue();
    const sandboxToken = await page.evaluate(() => localStorage.getItem('coze-playground.sandbox-token'));
    expect(sandboxToken).toBeTruthy();
    expect(link).not.toContain(sandboxToken!);

    const other = await browser.newPage();
    await other.goto(link);
    await other.getByTestId('share-banner').waitFor({ timeout: 20_000 });
    expect(await other.locator('[name="body.user_id"]').inputValue()).toBe(user);
    expect(await other.locator('#pg-region').inputValue()).toBe('sandbox');
    await other.close();
    await context.close();
  });

  it('leaves a file field out and says so', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/file/upload-file/`);
    await playgroundReady(page);
    await page
      .locator('[name="body.file"]')
      .setInputFiles({ name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from('hi') });
    await page.getByTestId('share').click();
    const link = await page.getByTestId('share-url').inputValue();
    expect(await page.getByTestId('share-status').textContent()).toContain('body.file');
    const other = await browser.newPage();
    await other.goto(link);
    const omitted = other.getByTestId('share-omitted');
    await omitted.waitFor({ timeout: 20_000 });
    expect(await omitted.textContent()).toContain('body.file');
    await other.close();
    await page.close();
  });
});

describe('theme and shortcuts', () => {
  it('keeps the chosen theme across a reload with no flash, before any script file runs', async () => {
    const page = await browser.newPage({ colorScheme: 'light' });
    await page.goto(`${baseUrl}/chat/create-chat/`);
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.getByTestId('theme-select').selectOption('dark');
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(dark).not.toBe(light);

    // Reload with every script file held back: only the inline head script can set the theme, and
    // the body's first computed background (read the moment <body> exists) is already dark.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        observer.disconnect();
        (window as unknown as { firstBackground: string }).firstBackground = getComputedStyle(
          document.body,
        ).backgroundColor;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.route('**/*.js', (route) => route.abort());
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { firstBackground: string }).firstBackground)).toBe(dark);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.unroute('**/*.js');

    // Back to system: the light system scheme shows.
    await page.reload();
    await page.getByTestId('theme-select').selectOption('system');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(light);
    await page.close();
  });

  it('shows the shortcut sheet on ?, and runs, stops, copies curl, focuses the form and opens history by key', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/chat/create-chat/`);
    await page.keyboard.press('?');
    const sheet = page.getByTestId('shortcut-sheet');
    await sheet.waitFor();
    for (const words of ['Search', 'Run', 'Stop', 'curl', 'form', 'history'])
      expect(await sheet.textContent()).toContain(words);
    await page.keyboard.press('Escape');

    // Focus the form: the first parameter, with the playground started.
    await page.keyboard.press('Alt+Shift+KeyF');
    await page.locator('[data-testid="playground"][data-ready="true"]').waitFor({ timeout: 20_000 });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')))
      .toMatch(/^(path|query|body)\./);

    // Copy as curl: the request, never a token.
    await page.locator('#pg-token').fill(TOKEN);
    await page.locator('body').click({ position: { x: 5, y: 200 } });
    await page.keyboard.press('Alt+Shift+KeyC');
    await page.getByTestId('toast').waitFor();
    const curl = await page.evaluate(() => navigator.clipboard.readText());
    expect(curl).toContain('curl');
    expect(curl).toContain('/v3/chat');
    expect(curl).not.toContain(TOKEN);
    await page.locator('#pg-token').fill('');

    // Run from anywhere with Ctrl+Enter, Stop with Escape.
    await page.locator('[name="body.stream"]').selectOption('true');
    await page.locator('#pg-pace').fill('300');
    await page.locator('body').click({ position: { x: 5, y: 200 } });
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('stop').waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
    await page.getByTestId('stop').waitFor({ state: 'detached', timeout: 10_000 });

    // Open history.
    await page.keyboard.press('Alt+Shift+KeyH');
    await page.getByTestId('history').waitFor({ timeout: 15_000 });
    await context.close();
  });
});

describe('saved ids per region', () => {
  it('offers the ids of a successful run in that region only, and clears them per kind and all', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/bot/retrieve-bot/`);
    await playgroundReady(page);
    await page.locator('#pg-region').selectOption('sandbox');
    const botId = page.locator('[name="path.bot_id"]');
    await botId.fill('7351000000000000001');
    await page.getByTestId('run').click();
    await expect
      .poll(() => page.getByTestId('response-status').first().textContent(), { timeout: 15_000 })
      .toContain('200');
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('coze-playground.ids.sandbox')))
      .toContain('7351000000000000001');

    // Another endpoint with an agent id field offers it.
    await page.goto(`${baseUrl}/chat/create-chat/`);
    await playgroundReady(page);
    await page.locator('[name="body.bot_id"]').focus();
    const options = page.locator('[name="body.bot_id"] ~ datalist option');
    await expect
      .poll(() => options.evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value)))
      .toEqual(['7351000000000000001']);
    const pick = page.locator('[name="body.bot_id"] ~ .pg-id-tools [data-testid="id-pick"]');
    await pick.click();
    const saved = page.getByTestId('saved-ids');
    await saved.waitFor();
    await saved.getByTestId('saved-id').first().click();
    expect(await page.locator('[name="body.bot_id"]').inputValue()).toBe('7351000000000000001');

    // Not offered in another region.
    await page.locator('#pg-region').focus();
    await page.locator('#pg-region').selectOption('cn');
    await page.locator('[name="body.bot_id"]').focus();
    await expect.poll(() => options.count()).toBe(0);
    await page.locator('#pg-region').focus();
    await page.locator('#pg-region').selectOption('sandbox');
    await page.locator('[name="body.bot_id"]').focus();
    await expect.poll(() => options.count()).toBe(1);

    // Clear the agents, then everything.
    await page.evaluate(() => {
      const raw = JSON.parse(localStorage.getItem('coze-playground.ids.sandbox') ?? '{}');
      localStorage.setItem('coze-playground.ids.sandbox', JSON.stringify({ ...raw, workspace: ['7000'] }));
    });
    // Picking closed the panel; opened again, it reads the ids anew.
    await pick.click();
    await page.getByTestId('clear-saved-kind').click();
    await page.locator('[name="body.bot_id"]').focus();
    await expect.poll(() => options.count()).toBe(0);
    expect(
      JSON.parse((await page.evaluate(() => localStorage.getItem('coze-playground.ids.sandbox'))) ?? '{}'),
    ).toEqual({
      workspace: ['7000'],
    });
    await page.getByTestId('clear-saved-all').click();
    expect(await page.evaluate(() => localStorage.getItem('coze-playground.ids.sandbox'))).toBeNull();
    await page.close();
  });
});
