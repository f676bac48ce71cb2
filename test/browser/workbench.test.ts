import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import { launchBrowser, playgroundReady, revealPanel } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Whether the element's box intersects the viewport, as the user sees it without scrolling. */
async function inViewport(page: Page, testId: string): Promise<boolean> {
  const box = await page.getByTestId(testId).boundingBox();
  const size = page.viewportSize()!;
  return !!box && box.y < size.height && box.y + box.height > 0 && box.x < size.width && box.x + box.width > 0;
}

describe('the answer beside Run', () => {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`shows status, timing and the answer in the viewport after Run at ${viewport.width}x${viewport.height}`, async () => {
      const page = await browser.newPage({ viewport });
      await page.goto(`${baseUrl}/chat/create-chat/`);
      await playgroundReady(page);
      await page.locator('[name="body.stream"]').selectOption('true');
      await page.getByTestId('run').click();
      const response = page.getByTestId('run-response');
      await expect.poll(() => response.getAttribute('data-phase'), { timeout: 20_000 }).toBe('done');
      expect(await inViewport(page, 'run-response')).toBe(true);
      expect(await inViewport(page, 'response-status')).toBe(true);
      expect(await inViewport(page, 'answer')).toBe(true);
      expect((await page.getByTestId('answer').textContent())?.length).toBeGreaterThan(0);
      // The request stays reachable: minimizing the response leaves its status line, and the form scrolls.
      await page.getByTestId('response-toggle').click();
      expect(await page.getByTestId('answer').isVisible()).toBe(false);
      await page.locator('[name="body.bot_id"]').scrollIntoViewIfNeeded();
      expect(await inViewport(page, 'run-response')).toBe(true);
      await page.close();
    });
  }
});

describe('tool calls inline', () => {
  it('answers two rounds of get_weather in the same timeline, typed then canned, streaming', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${baseUrl}/chat/create-chat/`);
    await playgroundReady(page);
    await page.locator('[name="body.bot_id"]').fill(SANDBOX_IDS.pluginBot);
    await page.locator('[name="body.additional_messages.0.content"]').fill('Weather in Paris and London?');
    await page.locator('[name="body.stream"]').selectOption('true');
    await page.getByTestId('run').click();

    const response = page.getByTestId('run-response');
    const form = response.getByTestId('tool-calls');
    await form.waitFor({ timeout: 20_000 });
    expect(await form.getByTestId('tool-name').textContent()).toBe('get_weather');
    expect(await form.getByTestId('tool-arguments').textContent()).toBe('{"city":"Paris"}');
    await form.getByTestId('tool-output').fill('{"temperature":"18°C","condition":"cloudy"}');
    await form.getByTestId('submit-tool-outputs').click();

    // Round two, in the same timeline: the agent asks about the second city.
    await expect
      .poll(async () => response.getByTestId('tool-arguments').last().textContent(), { timeout: 20_000 })
      .toBe('{"city":"London"}');
    expect(await response.getByTestId('segment').count()).toBe(2);
    expect(await response.getByTestId('segment-label').first().textContent()).toContain('round 1');
    await response.getByTestId('submit-tool-outputs').click();

    await expect.poll(() => response.getAttribute('data-phase'), { timeout: 20_000 }).toBe('done');
    await expect.poll(() => response.getByTestId('segment').count()).toBe(3);
    await expect
      .poll(() => response.getByTestId('stream-status').last().getAttribute('data-state'), { timeout: 20_000 })
      .toBe('done');
    const answer = (await response.getByTestId('answer').last().textContent()) ?? '';
    expect(answer).toContain('Paris is temperature: 18°C, condition: cloudy');
    expect(answer).toContain('London it is');
    expect(answer).toContain('21°C');
    expect(await response.getByTestId('tool-calls').count()).toBe(0);
    expect(await inViewport(page, 'run-response')).toBe(true);
    await page.close();
  });
});

describe('interrupts inline', () => {
  it('shows the question of an Interrupt, resumes with the answer and continues in the same timeline', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/workflow/stream-run-workflow/`);
    await playgroundReady(page);
    await page.locator('[name="body.workflow_id"]').fill(SANDBOX_IDS.questionWorkflow);
    await page.getByTestId('run').click();

    const response = page.getByTestId('run-response');
    const resume = response.getByTestId('resume');
    await resume.waitFor({ timeout: 20_000 });
    expect(await resume.getByTestId('interrupt-question').textContent()).toBe('Which city are you travelling to?');
    await resume.getByText('interrupt_data').click();
    expect(await resume.textContent()).toContain('event_id');
    await resume.getByTestId('resume-answer').fill('Paris');
    const sent = page.waitForRequest((request) => request.url().endsWith('/v1/workflow/stream_resume'));
    await resume.getByTestId('resume-run').click();
    const body = JSON.parse((await sent).postData() ?? '{}');
    expect(body).toMatchObject({ workflow_id: SANDBOX_IDS.questionWorkflow, interrupt_type: 2, resume_data: 'Paris' });
    expect(body.event_id).toMatch(/^\d+$/);

    await expect.poll(() => response.getByTestId('segment').count(), { timeout: 20_000 }).toBe(2);
    await expect
      .poll(() => response.getByTestId('stream-status').last().getAttribute('data-state'), { timeout: 20_000 })
      .toBe('done');
    expect(await response.getByTestId('answer').last().textContent()).toContain('Paris');
    expect(await response.getByTestId('resume').count()).toBe(0);
    expect(await inViewport(page, 'run-response')).toBe(true);
    await page.close();
  });
});

describe('polling done for you', () => {
  it('polls a non-streaming chat at most once a second, then lists its messages in the same timeline', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const retrieves: number[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/v3/chat/retrieve')) retrieves.push(Date.now());
    });
    await page.goto(`${baseUrl}/chat/create-chat/`);
    await playgroundReady(page);
    await page.locator('[name="body.stream"]').selectOption('false');
    await page.locator('#pg-pace').fill('120');
    await page.getByTestId('run').click();

    const response = page.getByTestId('run-response');
    const progress = response.getByTestId('poll-progress');
    await expect.poll(() => progress.first().textContent(), { timeout: 20_000 }).toMatch(/Chat in_progress, check \d/);
    await expect.poll(() => response.getByTestId('segment').count(), { timeout: 30_000 }).toBe(3);
    expect(await progress.first().textContent()).toMatch(/Chat completed, check \d+ · done/);
    expect(await response.getByTestId('segment-label').last().textContent()).toContain('list-chat-messages');
    await expect.poll(() => response.getAttribute('data-phase'), { timeout: 20_000 }).toBe('done');
    expect(await response.getByTestId('segment').last().textContent()).toContain('"type": "answer"');
    expect(retrieves.length).toBeGreaterThan(1);
    for (let i = 1; i < retrieves.length; i++) expect(retrieves[i]! - retrieves[i - 1]!).toBeGreaterThanOrEqual(950);
    await page.close();
  });

  it('stops polling on Stop and sends nothing more', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    let retrieves = 0;
    page.on('request', (request) => {
      if (request.url().includes('/v3/chat/retrieve')) retrieves++;
    });
    await page.goto(`${baseUrl}/chat/create-chat/`);
    await playgroundReady(page);
    await page.locator('[name="body.stream"]').selectOption('false');
    await page.locator('#pg-pace').fill('1000');
    await page.getByTestId('run').click();
    const response = page.getByTestId('run-response');
    await response.getByTestId('poll-stop').click({ timeout: 20_000 });
    await expect.poll(() => response.getByTestId('poll-progress').textContent()).toContain('stopped');
    const sent = retrieves;
    await page.waitForTimeout(2200);
    expect(retrieves).toBe(sent);
    expect(await response.getAttribute('data-phase')).toBe('stopped');
    await page.close();
  });

  it('polls the run history of an async workflow run until it is over', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${baseUrl}/workflow/run-workflow/`);
    await playgroundReady(page);
    await page.locator('[name="body.is_async"]').selectOption('true');
    await page.getByTestId('run').click();
    const response = page.getByTestId('run-response');
    await expect.poll(() => response.getByTestId('segment').count(), { timeout: 20_000 }).toBe(2);
    await expect
      .poll(() => response.getByTestId('poll-progress').textContent(), { timeout: 20_000 })
      .toMatch(/Run Success, check \d+ · done/);
    expect(await response.getByTestId('segment').last().textContent()).toContain('Hello, George');
    await page.close();
  });

  it('watches a new document until it is processed', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${baseUrl}/knowledge/knowledge-documents-create/`);
    await playgroundReady(page);
    await page.getByTestId('run').click();
    const response = page.getByTestId('run-response');
    await expect.poll(() => response.getByTestId('segment').count(), { timeout: 20_000 }).toBe(2);
    await expect
      .poll(() => response.getByTestId('poll-progress').textContent(), { timeout: 30_000 })
      .toMatch(/100%, check \d+ · done/);
    expect(await response.getByTestId('segment-label').textContent()).toContain('datasets-process');
    await page.close();
  });
});

describe('ids picked, not copied', () => {
  it("lists the caller's agents and conversations through the relay, searchable, and fills the id; the id stays typeable", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const lists: string[] = [];
    const credentials: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (request.method() === 'GET' && url.pathname.startsWith('/api/relay/sandbox/v1/')) {
        lists.push(url.pathname);
        credentials.push(request.headers()['authorization'] ?? '');
        // The token travels in the header only, never in the URL.
        if (request.url().includes('sandbox-')) credentials.push('token in URL');
      }
    });
    await page.goto(`${baseUrl}/chat/create-chat/`);
    await playgroundReady(page);
    const botField = page.locator('[name="body.bot_id"]');
    const botRow = page.locator('.pg-field', { has: botField });
    await botRow.getByTestId('id-pick').click();
    const picker = botRow.getByTestId('id-picker');
    await expect.poll(() => picker.getByTestId('id-option').count(), { timeout: 15_000 }).toBe(2);
    expect(lists).toEqual(expect.arrayContaining(['/api/relay/sandbox/v1/workspaces', '/api/relay/sandbox/v1/bots']));
    for (const credential of credentials) expect(credential).toMatch(/^Bearer sandbox-[0-9a-f]+$/);
    await picker.getByTestId('id-search').fill('weather');
    expect(await picker.getByTestId('id-option').count()).toBe(1);
    await picker.getByTestId('id-option').click();
    expect(await botField.inputValue()).toBe(SANDBOX_IDS.pluginBot);
    expect(await picker.count()).toBe(0);

    // conversation_id lists the conversations of the agent the form names.
    const conversationField = page.locator('[name="query.conversation_id"]');
    const conversationRow = page.locator('.pg-field', { has: conversationField });
    await botField.fill(SANDBOX_IDS.bot);
    await conversationRow.getByTestId('id-pick').click();
    const conversations = conversationRow.getByTestId('id-option');
    await expect.poll(() => conversations.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await conversationRow.getByTestId('id-option').filter({ hasText: SANDBOX_IDS.conversation }).click();
    expect(await conversationField.inputValue()).toBe(SANDBOX_IDS.conversation);

    // Typing still works.
    await botField.fill('123');
    expect(await botField.inputValue()).toBe('123');
    await page.close();
  });
});

describe('use in…', () => {
  it('links an id in a response to the calls that take it, opening their page with the form filled', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${baseUrl}/chat/create-chat/`);
    await playgroundReady(page);
    await page.locator('[name="body.stream"]').selectOption('false');
    await page.getByTestId('run').click();
    const response = page.getByTestId('run-response');
    const first = response.getByTestId('segment').first();
    const idLine = first.locator('.pg-json-line', { hasText: '"conversation_id"' }).first();
    await idLine.waitFor({ timeout: 20_000 });
    const conversationId = /"(\d+)"/.exec((await idLine.textContent()) ?? '')![1]!;
    expect(await first.locator('.pg-json-line', { hasText: '"created_at"' }).getByTestId('use-in').count()).toBe(0);
    await idLine.getByTestId('use-in').click();
    const targets = idLine.getByTestId('use-in-list').getByRole('link');
    expect(await targets.allTextContents()).toEqual(
      expect.arrayContaining(['retrieve-conversation', 'create-message', 'create-chat']),
    );

    await targets.filter({ hasText: /^retrieve-conversation$/ }).click();
    await page.waitForURL(/\/conversation\/retrieve-conversation\/$/);
    await page.locator('[data-testid="playground"][data-ready="true"]').waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('[name="query.conversation_id"]').inputValue()).toBe(conversationId);
    expect(page.url()).not.toContain('#');
    await page.getByTestId('run').click();
    await expect.poll(() => response.getAttribute('data-phase'), { timeout: 20_000 }).toBe('done');
    expect(await response.getByTestId('coze-code').textContent()).toContain('0');
    expect(await response.textContent()).toContain(conversationId);
    await page.close();
  });
});

describe('the sandbox explained and resettable', () => {
  it('fills the sandbox object a flow needs with one button', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${baseUrl}/workflow/stream-run-workflow/`);
    await playgroundReady(page);
    const note = page.getByTestId('sandbox-note');
    await note.waitFor({ timeout: 15_000 });
    expect(await note.textContent()).toContain(SANDBOX_IDS.questionWorkflow);
    await note.getByTestId('sandbox-fill').click();
    expect(await page.locator('[name="body.workflow_id"]').inputValue()).toBe(SANDBOX_IDS.questionWorkflow);
    await page.getByTestId('run').click();
    await page.getByTestId('run-response').getByTestId('resume').waitFor({ timeout: 20_000 });
    await page.close();
  });

  it("restores this browser's sandbox after a prefilled delete, so other pages' examples work again", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const code = async () =>
      (await page.getByTestId('run-response').getByTestId('coze-code').textContent({ timeout: 15_000 })) ?? '';
    await page.goto(`${baseUrl}/conversation/delete-conversation/`);
    await playgroundReady(page);
    await page.getByTestId('run').click();
    await expect.poll(code, { timeout: 15_000 }).toContain('0');

    await page.goto(`${baseUrl}/conversation/retrieve-conversation/`);
    await playgroundReady(page);
    await page.getByTestId('run').click();
    await expect.poll(code, { timeout: 15_000 }).not.toMatch(/\b0\b/);

    await page.getByTestId('sandbox-reset').click();
    await page.getByTestId('sandbox-reset-done').waitFor({ timeout: 15_000 });
    await page.getByTestId('run').click();
    await expect.poll(code, { timeout: 15_000 }).toMatch(/\b0\b/);
    expect(await page.getByTestId('run-response').textContent()).toContain(SANDBOX_IDS.conversation);
    await page.close();
  });
});

describe('stream figures that matter', () => {
  it('shows time to the first answer token, tokens in and out, events per second, delta text and a filter by type', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${baseUrl}/chat/create-chat/`);
    await playgroundReady(page);
    await page.locator('[name="body.stream"]').selectOption('true');
    await page.locator('#pg-pace').fill('30');
    await page.getByTestId('run').click();
    const response = page.getByTestId('run-response');
    await expect.poll(() => response.getAttribute('data-phase'), { timeout: 20_000 }).toBe('done');

    const firstToken = Number(/\+(\d+) ms/.exec((await response.getByTestId('first-token').textContent()) ?? '')?.[1]);
    const firstEvent = Number(
      /\+(\d+) ms/.exec((await response.getByTestId('stream-events').locator('li').first().textContent()) ?? '')?.[1],
    );
    expect(firstToken).toBeGreaterThan(firstEvent);
    expect(await response.getByTestId('tokens').textContent()).toMatch(/^in \d+ · out \d+$/);
    expect(await response.getByTestId('events-rate').textContent()).toMatch(/^\d+\.\d events\/s$/);

    const deltas = response.getByTestId('delta-text');
    const pieces = await deltas.allTextContents();
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.map((piece) => JSON.parse(piece)).join('')).toBe(await response.getByTestId('answer').textContent());

    const rows = response.getByTestId('stream-events').locator('li');
    const all = await rows.count();
    await response.getByTestId('event-filter').selectOption('conversation.message.delta');
    expect(await rows.count()).toBe(pieces.length);
    expect(await rows.count()).toBeLessThan(all);
    await response.getByTestId('event-filter').selectOption('');
    expect(await rows.count()).toBe(all);
    await page.close();
  });
});

describe('runs you can compare', () => {
  it('re-runs a history entry in one click and diffs two runs side by side, JSON by content', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${baseUrl}/chat/create-chat/`);
    await playgroundReady(page);
    const response = page.getByTestId('run-response');
    const content = page.locator('[name="body.additional_messages.0.content"]');
    await page.locator('[name="body.stream"]').selectOption('false');
    await content.fill('First question');
    await page.getByTestId('run').click();
    await expect.poll(() => response.getAttribute('data-phase'), { timeout: 30_000 }).toBe('done');
    await expect.poll(() => response.getByTestId('segment').count(), { timeout: 30_000 }).toBe(3);
    await expect.poll(() => response.getAttribute('data-phase'), { timeout: 30_000 }).toBe('done');

    await revealPanel(page, 'history');
    const runs = page.getByTestId('history-runs').locator('li');
    await expect.poll(() => runs.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const createRuns = () => runs.filter({ hasText: '200' });
    const before = await runs.count();

    // One click re-runs it: the form gets its values back and a new run starts.
    await content.fill('Something else');
    const sent = page.waitForRequest((request) => request.url().endsWith('/v3/chat') && request.method() === 'POST');
    await runs.last().getByTestId('rerun-run').click();
    expect(JSON.parse((await sent).postData() ?? '{}').additional_messages[0].content).toBe('First question');
    expect(await content.inputValue()).toBe('First question');
    await expect.poll(() => runs.count(), { timeout: 20_000 }).toBeGreaterThan(before);
    expect(await createRuns().count()).toBeGreaterThan(1);

    await runs.nth(0).getByTestId('compare-run').check();
    await runs.nth(1).getByTestId('compare-run').check();
    const diff = page.getByTestId('run-diff');
    await diff.waitFor({ timeout: 15_000 });
    expect(await diff.getByTestId('diff-request').textContent()).toContain('First question');
    const responseDiff = diff.getByTestId('diff-response');
    expect(await responseDiff.locator('tr.pg-diff-removed').count()).toBeGreaterThan(0);
    expect(await responseDiff.locator('tr.pg-diff-added').count()).toBeGreaterThan(0);
    // Same keys in both runs line up as unchanged rows.
    expect(await responseDiff.locator('tr.pg-diff-same', { hasText: '"code": 0' }).count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('asking before a run that deletes data, on a real region', () => {
  it('loads the question only then, and Cancel sends nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const sent: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) sent.push(request.url());
    });
    await page.goto(`${baseUrl}/conversation/delete-conversation/`);
    await playgroundReady(page);
    expect(scripts.filter((script) => /\/ConfirmDialog\.[\w-]+\.js$/.test(script))).toEqual([]);
    await page.locator('#pg-region').selectOption('com');
    await page.locator('#pg-token').fill('pat_not_a_real_token');
    await page.getByTestId('run').click();
    const dialog = page.getByTestId('confirm');
    await dialog.waitFor({ timeout: 15_000 });
    expect(await dialog.textContent()).toContain('api.coze.com');
    expect(scripts.filter((script) => /\/ConfirmDialog\.[\w-]+\.js$/.test(script))).toHaveLength(1);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 5_000 });
    expect(sent.filter((url) => !url.includes('/api/history'))).toEqual([]);
    expect(await page.getByTestId('run-response').count()).toBe(0);
    await page.close();
  });
});
