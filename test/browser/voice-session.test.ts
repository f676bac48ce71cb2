import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import chromiumBinary from '@sparticuz/chromium';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { synthesize } from '../../worker/sandbox/audio/synth';
import { encodeWav } from '../../worker/sandbox/audio/wav';

const baseUrl = inject('baseUrl');
const dir = mkdtempSync(join(tmpdir(), 'voice-session-'));
let browser: Browser;

beforeAll(async () => {
  // The fake microphone: a voice (the sandbox's synthesizer, another pitch) then a pause, on a loop.
  const rate = 48000;
  const speech = synthesize('Hello sandbox, what can you do for me today', {
    sampleRate: rate,
    speed: 1,
    loudnessRate: 40,
    pitchHz: 130,
  });
  const samples = new Int16Array(speech.length + rate * 2);
  samples.set(speech, rate / 4);
  const wav = join(dir, 'voice.wav');
  writeFileSync(wav, encodeWav(samples, rate));
  browser = await chromium.launch({
    executablePath: await chromiumBinary.executablePath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${wav}`,
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the live voice chat panel', () => {
  it('runs a voice chat from the (fake) microphone and shows the transcript and the audio deltas arriving', async () => {
    const context = await browser.newContext({ permissions: ['microphone'], viewport: { width: 1280, height: 1800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}/audio/ws-chat/`);
    await page.getByTestId('rt-start').click();
    const panel = page.getByTestId('session-panel');
    await panel.waitFor({ timeout: 20_000 });
    await page.getByTestId('rt-connect').click();
    await expect.poll(() => panel.getAttribute('data-status'), { timeout: 15_000 }).toBe('open');
    const log = page.getByTestId('rt-log');
    await log.locator('[data-event="chat.created"]').waitFor({ timeout: 15_000 });

    // chat.update from its catalog example, switched to server VAD so a pause ends the turn.
    await page.getByTestId('rt-event').selectOption('chat.update');
    const draft = JSON.parse(await page.getByTestId('rt-draft').inputValue()) as { data: Record<string, unknown> };
    draft.data.turn_detection = { type: 'server_vad', silence_duration_ms: 500 };
    draft.data.need_play_prologue = false;
    // The example's voice is a Coze voice the sandbox does not have (it would answer 4200): the default voice.
    delete (draft.data.output_audio as Record<string, unknown>).voice_id;
    await page.getByTestId('rt-draft').fill(JSON.stringify(draft));
    await page.getByTestId('rt-send').click();
    await log.locator('[data-event="chat.updated"]').waitFor({ timeout: 15_000 });

    await page.getByTestId('rt-mic').click();
    await log
      .locator('[data-direction="sent"][data-event="input_audio_buffer.append"]')
      .first()
      .waitFor({ timeout: 15_000 });
    await log.locator('[data-event="input_audio_buffer.speech_started"]').first().waitFor({ timeout: 20_000 });
    await log.locator('[data-event="conversation.audio_transcript.update"]').first().waitFor({ timeout: 20_000 });
    await log.locator('[data-event="input_audio_buffer.speech_stopped"]').first().waitFor({ timeout: 20_000 });
    await log.locator('[data-event="conversation.audio.delta"]').nth(3).waitFor({ timeout: 20_000 });
    await expect
      .poll(async () => (await page.getByTestId('rt-transcript').textContent()) ?? '')
      .toMatch(/sandbox stand-in for \d+\.\d s of speech/);
    await expect.poll(async () => (await page.getByTestId('rt-answer').textContent())?.length ?? 0).toBeGreaterThan(20);
    // Deltas keep arriving: more audio a moment later.
    const before = Number(await page.getByTestId('rt-audio-bytes').textContent());
    await expect
      .poll(async () => Number(await page.getByTestId('rt-audio-bytes').textContent()), { timeout: 10_000 })
      .toBeGreaterThan(before);
    const offsets = await log.locator('.rt-at').allTextContents();
    expect(offsets.length).toBeGreaterThan(10);
    expect(offsets.every((text) => /^\+\d+ ms$/.test(text))).toBe(true);
    expect(await page.getByTestId('rt-figures').textContent()).toMatch(/first audio \d+ ms/);
    await page.screenshot({
      path: join(process.env.VOICE_SCREENSHOT_DIR ?? dir, 'voice-session.png'),
      fullPage: false,
    });
    await page.getByTestId('rt-mic').click();
    await page.getByTestId('rt-disconnect').click();
    await expect
      .poll(async () => (await page.getByTestId('rt-status').textContent()) ?? '')
      .toMatch(/Closed with code 1000/);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
