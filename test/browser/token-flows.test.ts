import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SANDBOX_TEST_PRIVATE_KEY } from '../../lib/oauth/sandbox-test-key';
import { launchBrowser, playgroundReady } from './browser';

// The three token flows in Chromium against the sandbox: each puts a sandbox token in the Token
// field, shows its expiry, and a Run of users-me then succeeds with it (the sandbox refuses a token
// of the issued shape it never issued, so a 200 proves the token is a real one).

const baseUrl = inject('baseUrl');
const PAGE = '/workspace/users-me/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Every request the page sends, as text: URL, headers and body. */
function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request: Request) => {
    seen.push([request.url(), JSON.stringify(request.headers()), request.postData() ?? ''].join('\n'));
  });
  return seen;
}

async function openFlows(page: Page, flow?: RegExp) {
  await page.goto(`${baseUrl}${PAGE}`);
  await playgroundReady(page);
  await page.getByTestId('token-flows-open').click();
  await page.getByTestId('token-flow-panel').waitFor();
  if (flow) await page.getByTestId('token-flow-panel').getByRole('button', { name: flow }).click();
}

async function tokenInField(page: Page, prefix: RegExp): Promise<string> {
  const field = page.locator('#pg-token');
  await expect.poll(() => field.inputValue(), { timeout: 30_000 }).toMatch(prefix);
  return field.inputValue();
}

/** Runs users-me and checks it went out with the token and came back 200. */
async function runWith(page: Page, token: string) {
  const sent = page.waitForRequest((request) => request.url().endsWith('/api/relay/sandbox/v1/users/me'));
  await page.getByTestId('run').click();
  expect((await sent).headers()['authorization']).toBe(`Bearer ${token}`);
  const status = page.getByTestId('run-response').getByTestId('response-status');
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('200');
}

async function expiryShown(page: Page) {
  const expiry = page.getByTestId('token-expiry');
  await expiry.waitFor();
  const at = Number(await expiry.getAttribute('data-expires-at'));
  expect(at).toBeGreaterThan(Date.now() / 1000);
  expect(await expiry.textContent()).toMatch(/expires at .+ \(in \d+:\d\d/);
}

describe('token flows in the sandbox', () => {
  it('PKCE: consent page, back with a code, exchanged, token in the field, Run succeeds, refresh works', async () => {
    const page = await browser.newPage();
    await openFlows(page);
    await page.getByTestId('pkce-flow').getByRole('button', { name: 'Authorize' }).click();
    await page.waitForURL(/\/api\/sandbox\/oauth2\/authorize\?/);
    const authorize = new URL(page.url());
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${baseUrl}${PAGE}`);
    await page.locator('#allow').click();
    await page.waitForURL((url) => url.pathname === PAGE);
    const token = await tokenInField(page, /^czu_[0-9a-f]{64}$/);
    // The code and state are off the URL, so a reload or a shared link does not carry them.
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expiryShown(page);
    await runWith(page, token);

    await page.getByTestId('token-refresh').click();
    await expect.poll(() => page.locator('#pg-token').inputValue()).not.toBe(token);
    const renewed = await tokenInField(page, /^czu_/);
    await runWith(page, renewed);
    await page.close();
  });

  it('PKCE: a return whose state does not match is not exchanged', async () => {
    const page = await browser.newPage();
    const seen = recordRequests(page);
    await page.goto(`${baseUrl}${PAGE}`);
    await page.evaluate(() =>
      sessionStorage.setItem(
        'coze-playground.pkce-pending',
        JSON.stringify({
          region: 'sandbox',
          clientId: '7351000000000000981',
          redirectUri: location.href,
          verifier: 'v'.repeat(43),
          state: 'sent',
        }),
      ),
    );
    await page.goto(`${baseUrl}${PAGE}?code=code_x&state=forged`);
    await page.getByTestId('token-flow-message').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('token-flow-message').textContent()).toContain('state');
    expect(seen.some((request) => request.includes('/oauth2/token'))).toBe(false);
    expect(await page.locator('#pg-token').inputValue()).toBe('');
    await page.close();
  });

  it('device code: shows the code, polls until granted, token in the field, Run succeeds', async () => {
    const page = await browser.newPage();
    await openFlows(page, /Device code/);
    await page.getByTestId('device-flow').getByRole('button', { name: 'Get a device code' }).click();
    expect(await page.getByTestId('device-user-code').textContent()).toMatch(/^[A-Z]{4}-[A-Z]{4}$/);
    const token = await tokenInField(page, /^czu_[0-9a-f]{64}$/);
    await expiryShown(page);
    await runWith(page, token);
    await page.close();
  });

  it('JWT: signs in the page, the private key is in no request and no storage, token in the field, Run succeeds', async () => {
    const page = await browser.newPage();
    const seen = recordRequests(page);
    await openFlows(page, /JWT/);
    await page.getByRole('button', { name: /published test key/ }).click();
    await expect.poll(() => page.locator('#pg-jwt-key').inputValue()).toContain('BEGIN PRIVATE KEY');
    await page.getByTestId('jwt-flow').getByRole('button', { name: 'Sign and get a token' }).click();
    const token = await tokenInField(page, /^czs_[0-9a-f]{64}$/);
    await expiryShown(page);
    await runWith(page, token);

    // Re-signing on demand uses the key held in the page, not a copy sent anywhere.
    await page.getByTestId('token-refresh').click();
    await expect.poll(() => page.locator('#pg-token').inputValue()).not.toBe(token);
    await runWith(page, await tokenInField(page, /^czs_/));

    const keyBody = SANDBOX_TEST_PRIVATE_KEY.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
    const pieces = [0, 400, 800, 1200].map((at) => keyBody.slice(at, at + 40));
    const pieceVariants = pieces.flatMap((piece) => [
      piece,
      encodeURIComponent(piece),
      piece.replace(/\+/g, '-').replace(/\//g, '_'),
    ]);
    // The JS chunk holding the published test key is fetched (a response), but no request carries the key.
    for (const request of seen) for (const piece of pieceVariants) expect(request).not.toContain(piece);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    for (const piece of pieces) expect(stored).not.toContain(piece);
    await page.close();
  });

  it('renews a token by itself shortly before it expires', async () => {
    const page = await browser.newPage();
    const seen = recordRequests(page);
    const exchanges = () => seen.filter((request) => request.includes('/oauth2/token')).length;
    await openFlows(page, /JWT/);
    await page.getByRole('button', { name: /published test key/ }).click();
    await expect.poll(() => page.locator('#pg-jwt-key').inputValue()).toContain('BEGIN PRIVATE KEY');
    await page.locator('#pg-jwt-duration').fill('8');
    await page.getByTestId('jwt-flow').getByRole('button', { name: 'Sign and get a token' }).click();
    const first = await tokenInField(page, /^czs_/);
    // Not at once: the new token is not due the moment it arrives.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await page.locator('#pg-token').inputValue()).toBe(first);
    expect(exchanges()).toBe(1);
    // An 8 s token is renewed 2 s before it lapses (a quarter of its life), without a click.
    await expect.poll(() => page.locator('#pg-token').inputValue(), { timeout: 20_000 }).not.toBe(first);
    // Once: neither is its successor.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(exchanges()).toBe(2);
    await runWith(page, await tokenInField(page, /^czs_/));
    await page.close();
  });

  it('names the problem of a pasted PKCS#1 key and sends nothing', async () => {
    const page = await browser.newPage();
    const seen = recordRequests(page);
    await openFlows(page, /JWT/);
    await page.locator('#pg-jwt-app').fill('42');
    await page.locator('#pg-jwt-kid').fill('k');
    await page.locator('#pg-jwt-key').fill('-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----');
    await page.getByTestId('jwt-flow').getByRole('button', { name: 'Sign and get a token' }).click();
    await expect.poll(() => page.getByTestId('token-flow-message').textContent()).toContain('openssl pkcs8 -topk8');
    expect(seen.some((request) => request.includes('/oauth2/token'))).toBe(false);
    await page.close();
  });
});
