import chromiumBinary from '@sparticuz/chromium';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

// Opus output plays as it arrives: the panel decodes each conversation.audio.delta packet with
// WebCodecs' AudioDecoder. The packets are real Opus, made by Chromium's own AudioEncoder from a
// tone, and spoken by the fake Coze upstream (region cn) that the relay connects to.
const baseUrl = inject('baseUrl');
const fakeUpstream = inject('fakeUpstreamUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: await chromiumBinary.executablePath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--autoplay-policy=no-user-gesture-required'],
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('opus output in the live session panel', () => {
  it('decodes the opus packets of conversation.audio.delta as they arrive and plays the samples', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1600 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}/audio/ws-chat/`);

    // One second of a 440 Hz tone, 48 kHz mono, encoded to 20 ms Opus packets by the browser.
    const packets = await page.evaluate(async () => {
      const out: string[] = [];
      const encoder = new AudioEncoder({
        output: (chunk) => {
          const bytes = new Uint8Array(chunk.byteLength);
          chunk.copyTo(bytes);
          out.push(btoa(String.fromCharCode(...bytes)));
        },
        error: (error) => {
          throw error;
        },
      });
      encoder.configure({ codec: 'opus', sampleRate: 48000, numberOfChannels: 1, bitrate: 32000 });
      const tone = Float32Array.from({ length: 48000 }, (_, i) => 0.5 * Math.sin((2 * Math.PI * 440 * i) / 48000));
      encoder.encode(
        new AudioData({
          format: 'f32',
          sampleRate: 48000,
          numberOfFrames: 48000,
          numberOfChannels: 1,
          timestamp: 0,
          data: tone,
        }),
      );
      await encoder.flush();
      return out;
    });
    expect(packets.length).toBeGreaterThanOrEqual(45);
    const key = crypto.randomUUID();
    const kept = await fetch(`${fakeUpstream}/__ws-opus/${key}`, { method: 'POST', body: JSON.stringify(packets) });
    expect(kept.status).toBe(200);

    await page.getByTestId('rt-start').click();
    const panel = page.getByTestId('session-panel');
    await panel.waitFor({ timeout: 20_000 });
    await page.locator('#rt-region').selectOption('cn');
    await page.locator('#rt-token').fill(`pat_opus_${key.replaceAll('-', '')}`);
    await page.locator('#rt-q-bot_id').fill(`opus-${key}`);
    await page.getByTestId('rt-connect').click();
    await expect.poll(() => panel.getAttribute('data-status'), { timeout: 15_000 }).toBe('open');
    const log = page.getByTestId('rt-log');
    await page.getByTestId('rt-event').selectOption('chat.update');
    await page
      .getByTestId('rt-draft')
      .fill(JSON.stringify({ event_type: 'chat.update', data: { output_audio: { codec: 'opus' } } }));
    await page.getByTestId('rt-send').click();
    await log.locator('[data-event="chat.updated"]').waitFor({ timeout: 15_000 });
    await page.getByTestId('rt-event').selectOption('conversation.message.create');
    await page.getByTestId('rt-draft').fill(
      JSON.stringify({
        event_type: 'conversation.message.create',
        data: { role: 'user', content_type: 'text', content: 'Say something in opus' },
      }),
    );
    await page.getByTestId('rt-send').click();
    await log.locator('[data-event="conversation.chat.completed"]').waitFor({ timeout: 15_000 });

    // Every packet decoded: 20 ms of 48 kHz audio each, with the tone's energy in it.
    const played = page.getByTestId('rt-audio-bytes');
    await expect
      .poll(async () => Number(await played.getAttribute('data-played-samples')), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(packets.length * 960 - 960);
    expect(Number(await played.getAttribute('data-played-rms'))).toBeGreaterThan(0.1);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
