import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { findEndpoint } from '../../catalog';
import { websocketSamples } from '../../lib/samples/websocket';

// The WebSocket samples, executed against the local worker's sandbox relay: the @coze/api
// websockets program and the raw `ws` program of each WebSocket endpoint, run with Node.
const baseUrl = inject('baseUrl');
const root = resolve(import.meta.dirname, '../..');
// Inside the project, so `import '@coze/api'` and `import 'ws'` in a sample resolve to node_modules.
const work = (() => {
  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
  return mkdtempSync(join(root, 'node_modules', '.cache', 'samples-ws-'));
})();

afterAll(() => rmSync(work, { recursive: true, force: true }));

function runNode(dir: string, file: string, code: string, token: string, args: string[] = []) {
  writeFileSync(join(dir, file), code);
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      [file, ...args],
      { cwd: dir, env: { ...process.env, COZE_API_TOKEN: token }, timeout: 45_000 },
      (error, stdout, stderr) =>
        done({
          code: error ? (typeof error.code === 'number' ? error.code : null) : 0,
          stdout: String(stdout),
          stderr: String(stderr),
        }),
    );
  });
}

describe.each(['node-sdk', 'node-ws'] as const)('WebSocket samples (%s) against the sandbox', (id) => {
  const sample = (endpointId: string) =>
    websocketSamples({ endpoint: findEndpoint(endpointId)!, region: 'sandbox', origin: baseUrl }).find(
      (s) => s.id === id,
    )!;
  const dir = mkdtempSync(join(work, `${id}-`));
  const token = `pat_samples_ws_${id}_${crypto.randomUUID()}`;

  it('runs the voice chat sample to conversation.chat.completed', async () => {
    const result = await runNode(dir, sample('ws-chat').file, sample('ws-chat').code, token);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^You said: “Hello! What can you do\?”[\s\S]*\n\[\d+ bytes of audio; \d+ tokens\]\n$/,
    );
  });

  it('runs the speech sample, which writes PCM, and the transcription and interpretation samples, which read it back', async () => {
    const speech = await runNode(dir, sample('ws-audio-speech').file, sample('ws-audio-speech').code, token);
    expect(speech.stderr).toBe('');
    expect(speech.stdout).toMatch(/^wrote \d+ bytes of 24 kHz 16-bit mono PCM to speech.pcm\n$/);
    expect(readFileSync(join(dir, 'speech.pcm')).length).toBeGreaterThan(24000);
    const asr = await runNode(
      dir,
      sample('ws-audio-transcriptions').file,
      sample('ws-audio-transcriptions').code,
      token,
    );
    expect(asr.stderr).toBe('');
    expect(asr.stdout).toBe('Hello from the Coze API playground.\n');
    const interpretation = await runNode(
      dir,
      sample('ws-audio-simult-interpretation').file,
      sample('ws-audio-simult-interpretation').code,
      token,
    );
    expect(interpretation.stderr).toBe('');
    expect(interpretation.stdout).toMatch(
      /^Hello from the Coze API playground\.\n【沙盒替代译文，并非翻译】Hello from the Coze API playground\.\nwrote \d+ bytes of the spoken translation to interpretation\.pcm\n$/,
    );
    expect(readFileSync(join(dir, 'interpretation.pcm')).length).toBeGreaterThan(24000);
  });
});

describe('WebSocket samples for Coze itself', () => {
  it('connect to the region’s WebSocket host with the token from the environment, never written', () => {
    for (const region of ['cn', 'com'] as const) {
      for (const sample of websocketSamples({ endpoint: findEndpoint('ws-chat')!, region, origin: baseUrl })) {
        // cozepy, coze-go and coze-java name the region's HTTP base, from which they derive the WebSocket host.
        const host = {
          'python-cozepy': `COZE_${region.toUpperCase()}_BASE_URL`,
          'go-sdk': `coze.${region === 'cn' ? 'Cn' : 'Com'}BaseURL`,
          'java-sdk': `Consts.COZE_${region.toUpperCase()}_BASE_URL`,
        }[sample.id as string];
        expect(sample.code).toContain(host ?? `wss://ws.coze.${region}`);
        expect(sample.code).toContain('COZE_API_TOKEN');
        expect(sample.code).not.toContain('/api/relay');
      }
    }
  });
});
