import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Whether the tree is on screen: it hides by sliding off the left edge. */
function treeOnScreen(page: Page): Promise<boolean> {
  return page.getByTestId('tree').evaluate((tree) => tree.getBoundingClientRect().right > 0);
}

describe('the endpoint tree', () => {
  it('shows on hover at the seam, and pinned stays open across navigation and reload', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/chat/create-chat/`);
    expect(await treeOnScreen(page)).toBe(false);

    await page.getByTestId('tree-seam').hover({ force: true });
    await expect.poll(() => treeOnScreen(page), { timeout: 5_000 }).toBe(true);

    await page.getByTestId('tree-pin').click();
    expect(await page.evaluate(() => document.documentElement.dataset.pinned)).toBe('true');
    await page.mouse.move(900, 400);
    await page.waitForTimeout(800);
    expect(await treeOnScreen(page)).toBe(true);

    await page
      .getByTestId('tree')
      .getByRole('link', { name: /查看对话详情/ })
      .click();
    await page.waitForURL(/\/chat\/retrieve-chat\/$/);
    expect(await page.evaluate(() => document.documentElement.dataset.pinned)).toBe('true');
    expect(await treeOnScreen(page)).toBe(true);

    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.pinned)).toBe('true');
    expect(await treeOnScreen(page)).toBe(true);

    // Unpinned, it slides away again once the pointer and the focus leave it.
    await page.getByTestId('tree-pin').click();
    expect(await page.evaluate(() => document.documentElement.dataset.pinned)).toBeUndefined();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.mouse.move(900, 400);
    await expect.poll(() => treeOnScreen(page), { timeout: 5_000 }).toBe(false);
    await page.close();
  });
});
