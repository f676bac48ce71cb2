import chromiumBinary from '@sparticuz/chromium';
import { chromium, type Browser, type Page } from 'playwright-core';

/** A headless Chromium; each test file launches one and closes it in afterAll. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumBinary.executablePath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** Counts requests the page sends to the relay, to prove that nothing was sent. */
export function countRelayRequests(page: Page): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/relay/')) count++;
  });
  return () => count;
}

/**
 * Reaches for the static playground as a user does (the pointer moves over it), which starts the
 * live one, and waits until the live one has taken over.
 */
export async function playgroundReady(page: Page): Promise<void> {
  await page.locator('[data-testid="playground"]').first().hover();
  await page.locator('[data-testid="playground"][data-ready="true"]').waitFor({ timeout: 20_000 });
}

/**
 * Goes to a lazily shown panel (`samples` or `history`) as a user does: scrolls it into view and
 * points at it (a panel in view from the start loads only when reached for), then waits for it.
 */
export async function revealPanel(page: Page, panel: 'samples' | 'history'): Promise<void> {
  const target = page.locator(`[data-testid="${panel}"], [data-testid="${panel}-placeholder"]`).first();
  await target.scrollIntoViewIfNeeded();
  await target.hover();
  await page.getByTestId(panel).waitFor({ timeout: 15_000 });
}
