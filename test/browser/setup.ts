import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startFakeUpstream } from '../support/fake-upstream';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

async function waitUntilAnswering(
  url: string,
  child: ChildProcess,
  log: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 300));
  }
  throw new Error(`wrangler dev did not answer ${url} within ${timeoutMs} ms:\n${log()}`);
}

/**
 * Global setup of the browser project: the worker with the built site (dist/, from the `astro build`
 * that `npm test` runs first) on a free local port, with state kept in a throwaway directory.
 */
export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..');
  if (!existsSync(join(root, 'dist', 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` (npm test does) first');
  // Region cn and com go to a fake Coze on 127.0.0.1 (HTTP and WebSocket): tests never reach Coze,
  // and the realtime tests time the relay against going to it direct.
  const fake = await startFakeUpstream();
  const port = await freePort();
  const state = mkdtempSync(join(tmpdir(), 'playground-browser-'));
  const bin = join(root, 'node_modules', '.bin');
  const child = spawn(
    join(bin, 'wrangler'),
    [
      'dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--persist-to',
      state,
      '--var',
      'HISTORY_SECRET:browser-test-secret',
      '--var',
      `UPSTREAM_CN:${fake.url}`,
      '--var',
      `UPSTREAM_COM:${fake.url}`,
      '--var',
      `UPSTREAM_WS_CN:${fake.url}`,
      '--var',
      `UPSTREAM_WS_COM:${fake.url}`,
      '--log-level',
      'warn',
      '--show-interactive-dev-session=false',
    ],
    {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      // node_modules/.bin first: wrangler needs the Node 22 installed there, not the system's.
      env: {
        ...process.env,
        PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
        WRANGLER_SEND_METRICS: 'false',
        CI: '1',
      },
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
    rmSync(state, { recursive: true, force: true });
    fake.server.closeAllConnections();
    fake.server.close();
  };
  try {
    await waitUntilAnswering(`${baseUrl}/`, child, () => output, 90_000);
  } catch (error) {
    stop();
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('fakeUpstreamUrl', fake.url);
  return stop;
}
