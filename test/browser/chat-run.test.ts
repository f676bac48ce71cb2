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

describe('running create-chat in the sandbox', () => {
  it('streams deltas into the answer while the stream is open, then lists the run in history after a reload', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`);
    await page
      .locator('main')
      .getByRole('link', { name: /发起对话/ })
      .click();
    await page.waitForURL(/\/chat\/create-chat\/$/);
    await playgroundReady(page);

    const message = `Tell me about streams ${Date.now()}`;
    await page.locator('[name="body.bot_id"]').fill('7351000000000000001');
    await page.locator('[name="body.user_id"]').fill('browser-user');
    const content = page.locator('[name="body.additional_messages.0.content"]');
    if ((await content.count()) === 0) await page.getByRole('button', { name: 'Add additional_messages item' }).click();
    await content.fill(message);
    await page.locator('[name="body.stream"]').selectOption('true');
    // Slow the sandbox down so the stream lasts well over a second.
    await page.locator('#pg-pace').fill('60');

    await page.getByTestId('run').click();
    const answer = page.getByTestId('answer');
    const status = page.getByTestId('stream-status');

    // Part of the answer is on screen while the stream is still open.
    await expect.poll(async () => (await answer.textContent())?.length ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
    const partial = (await answer.textContent()) ?? '';
    expect(await status.getAttribute('data-state')).toBe('streaming');
    expect(
      await page
        .getByTestId('stream-events')
        .locator('li', { hasText: /^\+\d+ ms\s*done/ })
        .count(),
    ).toBe(0);

    // Then the stream ends with done and the whole answer, which grew from the partial one.
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 30_000 }).toBe('done');
    const full = (await answer.textContent()) ?? '';
    expect(full.startsWith(partial)).toBe(true);
    expect(full.length).toBeGreaterThan(partial.length);
    expect(await page.getByTestId('run-response').getByTestId('response-status').textContent()).toContain('200');
    await expect.poll(() => page.getByTestId('stream-events').locator('li').count()).toBeGreaterThan(3);

    // After a reload, the run is the newest in the history list.
    await page.reload();
    await playgroundReady(page);
    await revealPanel(page, 'history');
    const runs = page.getByTestId('history-runs').locator('li');
    await expect.poll(() => runs.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await runs.first().getByRole('button').click();
    const detail = page.getByTestId('run-detail');
    await detail.waitFor();
    expect(await detail.textContent()).toContain(message);
    // The recorded stream replays into the same answer.
    expect(await detail.getByTestId('answer').textContent()).toBe(full);
    await page.close();
  });

  it('stops a stream on Stop and keeps what arrived', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/chat/create-chat/`);
    await playgroundReady(page);
    await page.locator('[name="body.stream"]').selectOption('true');
    await page.locator('#pg-pace').fill('300');
    await page.keyboard.press('Control+Enter');
    const answer = page.getByTestId('answer');
    await expect.poll(async () => (await answer.textContent())?.length ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
    await page.getByTestId('stop').click();
    const response = page.getByTestId('run-response');
    await expect.poll(() => response.getAttribute('data-phase')).toBe('stopped');
    const kept = (await answer.textContent()) ?? '';
    expect(kept.length).toBeGreaterThan(0);
    expect(await page.getByTestId('stream-status').getAttribute('data-state')).toBe('incomplete');
    await page.waitForTimeout(800);
    expect(await answer.textContent()).toBe(kept);
    expect(await page.getByTestId('run').isEnabled()).toBe(true);
    await page.close();
  });

  it('lists a run by the id its response carried once history has saved it, however long saving takes', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/chat/create-chat/`);
    await playgroundReady(page);
    await revealPanel(page, 'history');
    // History saves this run 2.5 s after its response: until then reading it by id is a 404 and the list
    // leaves it out, as a slow KV write would.
    let savedAt = Number.POSITIVE_INFINITY;
    const notSavedYet = () => Date.now() < savedAt;
    await page.route(/\/api\/history\/create-chat\./, (route) =>
      notSavedYet()
        ? route.fulfill({
            status: 404,
            json: { error: { status: 404, code: 'not_found', message: 'No such run in this token’s history' } },
          })
        : route.continue(),
    );
    await page.route(/\/api\/history\?endpoint=/, (route) =>
      notSavedYet() ? route.fulfill({ json: { runs: [] } }) : route.continue(),
    );
    await page.locator('[name="body.stream"]').selectOption('false');
    const relayed = page.waitForResponse((response) => response.url().includes('/api/relay/sandbox/v3/chat'));
    await page.getByTestId('run').click();
    const response = await relayed;
    savedAt = Date.now() + 2500;
    const runId = await response.headerValue('x-playground-run-id');
    expect(runId).toMatch(/^create-chat\./);
    const newest = page.getByTestId('history-runs').locator('li').first();
    await expect.poll(() => newest.getAttribute('data-run-id').catch(() => null), { timeout: 15_000 }).toBe(runId);
    await page.close();
  });

  it('loads a past run back into the form', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/chat/create-chat/`);
    await playgroundReady(page);
    const message = `Reload me ${Date.now()}`;
    await page.locator('[name="body.additional_messages.0.content"]').fill(message);
    await page.locator('[name="body.stream"]').selectOption('false');
    const created = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('/v3/chat'));
    await page.getByTestId('run').click();
    const runId = (await created).headers()['x-playground-run-id'];
    await page.getByTestId('run-response').getByTestId('coze-code').waitFor({ timeout: 15_000 });

    await page.reload();
    await playgroundReady(page);
    expect(await page.locator('[name="body.additional_messages.0.content"]').inputValue()).not.toBe(message);
    await revealPanel(page, 'history');
    const runs = page.getByTestId('history-runs').locator('li');
    // History saves a run after its answer: wait until this one heads the list, not an earlier test's.
    await expect
      .poll(
        async () => {
          if ((await runs.first().getAttribute('data-run-id')) === runId) return true;
          await page
            .getByTestId('history')
            .getByRole('button', { name: 'Refresh' })
            .click()
            .catch(() => undefined);
          return false;
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    await runs.first().locator('.pg-run-button').click();
    await page.getByRole('button', { name: 'Load into form' }).click();
    await expect.poll(() => page.locator('[name="body.additional_messages.0.content"]').inputValue()).toBe(message);
    expect(await page.locator('[name="body.stream"]').inputValue()).toBe('false');
    await page.close();
  });
});
