// npm run lighthouse: Lighthouse (mobile, its defaults) on the index, the chat page and the endpoint
// page with the largest request schema, served by the worker under `wrangler dev` from a fresh
// build, in the headless Chromium the browser tests use. Prints performance, accessibility and
// best-practices scores (the median of LIGHTHOUSE_RUNS runs per page, interleaved) and every audit
// that costs points. Exits 1 when a goal is missed: performance 100, accessibility >= 95.
// Lighthouse is fetched at run time with `npx` (pinned below), so `npm ci` stays lean.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import chromium from '@sparticuz/chromium';
import { buildSite } from '../bench/site-build.ts';
import { htmlPages } from '../bench/site-weight.ts';
import { startPlayground } from '../bench/targets.ts';
import { bundleWorker, toolEnv } from '../bench/worker-bundle.ts';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const GOALS = { performance: 100, accessibility: 95 };
const root = resolve(import.meta.dirname, '..');
const run = promisify(execFile);
const log = (message) => process.stderr.write(`lighthouse: ${message}\n`);

/** The endpoint page whose request-parameter tables have the most rows (nested fields included). */
function largestSchemaPage(dist) {
  let best = { path: '', fields: -1 };
  for (const page of htmlPages(dist)) {
    const html = readFileSync(join(dist, page), 'utf8');
    const start = html.indexOf('data-testid="params"');
    if (start < 0) continue;
    const ends = ['data-testid="response"', 'data-testid="events"', 'id="play"'].map((m) => html.indexOf(m, start));
    const end = Math.min(...ends.filter((i) => i > start), html.length);
    const fields = html.slice(start, end).split('class="field-name"').length - 1;
    if (fields > best.fields) best = { path: `/${page.replace(/index\.html$/, '')}`, fields };
  }
  return best;
}

/** One Lighthouse run: category scores (0-100) and the audits that lost points, per category. */
async function lighthouse(url, chromePath, outDir, index) {
  const output = join(outDir, `report-${index}.json`);
  await run(
    'npx',
    [
      '-y',
      LIGHTHOUSE,
      url,
      '--output=json',
      `--output-path=${output}`,
      '--chrome-flags=--headless --no-sandbox --disable-gpu',
      `--only-categories=${CATEGORIES.join(',')}`,
      '--quiet',
    ],
    { cwd: root, env: { ...toolEnv(root), CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(readFileSync(output, 'utf8'));
  if (report.runtimeError) throw new Error(`${url}: ${report.runtimeError.code} ${report.runtimeError.message}`);
  const scores = {};
  const failing = {};
  for (const id of CATEGORIES) {
    const category = report.categories[id];
    scores[id] = category.score === null ? NaN : Math.round(category.score * 100);
    // What lost points: weighted audits below a full score; for performance also the diagnostics
    // and insights Lighthouse flags (weight 0, score under 0.9), which say where the time goes.
    failing[id] = category.auditRefs
      .map((ref) => ({ ref, audit: report.audits[ref.id] }))
      .filter(
        ({ audit }) =>
          audit && audit.score !== null && !['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode),
      )
      .filter(({ ref, audit }) => (ref.weight > 0 ? audit.score < 1 : id === 'performance' && audit.score < 0.9))
      .map(({ ref, audit }) => ({
        id: audit.id,
        title: audit.title,
        value: audit.displayValue ?? '',
        weighted: ref.weight > 0,
      }));
  }
  const metrics = [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ]
    .map((id) => `${id.replace(/-/g, ' ')} ${report.audits[id]?.displayValue ?? 'n/a'}`)
    .join(', ');
  // Where the main thread went: the longest tasks and the scripts that cost the most to run.
  const shortUrl = (url) => (URL.canParse(url) ? new URL(url).pathname : url);
  const longTasks = (report.audits['long-tasks']?.details?.items ?? [])
    .slice(0, 3)
    .map((task) => `${Math.round(task.duration)} ms at ${Math.round(task.startTime)} ms (${shortUrl(task.url)})`);
  const bootup = (report.audits['bootup-time']?.details?.items ?? [])
    .slice(0, 3)
    .map((item) => `${shortUrl(item.url)} ${Math.round(item.total)} ms (script ${Math.round(item.scripting)} ms)`);
  return { scores, failing, metrics, longTasks, bootup };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function main() {
  const temp = mkdtempSync(join(tmpdir(), 'playground-lighthouse-'));
  let worker;
  const stop = () => {
    worker?.stop();
    rmSync(temp, { recursive: true, force: true });
  };
  process.once('SIGINT', () => {
    stop();
    process.exit(130);
  });
  try {
    const dist = join(temp, 'dist');
    log(`astro build into ${dist}`);
    buildSite(root, dist);
    const bundle = bundleWorker(root, join(temp, 'worker'));
    // Pages make no relay calls while Lighthouse loads them; the upstream is a port nothing answers on.
    worker = await startPlayground({ root, bundle, assetsDir: dist, upstreamUrl: 'http://127.0.0.1:9' });
    const chromePath = await chromium.executablePath();
    const largest = largestSchemaPage(dist);
    const pages = [
      { label: 'index', path: '/' },
      { label: 'chat', path: '/chat/create-chat/' },
      { label: `largest schema (${largest.fields} fields)`, path: largest.path },
    ];
    const runs = new Map(pages.map((page) => [page.path, []]));
    for (let round = 0; round < RUNS; round++) {
      for (const page of pages) {
        log(`run ${round + 1}/${RUNS}: ${page.path}`);
        runs
          .get(page.path)
          .push(
            await lighthouse(`${worker.base}${page.path}`, chromePath, temp, runs.size * round + pages.indexOf(page)),
          );
      }
    }

    let missed = false;
    const lines = [`Lighthouse ${LIGHTHOUSE.split('@')[1]}, mobile (defaults), median of ${RUNS} runs per page`];
    lines.push(
      ['page', ...CATEGORIES, 'goals']
        .map((cell, i) => cell.padEnd(i === 0 ? 58 : 16))
        .join('')
        .trimEnd(),
    );
    for (const page of pages) {
      const list = runs.get(page.path);
      const score = Object.fromEntries(CATEGORIES.map((id) => [id, median(list.map((r) => r.scores[id]))]));
      const ok = score.performance >= GOALS.performance && score.accessibility >= GOALS.accessibility;
      missed ||= !ok;
      lines.push(
        [`${page.label} ${page.path}`, ...CATEGORIES.map((id) => String(score[id])), ok ? 'ok' : 'MISS']
          .map((cell, i) => cell.padEnd(i === 0 ? 58 : 16))
          .join('')
          .trimEnd(),
      );
    }
    lines.push('', `goals: performance ${GOALS.performance}, accessibility >= ${GOALS.accessibility}`);
    for (const page of pages) {
      const list = runs.get(page.path);
      lines.push('', `${page.path}: ${list.map((r, i) => `run ${i + 1}: ${r.metrics}`).join('\n  ')}`);
      const worst = list.reduce((a, b) => (b.scores.performance < a.scores.performance ? b : a));
      if (worst.scores.performance < GOALS.performance) {
        lines.push(`  longest tasks in its slowest run: ${worst.longTasks.join('; ') || 'none listed'}`);
        lines.push(`  main-thread time by script in that run: ${worst.bootup.join('; ') || 'none listed'}`);
      }
      for (const id of CATEGORIES) {
        // An audit is listed when it lost points in any run, with its value in each run it did.
        const seen = new Map();
        for (const r of list) {
          for (const audit of r.failing[id]) {
            const known = seen.get(audit.id) ?? { ...audit, values: [] };
            known.values.push(audit.value || 'failed');
            seen.set(audit.id, known);
          }
        }
        for (const weighted of [true, false]) {
          const audits = [...seen.values()].filter((audit) => audit.weighted === weighted);
          if (audits.length === 0) continue;
          lines.push(`  ${id}: ${weighted ? 'scored audits below 100' : 'diagnostics flagged (not scored)'}:`);
          for (const audit of audits) {
            lines.push(
              `    ${audit.id} (${audit.title}): ${audit.values.join(', ')} [${audit.values.length}/${list.length} runs]`,
            );
          }
        }
      }
    }
    console.log(lines.join('\n'));
    process.exitCode = missed ? 1 : 0;
  } finally {
    stop();
  }
}

main().catch((error) => {
  log(error.stack ?? error.message);
  process.exit(1);
});
