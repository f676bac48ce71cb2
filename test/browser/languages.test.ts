import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findEndpoint } from '../../catalog';
import { launchBrowser, playgroundReady } from './browser';

// The chat endpoint in both languages: each page shows its own, static and live; the switch keeps
// the place and the filled form and remembers the choice; a Chinese browser's first visit lands on
// the Chinese page, and an explicit choice beats the browser's language.
const baseUrl = inject('baseUrl');
const chat = findEndpoint('create-chat')!;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The playground's visible text outside code, values and titles (the elements marked with a lang). */
const playText = (page: Page) =>
  page.locator('#play').evaluate((root) => {
    const clone = root.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('code, pre, textarea, select, [lang], .sr-only').forEach((node) => node.remove());
    return clone.innerText;
  });

const ENGLISH_RUN = /[A-Za-z][A-Za-z'’-]*(?:[ \u00a0]+[A-Za-z][A-Za-z'’-]*){2,}/;
const HAN = /\p{Script=Han}/u;

describe('the chat endpoint in two languages', () => {
  it('shows the English page in English, static and live', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await page.goto(`${baseUrl}/chat/create-chat/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toContain(chat.titleEn);
    expect(await page.locator('#params-title').innerText()).toBe('Request parameters');
    expect(await page.getByTestId('run').innerText()).toBe('Run');
    expect(await playText(page)).not.toMatch(HAN);
    await playgroundReady(page);
    expect(await page.getByTestId('run').innerText()).toBe('Run');
    expect(await page.locator('.pg-connection legend').innerText()).toBe('Connection');
    expect(await playText(page)).not.toMatch(HAN);
    await page.close();
  });

  it('shows the Chinese page in Chinese, static and live, its checks included', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await page.goto(`${baseUrl}/zh/chat/create-chat/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    // The Chinese title leads; the English one follows, marked as English.
    const title = page.locator('h1 [lang]');
    expect(await title.first().innerText()).toBe(chat.titleZh);
    expect(await page.locator('#params-title').innerText()).toBe('请求参数');
    expect(await page.getByTestId('run').innerText()).toBe('运行');
    expect(await page.getByTestId('tree-toggle').innerText()).toBe('目录');
    expect(await playText(page)).not.toMatch(ENGLISH_RUN);
    await playgroundReady(page);
    expect(await page.getByTestId('run').innerText()).toBe('运行');
    expect(await page.locator('.pg-connection legend').innerText()).toBe('连接');
    // A validation message of the live form reads in Chinese too, field names as they are.
    await page.locator('#pg-region').selectOption('sandbox');
    await page.locator('[name="body.user_id"]').fill('');
    await page.getByTestId('run').click();
    const refused = await page.getByTestId('run-refused').innerText();
    expect(refused).toContain('未发送');
    expect(refused).toContain('user_id 为必填项');
    expect(await playText(page)).not.toMatch(ENGLISH_RUN);
    // Links stay in Chinese: the tree and the brand lead to /zh/ pages.
    expect(await page.locator('.brand').getAttribute('href')).toBe('/zh/');
    expect(await page.locator('.tree-link[aria-current="page"]').getAttribute('href')).toBe('/zh/chat/create-chat/');
    await page.close();
  });

  it('switches language in place: same page, query and fragment, the filled form kept, the choice remembered', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/chat/create-chat/?from=test#play`);
    await playgroundReady(page);
    await page.locator('[name="body.user_id"]').fill('carried-user');
    await page.getByTestId('lang-switch').click();
    await page.waitForURL(`${baseUrl}/zh/chat/create-chat/?from=test#play`);
    await page.locator('[data-testid="playground"][data-ready="true"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[name="body.user_id"]').inputValue()).toBe('carried-user');
    expect(await page.getByTestId('run').innerText()).toBe('运行');
    const cookies = await context.cookies(baseUrl);
    expect(cookies.find((cookie) => cookie.name === 'lang')?.value).toBe('zh');
    // Back to English the same way; the remembered choice now says English.
    await page.getByTestId('lang-switch').click();
    await page.waitForURL(`${baseUrl}/chat/create-chat/?from=test#play`);
    expect((await context.cookies(baseUrl)).find((cookie) => cookie.name === 'lang')?.value).toBe('en');
    await context.close();
  });

  it('opens the Chinese page for a browser that prefers Chinese, unless the reader chose English', async () => {
    const chinese = await browser.newContext({ locale: 'zh-CN' });
    const page = await chinese.newPage();
    await page.goto(`${baseUrl}/chat/create-chat/#play`);
    expect(new URL(page.url()).pathname).toBe('/zh/chat/create-chat/');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await chinese.addCookies([{ name: 'lang', value: 'en', url: baseUrl }]);
    await page.goto(`${baseUrl}/chat/create-chat/`);
    expect(new URL(page.url()).pathname).toBe('/chat/create-chat/');
    await chinese.close();
  });

  it('runs the live WebSocket session panel in Chinese on a Chinese page', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await page.goto(`${baseUrl}/zh/audio/ws-chat/`);
    await page.getByTestId('rt-start').click();
    const panel = page.getByTestId('session-panel');
    await panel.waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('rt-connect').innerText()).toBe('连接');
    expect(await page.getByTestId('rt-status').innerText()).toBe('未连接');
    expect(await panel.locator('legend').first().innerText()).toBe('连接');
    await page.getByTestId('rt-connect').click();
    await expect.poll(() => panel.getAttribute('data-status'), { timeout: 15_000 }).toBe('open');
    expect(await page.getByTestId('rt-status').innerText()).toBe('已连接');
    expect(await page.getByTestId('rt-figures').innerText()).toContain('说完到首段音频');
    await page.close();
  });
});
