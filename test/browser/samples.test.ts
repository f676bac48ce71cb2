import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, playgroundReady, revealPanel } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('sample code', () => {
  it('follows the form as a field changes, in every language', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/chat/create-chat/`);
    await playgroundReady(page);
    await revealPanel(page, 'samples');
    const code = page.getByTestId('sample-code');
    await code.waitFor();
    const before = (await code.textContent()) ?? '';
    expect(before).toContain('curl');

    await page.locator('[name="body.user_id"]').fill('sample-user-77');
    await expect.poll(() => code.textContent()).toContain('sample-user-77');
    expect(await code.textContent()).not.toBe(before);

    await page.getByRole('tab', { name: 'Python (cozepy)' }).click();
    expect(await code.textContent()).toContain('user_id="sample-user-77"');
    await page.getByRole('tab', { name: 'Node.js (@coze/api)' }).click();
    expect(await code.textContent()).toContain(`user_id: 'sample-user-77'`);
    await page.close();
  });

  it('remembers the chosen language and never contains the token', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/chat/create-chat/`);
    await playgroundReady(page);
    await page.locator('#pg-region').selectOption('cn');
    await page.locator('#pg-token').fill('pat_browser_secret_0123456789');
    await revealPanel(page, 'samples');
    await page.getByRole('tab', { name: 'JavaScript fetch' }).click();
    const code = page.getByTestId('sample-code');
    expect(await code.textContent()).toContain('https://api.coze.cn/v3/chat');
    expect(await code.textContent()).not.toContain('pat_browser_secret_0123456789');
    expect(await page.getByTestId('request-preview').textContent()).not.toContain('pat_browser_secret_0123456789');

    await page.reload();
    await playgroundReady(page);
    await revealPanel(page, 'samples');
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('JavaScript fetch');
    // The token stays in this tab's session, and the region on this device.
    expect(await page.locator('#pg-token').inputValue()).toBe('pat_browser_secret_0123456789');
    expect(await page.evaluate(() => localStorage.getItem('coze-playground.token'))).toBeNull();
    await page.locator('#pg-region').selectOption('sandbox');
    await page.close();
  });
});
