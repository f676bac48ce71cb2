import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, playgroundReady, revealPanel } from './browser';

// The pages run only our own scripts (a CSP from the build's _headers), and whatever an answer
// contains, HTML and scripts included, is shown as text and never runs.
const baseUrl = inject('baseUrl');
// Short enough for the sandbox to echo whole: if either part ran, a dialog opens or a global appears.
const PAYLOAD = '<img src=x onerror="alert(1)"><script>window.__pwned=2</script>';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A page that records dialogs, CSP violations and console complaints about the CSP. */
async function watchedPage(): Promise<{ page: Page; dialogs: string[]; violations: () => Promise<string[]> }> {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  const complaints: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) complaints.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const violations = async () => [
    ...complaints,
    ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
  ];
  return { page, dialogs, violations };
}

describe('security headers of the pages', () => {
  it('serves pages and assets with a CSP that admits only our scripts, nosniff and Referrer-Policy', async () => {
    for (const path of ['/', '/chat/create-chat/']) {
      const res = await fetch(`${baseUrl}${path}`);
      expect(res.status).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/(^|; )script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+($|;)/);
      expect(csp).not.toMatch(/unsafe-eval|'unsafe-inline'[^;]*script|script-src[^;]*(https?:|\*)/);
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      await res.body?.cancel();
    }
    const html = await (await fetch(`${baseUrl}/chat/create-chat/`)).text();
    const script = /<script type="module" src="([^"]+)"/.exec(html) ?? /<script[^>]* src="([^"]+)"/.exec(html);
    if (script)
      expect((await fetch(new URL(script[1]!, baseUrl))).headers.get('x-content-type-options')).toBe('nosniff');
    // The rules file itself is not served.
    expect((await fetch(`${baseUrl}/_headers`)).status).toBe(404);
  });

  it('sets them on its own API answers too', async () => {
    const res = await fetch(`${baseUrl}/api/relay/sandbox/v1/not-an-endpoint`, {
      headers: { authorization: 'Bearer t' },
    });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('runs every page under the CSP without a single violation', async () => {
    const { page, violations } = await watchedPage();
    for (const path of ['/', '/chat/create-chat/', '/workflow/run-workflow/']) {
      const res = await page.goto(`${baseUrl}${path}`);
      expect(res?.status()).toBe(200);
      if (path !== '/') {
        // The live playground took over, so the page's script and the modules it loads were admitted and ran.
        await playgroundReady(page);
      }
      expect(await violations()).toEqual([]);
    }
    await page.close();
  });
});

describe('answers that contain HTML', () => {
  it('shows a chat message with markup, echoed by the sandbox, as text and runs none of it', async () => {
    const { page, dialogs, violations } = await watchedPage();
    await page.goto(`${baseUrl}/chat/create-chat/`);
    await playgroundReady(page);
    await page.locator('[name="body.bot_id"]').fill('7351000000000000001');
    const content = page.locator('[name="body.additional_messages.0.content"]');
    if ((await content.count()) === 0) await page.getByRole('button', { name: 'Add additional_messages item' }).click();
    await content.fill(PAYLOAD);
    await page.locator('[name="body.stream"]').selectOption('true');
    await page.locator('#pg-pace').fill('0');
    await page.getByTestId('run').click();
    await expect
      .poll(() => page.getByTestId('stream-status').getAttribute('data-state'), { timeout: 30_000 })
      .toBe('done');

    const answer = page.getByTestId('answer');
    // The sandbox echoes the question: the markup arrives and is on screen, literally.
    expect(await answer.textContent()).toContain(PAYLOAD);
    expect(await page.locator('[data-testid="run-response"] img, [data-testid="run-response"] script').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('shows an HTML response body as text and runs none of it', async () => {
    const { page, dialogs } = await watchedPage();
    const html = `<!doctype html><h1 id="injected">Injected</h1>${PAYLOAD}`;
    await page.route('**/api/relay/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: html,
        headers: { 'x-playground-run-id': 'create-chat.1.0' },
      }),
    );
    await page.goto(`${baseUrl}/chat/create-chat/`);
    await playgroundReady(page);
    await page.locator('[name="body.stream"]').selectOption('false');
    await page.getByTestId('run').click();
    const body = page.getByTestId('run-response');
    await expect
      .poll(async () => (await body.textContent()) ?? '', { timeout: 15_000 })
      .toContain('<h1 id="injected">');
    expect(await body.textContent()).toContain(PAYLOAD);
    expect(await page.locator('#injected').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  it('makes no link of a javascript: debug_url, live or in history, and keeps an https one', async () => {
    const { page } = await watchedPage();
    const stream = (debugUrl: string) =>
      [
        'event:conversation.chat.created\ndata:{"id":"1","conversation_id":"2","status":"created"}\n\n',
        'event:conversation.message.delta\ndata:{"type":"answer","content":"Hi"}\n\n',
        'event:conversation.chat.completed\ndata:{"id":"1","conversation_id":"2","status":"completed"}\n\n',
        `event:done\ndata:${JSON.stringify({ debug_url: debugUrl })}\n\n`,
      ].join('');
    const hostile = ' JavaScript:window.__pwned=3//';
    const runId = 'create-chat.8200000000000.0123456789abcdef0123456789abcdef';
    const record = {
      id: runId,
      endpointId: 'create-chat',
      region: 'sandbox',
      startedAt: Date.now(),
      durationMs: 5,
      ttfbMs: 1,
      request: { method: 'POST', url: `${baseUrl}/api/relay/sandbox/v3/chat`, headers: {}, body: '{}' },
      response: {
        status: 200,
        headers: { 'content-type': 'text/event-stream' },
        kind: 'sse',
        bytes: 10,
        truncated: false,
        events: [
          { event: 'conversation.chat.completed', data: '{"status":"completed"}', offsetMs: 1 },
          { event: 'done', data: JSON.stringify({ debug_url: hostile }), offsetMs: 2 },
        ],
      },
    };
    let debugUrl = hostile;
    // A hostile upstream, played by the browser's own network layer: the page cannot tell.
    await page.route('**/api/relay/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/event-stream',
        body: stream(debugUrl),
        headers: { 'x-playground-run-id': runId },
      }),
    );
    await page.route('**/api/history?**', (route) =>
      route.fulfill({
        json: {
          runs: [
            {
              id: runId,
              endpointId: 'create-chat',
              status: 200,
              startedAt: record.startedAt,
              durationMs: 5,
              region: 'sandbox',
              method: 'POST',
              kind: 'sse',
            },
          ],
        },
      }),
    );
    await page.route(`**/api/history/${runId}`, (route) => route.fulfill({ json: { run: record } }));
    await page.goto(`${baseUrl}/chat/create-chat/`);
    await playgroundReady(page);
    await page.locator('[name="body.stream"]').selectOption('true');
    await page.getByTestId('run').click();
    const status = page.getByTestId('stream-status').first();
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 15_000 }).toBe('done');
    const unsafeLinks = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('a[href]')]
          .map((a) => a.getAttribute('href')!)
          .filter((href) => !/^(https:|http:\/\/(localhost|127\.0\.0\.1)|\/|#|blob:)/i.test(href.trim())),
      );
    expect(await unsafeLinks()).toEqual([]);
    expect(await status.locator('a').count()).toBe(0);

    await revealPanel(page, 'history');
    await page.getByTestId('history-runs').locator('button').first().click();
    await expect
      .poll(() => page.locator('[data-testid="history"] [data-testid="stream-status"]').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(await unsafeLinks()).toEqual([]);
    expect(await page.locator('[data-testid="history"] [data-testid="stream-status"] a').count()).toBe(0);

    // The same page makes a link of a real trace URL, so the check above is not vacuous.
    debugUrl = 'https://www.coze.cn/work_flow?execute_id=1';
    await page.getByTestId('run').click();
    await expect
      .poll(
        () =>
          page.locator('[data-testid="stream-status"] a[href="https://www.coze.cn/work_flow?execute_id=1"]').count(),
        { timeout: 15_000 },
      )
      .toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });
});
