import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, playgroundReady } from './browser';

// How the site shows the relay's answers in Coze's shape: our refusals once, as ours; Coze's code
// with its meaning (loaded when there is a code to explain); and the schema's issues with a request
// that was sent anyway.
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The chat page, with every relay call answered by `answer`, run once without streaming. */
async function runWith(answer: { status: number; body: unknown; headers?: Record<string, string> }): Promise<Page> {
  const page = await browser.newPage();
  await page.route('**/api/relay/**', (route) =>
    route.fulfill({
      status: answer.status,
      contentType: 'application/json',
      body: JSON.stringify(answer.body),
      headers: { 'x-tt-logid': '20261204031500A1B2C3D4E5F6A7B8C9D0', ...answer.headers },
    }),
  );
  await page.goto(`${baseUrl}/chat/create-chat/`);
  await playgroundReady(page);
  await page.locator('[name="body.stream"]').selectOption('false');
  await page.getByTestId('run').click();
  await page.getByTestId('response-status').waitFor({ timeout: 15_000 });
  return page;
}

describe('relay answers in Coze’s shape, on the page', () => {
  it('shows our refusal once, as ours, although it carries Coze’s code too', async () => {
    const page = await runWith({
      status: 401,
      body: {
        code: 4100,
        msg: 'Send Authorization: Bearer <token>',
        detail: { logid: '20261204031500A1B2C3D4E5F6A7B8C9D0' },
        error: { status: 401, code: 'unauthorized', message: 'Send Authorization: Bearer <token>' },
      },
    });
    const response = page.getByTestId('run-response');
    await response.getByTestId('api-error').waitFor();
    expect(await response.getByTestId('api-error').textContent()).toContain('unauthorized');
    expect(await response.getByTestId('coze-code').count()).toBe(0);
    await page.close();
  });

  it('explains Coze’s code from the error-code table, and lists the schema’s issues sent anyway', async () => {
    const validation = {
      endpoint: 'create-chat',
      issues: [{ location: 'body', path: 'meta_data.colour', message: 'Not a documented key' }],
      omitted: 2,
    };
    const page = await runWith({
      status: 200,
      body: { code: 4015, msg: 'bot not published', detail: { logid: '20261204031500A1B2C3D4E5F6A7B8C9D0' } },
      headers: { 'x-playground-validation': JSON.stringify(validation) },
    });
    const response = page.getByTestId('run-response');
    await response.getByTestId('code-meaning').waitFor({ timeout: 15_000 });
    expect(await response.getByTestId('coze-code').textContent()).toMatch(/4015.*not published.*API channel/);
    const note = response.getByTestId('validation-note');
    expect(await note.textContent()).toContain('body.meta_data.colour: Not a documented key');
    expect(await note.textContent()).toContain('2 more');
    await page.close();
  });
});
