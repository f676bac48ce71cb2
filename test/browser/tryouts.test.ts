import { runInNewContext } from 'node:vm';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chatSdkFolder, chatSdkScript } from '../../lib/tryout/sdk-cdn';
import { watchScripts } from '../../bench/browser-weight.ts';
import { launchBrowser } from './browser';

// The SDK try-outs: the embed code follows the form; the sandbox widget holds a streamed conversation
// with a tool-call round; Run in cn loads Coze's SDK into a frame whose policy admits only Coze, which
// loads nothing else and gets the token by postMessage. There is no internet here: the CDN is blocked,
// or answered by a stand-in that records what the SDK was given.
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function openTryout(path = '/sdk/chat-sdk/'): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}${path}`);
  await page.getByTestId('tryout-root').hover();
  await page.locator('[data-testid="tryout"][data-ready="true"]').waitFor({ timeout: 20_000 });
  return page;
}

/** What the HTML snippet hands to `WebChatClient`, by running its inline script against a stand-in. */
function snippetOptions(html: string): Record<string, unknown> {
  const code = /<script>\n([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  let seen: Record<string, unknown> = {};
  runInNewContext(code, {
    CozeWebSDK: {
      WebChatClient: function (options: Record<string, unknown>) {
        seen = options;
      },
    },
  });
  return seen;
}

describe('the Chat SDK try-out', () => {
  it('writes embed code that matches the form, and follows it as it changes', async () => {
    const page = await openTryout();
    await page.locator('[name="options.config.bot_id"]').fill('7351000000000000002');
    await page.locator('[name="options.ui.chatBot.title"]').fill('Weather desk');
    await page.locator('[name="options.ui.base.layout"]').selectOption('mobile');
    await page.locator('[name="options.userInfo.nickname"]').fill('');
    const html = (await page.getByTestId('tryout-code-html').textContent()) ?? '';
    expect(html).toContain(`<script src="${chatSdkScript('cn')}"></script>`);
    const { auth, ...options } = snippetOptions(html);
    expect(options).toEqual({
      config: { type: 'bot', bot_id: '7351000000000000002' },
      userInfo: { id: 'user-123' },
      ui: {
        base: { layout: 'mobile', lang: 'en', zIndex: 1000 },
        asstBtn: { isNeed: true },
        chatBot: { title: 'Weather desk', uploadable: true, width: 460 },
      },
    });
    expect(auth).toMatchObject({ type: 'token', token: 'pat_********' });

    // A token typed into the connection never reaches the code; region com switches the build.
    await page.locator('#pg-region').selectOption('com');
    await page.locator('#pg-token').fill('pat_never_in_the_snippet_0123456789');
    const com = (await page.getByTestId('tryout-code-html').textContent()) ?? '';
    expect(com).toContain(chatSdkScript('com'));
    expect(com).not.toContain('pat_never_in_the_snippet');
    await page.getByTestId('tryout-tab-npm').click();
    const npm = (await page.getByTestId('tryout-code-npm').textContent()) ?? '';
    expect(npm).toContain("chat={{ appId: '7351000000000000002', type: ChatType.Bot }}");
    expect(npm).toContain("apiBaseUrl: 'https://api.coze.com'");
    await page.close();
  });

  it(
    'runs the sandbox widget: a streamed conversation with a tool-call round, suggested replies and a file',
    { timeout: 180_000 },
    async () => {
      const page = await openTryout();
      await page.locator('#pg-region').selectOption('sandbox');
      await page.locator('[name="options.config.bot_id"]').fill('7351000000000000002');
      await page.locator('[name="options.ui.chatBot.title"]').fill('Weather desk');
      // Slow the sandbox down so each answer streams for well over a second.
      await page.locator('#pg-pace').fill('60');
      await page.getByTestId('tryout-run').click();
      await expect.poll(() => page.getByTestId('tryout-running').getAttribute('data-mode')).toBe('sandbox');
      expect(await page.getByTestId('tryout-running').textContent()).toMatch(/Running in the sandbox/);

      // The ball opens the window, titled by the options.
      await page.getByTestId('sw-ball').click();
      await expect.poll(() => page.getByTestId('sw-title').textContent()).toBe('Weather desk');

      await page.getByTestId('sw-input').fill('What is the weather in Paris?');
      await page.getByTestId('sw-send').click();
      // The agent calls its local tool: the workbench's tool form shows in the window.
      const tools = page.getByTestId('sandbox-widget').getByTestId('tool-calls');
      await tools.waitFor({ timeout: 20_000 });
      expect(await tools.getByTestId('tool-name').textContent()).toBe('get_weather');
      expect(await page.getByTestId('sw-tool').textContent()).toContain('get_weather');
      await tools.getByTestId('submit-tool-outputs').click();

      // The answer after the tool round streams in: seen growing, then done, with suggested replies.
      const agent = page.locator('[data-testid="sw-message"][data-role="agent"]');
      await expect.poll(() => agent.count(), { timeout: 20_000 }).toBe(2);
      const answer = agent.nth(1).getByTestId('sw-answer');
      await expect.poll(async () => (await answer.textContent())?.length ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
      const partial = (await answer.textContent()) ?? '';
      expect(await agent.nth(1).getAttribute('data-state')).toBe('streaming');
      await expect.poll(() => agent.nth(1).getAttribute('data-state'), { timeout: 30_000 }).toBe('done');
      const full = (await answer.textContent()) ?? '';
      expect(full.startsWith(partial)).toBe(true);
      expect(full.length).toBeGreaterThan(partial.length);
      const followUps = page.getByTestId('sw-followup');
      await expect.poll(() => followUps.count(), { timeout: 10_000 }).toBeGreaterThan(0);

      // A suggested reply is sent with one click and answered in the same conversation.
      const suggestion = (await followUps.first().textContent()) ?? '';
      const repliesBefore = await agent.count();
      await followUps.first().click();
      const users = page.locator('[data-testid="sw-message"][data-role="user"]');
      await expect.poll(() => users.count()).toBe(2);
      expect(await users.nth(1).textContent()).toBe(suggestion);
      await expect.poll(() => agent.count(), { timeout: 20_000 }).toBe(repliesBefore + 1);
      // The agent may call its tool again for the suggested question: answer each round until it is done.
      const settle = async () => {
        for (let round = 0; round < 5; round++) {
          await expect
            .poll(() => agent.last().getAttribute('data-state'), { timeout: 45_000 })
            .toMatch(/done|requires_action/);
          if ((await agent.last().getAttribute('data-state')) === 'done') return;
          const count = await agent.count();
          await page.getByTestId('sandbox-widget').getByTestId('submit-tool-outputs').click();
          await expect.poll(() => agent.count(), { timeout: 20_000 }).toBe(count + 1);
        }
        throw new Error('The agent kept asking for its tool');
      };
      await settle();

      // A file goes up through the files endpoint first, then the question about it.
      const uploads: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/api/relay/sandbox/v1/files/upload')) uploads.push(request.method());
      });
      const before = await agent.count();
      await page
        .getByTestId('sw-upload')
        .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('rain in Paris') });
      await page.getByTestId('sw-input').fill('Summarise my notes');
      await page.getByTestId('sw-send').click();
      await expect.poll(() => users.count()).toBe(3);
      expect(await users.nth(2).textContent()).toContain('notes.txt');
      await expect.poll(() => agent.count(), { timeout: 20_000 }).toBe(before + 1);
      await expect
        .poll(() => agent.last().getAttribute('data-state'), { timeout: 30_000 })
        .toMatch(/done|requires_action/);
      expect(uploads).toEqual(['POST']);
      await page.close();
    },
  );
});

describe('what the Chat SDK page loads', () => {
  it('runs almost nothing at load, the panel when reached for (under 30 KiB), and the widget on Run', async () => {
    const page = await browser.newPage();
    const scripts = watchScripts(page);
    await page.goto(`${baseUrl}/sdk/chat-sdk/`, { waitUntil: 'load' });
    const atLoad = await scripts.settled();
    expect(atLoad.gzip).toBeLessThan(6 * 1024);
    // The try-out's own starter script (its waker) runs at load, no endpoint page's starter;
    // the panel, its form and the widget are not loaded yet.
    const atLoadFiles = Object.keys(atLoad.scripts);
    expect(atLoadFiles.some((file) => /^\/_astro\/TryoutRoot\./.test(file))).toBe(true);
    expect(atLoadFiles.filter((file) => /^\/_astro\/(PlaygroundStarter|wake-realtime)\./.test(file))).toEqual([]);
    expect(atLoadFiles.filter((file) => /mount-tryout|TryoutPanel|SandboxWidget/.test(file))).toEqual([]);
    await page.getByTestId('tryout-root').hover();
    await page.locator('[data-testid="tryout"][data-ready="true"]').waitFor({ timeout: 20_000 });
    const onStart = await scripts.settled();
    expect(Object.keys(onStart.scripts).some((script) => /SandboxWidget/.test(script))).toBe(false);
    expect(onStart.gzip).toBeLessThanOrEqual(30 * 1024);
    await page.locator('#pg-region').selectOption('sandbox');
    await page.getByTestId('tryout-run').click();
    await page.getByTestId('sw-ball').waitFor();
    const onRun = await scripts.settled();
    expect(Object.keys(onRun.scripts).some((script) => /SandboxWidget/.test(script))).toBe(true);
    console.log(
      `chat-sdk page JS gzip: at load ${atLoad.gzip} B, on start ${onStart.gzip} B, after Run ${onRun.gzip} B`,
    );
    await page.close();
  });
});

describe("the official SDK's frame (cn)", () => {
  /** Opens the Chat SDK try-out, runs it in cn with a token, and records every request the frame makes. */
  async function runInCn(page: Page, token: string): Promise<Request[]> {
    const frameRequests: Request[] = [];
    page.on('request', (request) => {
      if (request.frame() !== page.mainFrame()) frameRequests.push(request);
    });
    await page.locator('#pg-region').selectOption('cn');
    await page.locator('#pg-token').fill(token);
    await page.getByTestId('tryout-run').click();
    await expect.poll(() => page.getByTestId('tryout-running').getAttribute('data-mode')).toBe('official');
    return frameRequests;
  }

  it('carries a policy that admits only the CDN, and loads nothing else (the CDN blocked: offline)', async () => {
    const page = await openTryout();
    const cdn: string[] = [];
    await page.route('https://lf-cdn.coze.cn/**', (route) => {
      cdn.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    const token = `pat_frame_${Date.now()}_abcdefghijklmnop`;
    const requests = await runInCn(page, token);
    await expect
      .poll(() => page.getByTestId('tryout-stage').getAttribute('data-state'), { timeout: 20_000 })
      .toBe('cdn-unreachable');

    const frameElement = page.getByTestId('tryout-frame');
    expect(await frameElement.getAttribute('sandbox')).not.toContain('allow-same-origin');
    const src = (await frameElement.getAttribute('src')) ?? '';
    expect(src).toBe('/tryout/frame/chat-sdk?region=cn');
    expect(src).not.toContain(token);

    // The frame's document and the SDK's entry on the CDN: nothing else, and nothing of the playground.
    const urls = requests.map((request) => request.url());
    expect(urls).toEqual([`${baseUrl}/tryout/frame/chat-sdk?region=cn`, chatSdkScript('cn')]);
    expect(cdn).toEqual([chatSdkScript('cn')]);
    const documentResponse = await requests[0]!.response();
    const csp = (await documentResponse?.headerValue('content-security-policy')) ?? '';
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1]?.split(' ') ?? [];
    expect(scriptSrc).toHaveLength(2);
    expect(scriptSrc[0]).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
    expect(scriptSrc[1]).toBe(chatSdkFolder('cn'));
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("'self' ");
    expect(csp).not.toContain(new URL(baseUrl).host);
    await page.close();
  });

  it("starts the SDK with the form's options and the token, sent by postMessage to an opaque-origin frame", async () => {
    const page = await openTryout();
    // A stand-in for the SDK on the CDN: it shows what WebChatClient was given.
    await page.route('https://lf-cdn.coze.cn/**', (route) =>
      route.fulfill({
        contentType: 'application/javascript',
        body: `window.CozeWebSDK = { WebChatClient: function (options) {
          document.body.setAttribute('data-given', JSON.stringify(Object.assign({}, options, { auth: Object.assign({}, options.auth, { refreshed: options.auth.onRefreshToken() }) })));
          document.body.setAttribute('data-origin', window.origin);
          try { localStorage.setItem('k', 'v'); document.body.setAttribute('data-storage', localStorage.getItem('k')); } catch (e) { document.body.setAttribute('data-storage', 'threw'); }
        } };`,
      }),
    );
    await page.locator('[name="options.ui.chatBot.title"]').fill('Frame title');
    const token = `pat_given_${Date.now()}_abcdefghijklmnop`;
    const requests = await runInCn(page, token);
    await expect
      .poll(() => page.getByTestId('tryout-stage').getAttribute('data-state'), { timeout: 20_000 })
      .toBe('running');
    const frame = page.frameLocator('[data-testid="tryout-frame"]');
    const given = JSON.parse((await frame.locator('body').getAttribute('data-given')) ?? '{}') as {
      config: unknown;
      auth: Record<string, unknown>;
      ui: { chatBot: { title: string } };
    };
    expect(given.config).toEqual({ type: 'bot', bot_id: '7351000000000000001' });
    expect(given.ui.chatBot.title).toBe('Frame title');
    expect(given.auth).toEqual({ type: 'token', token, refreshed: token });
    // An opaque origin (no allow-same-origin), where the SDK still finds a working storage.
    expect(await frame.locator('body').getAttribute('data-origin')).toBe('null');
    expect(await frame.locator('body').getAttribute('data-storage')).toBe('v');
    expect(requests.map((request) => request.url())).toEqual([
      `${baseUrl}/tryout/frame/chat-sdk?region=cn`,
      chatSdkScript('cn'),
    ]);
    expect(requests.some((request) => request.url().includes(token))).toBe(false);
    await page.close();
  });
});

describe('the Real-time Chat SDK try-out', () => {
  it('creates a room through the sandbox relay and shows what @coze/realtime-api takes from it', async () => {
    const page = await openTryout('/sdk/realtime-sdk/');
    await page.locator('#pg-region').selectOption('sandbox');
    await page.getByTestId('tryout-run').click();
    const room = page.getByTestId('tryout-room');
    await room.waitFor({ timeout: 45_000 });
    for (const name of ['room_id', 'app_id', 'token', 'uid'])
      expect(
        ((await page.getByTestId(`room-${name}`).locator('td').first().textContent()) ?? '').length,
        name,
      ).toBeGreaterThan(0);
    const code = (await page.getByTestId('tryout-code-npm').textContent()) ?? '';
    expect(code).toContain("botId: '7351000000000000001'");
    expect(code).toContain('await client.connect();');
    await page.close();
  });
});
