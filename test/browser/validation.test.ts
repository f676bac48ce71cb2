import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countRelayRequests, launchBrowser, playgroundReady } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('validation in the form', () => {
  it('shows the message beside a cleared required field and sends nothing', async () => {
    const page = await browser.newPage();
    const relayed = countRelayRequests(page);
    await page.goto(`${baseUrl}/chat/create-chat/`);
    await playgroundReady(page);

    const botId = page.locator('[name="body.bot_id"]');
    await botId.fill('');
    const describedBy = await botId.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    const message = page.locator(`[id="${describedBy}"]`);
    expect(await message.textContent()).toBe('bot_id is required');
    expect(await botId.getAttribute('aria-invalid')).toBe('true');
    expect(await botId.getAttribute('aria-required')).toBe('true');
    // The message sits in the same field row as the input.
    expect(
      await message.evaluate((node, input) => node.parentElement === input?.parentElement, await botId.elementHandle()),
    ).toBe(true);

    await page.getByTestId('run').click();
    const refused = page.getByTestId('run-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('body.bot_id: bot_id is required');
    await page.keyboard.press('Control+Enter');
    await page.waitForTimeout(500);
    expect(relayed()).toBe(0);
    expect(await page.getByTestId('run-response').count()).toBe(0);

    // Filling the field clears the message, and Run sends.
    await botId.fill('7351000000000000001');
    expect(await page.locator(`[id="${describedBy}"]`).count()).toBe(0);
    // A stream, so the one request is all there is (a non-streaming chat goes on to poll retrieve).
    await page.locator('[name="body.stream"]').selectOption('true');
    await page.getByTestId('run').click();
    await page.getByTestId('run-response').getByTestId('response-status').waitFor({ timeout: 15_000 });
    expect(relayed()).toBe(1);
    await page.close();
  });

  it('keeps the form when the body JSON does not parse, and fills it when it does', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/chat/create-chat/`);
    await playgroundReady(page);
    const editor = page.locator('#pg-body-json');
    // Lazy panels below may still be growing the column; click again if a shift swallowed the click.
    await expect
      .poll(async () => {
        if (!(await editor.isVisible())) await page.getByTestId('body-json').locator('summary').click();
        return editor.isVisible();
      })
      .toBe(true);
    await editor.fill('{"bot_id": "42", "user_id": ');
    expect(await page.getByTestId('body-json').textContent()).toContain('Not valid JSON');
    expect(await page.locator('[name="body.bot_id"]').inputValue()).toBe('7351000000000000001');
    await editor.fill('{"bot_id": "42", "user_id": "u-9"}');
    expect(await page.locator('[name="body.bot_id"]').inputValue()).toBe('42');
    expect(await page.locator('[name="body.user_id"]').inputValue()).toBe('u-9');
    // And the other way round: a field edit rewrites the JSON.
    await page.locator('[name="body.user_id"]').fill('u-10');
    expect(JSON.parse(await editor.inputValue())).toEqual({ bot_id: '42', user_id: 'u-10' });
    await page.close();
  });
});
