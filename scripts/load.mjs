// npm run load: many concurrent streaming chats through the relay, on this machine only.
// Starts a fake Coze on 127.0.0.1 and the worker under `wrangler dev` pointed at it, runs
// LOAD_STREAMS (200) chats at once, each LOAD_EVENTS (100) numbered deltas LOAD_PACE_MS (10) apart,
// then checks every stream arrived whole and in order and every run is in history. Prints the
// figures and exits 1 if anything was lost. Bounded: at most LOAD_DEADLINE_S (240) seconds.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { startFakeUpstream } from '../test/support/fake-upstream.ts';

const STREAMS = Number(process.env.LOAD_STREAMS ?? 200);
const EVENTS = Number(process.env.LOAD_EVENTS ?? 100);
const PACE_MS = Number(process.env.LOAD_PACE_MS ?? 10);
const DEADLINE_MS = Number(process.env.LOAD_DEADLINE_S ?? 240) * 1000;
const root = resolve(import.meta.dirname, '..');
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** `wrangler dev` on a free port with the relay's `cn` region pointed at the fake upstream. */
async function startWorker(upstreamUrl) {
  const port = await freePort();
  const state = mkdtempSync(join(tmpdir(), 'playground-load-'));
  const bin = join(root, 'node_modules', '.bin');
  const args = ['dev', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', state, '--log-level', 'warn'];
  args.push(
    '--var',
    `UPSTREAM_CN:${upstreamUrl}`,
    '--var',
    'HISTORY_SECRET:load-test-secret',
    '--show-interactive-dev-session=false',
  );
  const child = spawn(join(bin, 'wrangler'), args, {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
      WRANGLER_SEND_METRICS: 'false',
      CI: '1',
    },
  });
  let log = '';
  const keep = (chunk) => (log = (log + chunk.toString()).slice(-8000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const stop = () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
    rmSync(state, { recursive: true, force: true });
  };
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) break;
    try {
      // Any answer of ours means the worker is up: an unknown endpoint is a 404 in our shape.
      const res = await fetch(`${base}/api/relay/sandbox/v1/not-an-endpoint`, {
        headers: { authorization: 'Bearer ready' },
      });
      if (res.status === 404) return { base, stop };
    } catch {
      // Not listening yet.
    }
    await sleep(300);
  }
  stop();
  throw new Error(`wrangler dev did not come up:\n${log}`);
}

/** One caller: its own token and address, as separate users would be. */
function caller(index) {
  const token = `pat_load_${index}_${crypto.randomUUID().replaceAll('-', '')}`;
  return { token, ip: `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}` };
}

/** Runs one streaming chat and checks it: every delta once, in order, then completed and [DONE]. */
async function runStream(base, index, signal) {
  const { token, ip } = caller(index);
  const started = performance.now();
  const result = {
    index,
    token,
    runId: null,
    status: 0,
    deltas: 0,
    firstEventMs: null,
    complete: false,
    problem: null,
  };
  try {
    const res = await fetch(`${base}/api/relay/cn/v3/chat`, {
      method: 'POST',
      signal,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'cf-connecting-ip': ip },
      body: JSON.stringify({
        bot_id: 'numbered',
        user_id: `load-${index}`,
        stream: true,
        meta_data: { events: String(EVENTS), pace_ms: String(PACE_MS) },
      }),
    });
    result.status = res.status;
    result.runId = res.headers.get('x-playground-run-id');
    if (res.status !== 200) {
      result.problem = `HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`;
      return result;
    }
    const decoder = new TextDecoder();
    let buffer = '';
    let sawCompleted = false;
    let sawDone = false;
    for await (const chunk of res.body) {
      buffer += decoder.decode(chunk, { stream: true });
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        result.firstEventMs ??= performance.now() - started;
        const event = /^event:\s?(.*)$/m.exec(frame)?.[1];
        const data = /^data:\s?(.*)$/m.exec(frame)?.[1] ?? '';
        if (event === 'conversation.message.delta') {
          const { seq } = JSON.parse(data);
          if (seq !== result.deltas) throw new Error(`delta ${seq} arrived where ${result.deltas} was due`);
          result.deltas++;
        } else if (event === 'conversation.chat.completed') sawCompleted = true;
        else if (event === 'done') sawDone = data === '[DONE]';
        else if (event === 'error') throw new Error(`error event: ${data.slice(0, 200)}`);
      }
    }
    result.complete = result.deltas === EVENTS && sawCompleted && sawDone;
    if (!result.complete) result.problem = `ended after ${result.deltas} of ${EVENTS} deltas`;
  } catch (error) {
    result.problem = error.message;
  }
  return result;
}

/** Whether a run's history entry exists and holds every event of the stream. */
async function historyHas(base, { token, runId }, deadline) {
  while (Date.now() < deadline) {
    const res = await fetch(`${base}/api/history/${runId}`, { headers: { authorization: `Bearer ${token}` } });
    if (res.status === 200) {
      const { run } = await res.json();
      return run.response.events.length === EVENTS + 3 && !run.response.truncated;
    }
    await res.body?.cancel();
    await sleep(200);
  }
  return false;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  if (!existsSync(join(root, 'dist'))) throw new Error('dist/ is missing: run `npm run build` first');
  const fake = await startFakeUpstream();
  let worker;
  const stopAll = () => {
    worker?.stop();
    fake.server.closeAllConnections();
    fake.server.close();
  };
  const deadline = setTimeout(() => {
    console.error(`load: stopped after ${DEADLINE_MS / 1000} s`);
    stopAll();
    process.exit(1);
  }, DEADLINE_MS);
  process.once('SIGINT', () => {
    stopAll();
    process.exit(130);
  });
  try {
    worker = await startWorker(fake.url);
    // One call first, so start-up costs (module load, first KV write) are not in the figures.
    const warm = await runStream(worker.base, STREAMS, AbortSignal.timeout(30_000));
    if (!warm.complete) throw new Error(`warm-up failed: ${warm.problem}`);

    console.log(`load: ${STREAMS} concurrent streams × ${EVENTS} events, ${PACE_MS} ms apart, through ${worker.base}`);
    const began = performance.now();
    const signal = AbortSignal.timeout(DEADLINE_MS - 60_000);
    const results = await Promise.all(Array.from({ length: STREAMS }, (_, i) => runStream(worker.base, i, signal)));
    const wallMs = performance.now() - began;

    const completed = results.filter((r) => r.complete);
    const historyDeadline = Date.now() + 30_000;
    const inHistory = await Promise.all(completed.map((r) => historyHas(worker.base, r, historyDeadline)));
    const firsts = results
      .map((r) => r.firstEventMs)
      .filter((ms) => ms !== null)
      .sort((a, b) => a - b);
    const figures = {
      'streams attempted': STREAMS,
      'streams completed': completed.length,
      'streams failed': STREAMS - completed.length,
      'rate limited (429)': results.filter((r) => r.status === 429).length,
      'events lost': results.reduce((lost, r) => lost + (EVENTS - r.deltas), 0),
      'history entries missing': STREAMS - inHistory.filter(Boolean).length,
      'time to first event p50 (ms)': Math.round(percentile(firsts, 50)),
      'time to first event p99 (ms)': Math.round(percentile(firsts, 99)),
      'wall time (s)': (wallMs / 1000).toFixed(1),
    };
    for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(30)} ${value}`);
    for (const r of results.filter((r) => r.problem).slice(0, 5)) console.log(`  stream ${r.index}: ${r.problem}`);
    const clean =
      figures['streams failed'] === 0 && figures['events lost'] === 0 && figures['history entries missing'] === 0;
    process.exitCode = clean ? 0 : 1;
  } finally {
    clearTimeout(deadline);
    stopAll();
  }
}

main().catch((error) => {
  console.error(`load: ${error.message}`);
  process.exit(1);
});
