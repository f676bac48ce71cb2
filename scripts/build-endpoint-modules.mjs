// Builds each catalog endpoint as its own ES module at a stable URL, /endpoints/<id>.js, after
// `astro build`. The playground island imports the one its page needs by that URL, so a page no
// longer ships a map of every endpoint's hashed chunk (about 5 KiB gzip of each page's JavaScript).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
// The built site to add them to: dist/ by default, or the directory given (the bench builds elsewhere).
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const endpointsDir = join(root, 'catalog', 'endpoints');
const entryPoints = {};
for (const group of readdirSync(endpointsDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const file of readdirSync(join(endpointsDir, group.name))) {
    const path = join(endpointsDir, group.name, file);
    // Endpoint files are named after their id and default-export `defineEndpoint({...})`; the
    // shared schema modules beside them are bundled into chunks, not published.
    if (
      file.endsWith('.ts') &&
      file !== 'index.ts' &&
      readFileSync(path, 'utf8').includes('export default defineEndpoint(')
    ) {
      entryPoints[file.slice(0, -'.ts'.length)] = path;
    }
  }
}

await build({
  entryPoints,
  outdir: join(dist, 'endpoints'),
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
console.log(`endpoint modules: ${Object.keys(entryPoints).length} written to ${join(dist, 'endpoints')}`);

// The SDK try-outs' option schemas (catalog/tryouts/) load the same way, as /endpoints/tryout-<sdk>.js.
// A build of their own: sharing the endpoints' chunks would split those chunks further, and every
// endpoint page would load the pieces.
const tryoutsDir = join(root, 'catalog', 'tryouts');
const tryouts = Object.fromEntries(
  readdirSync(tryoutsDir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => [`tryout-${name.slice(0, -'.ts'.length)}`, join(tryoutsDir, name)]),
);
await build({
  entryPoints: tryouts,
  outdir: join(dist, 'endpoints'),
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  chunkNames: 'chunks/tryout-[name]-[hash]',
  logLevel: 'warning',
});
console.log(`try-out option modules: ${Object.keys(tryouts).length} written to ${join(dist, 'endpoints')}`);
// Each endpoint's Chinese prose beside it, at /endpoints/zh/<id>.js: a Chinese page's live form
// loads it with the endpoint (an English page never does), so field descriptions stay Chinese.
const bundled = await build({
  entryPoints: [join(root, 'scripts', 'endpoint-prose.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  target: 'es2022',
  logLevel: 'warning',
});
const { endpointProse } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);
mkdirSync(join(dist, 'endpoints', 'zh'), { recursive: true });
let pairs = 0;
for (const [id, prose] of Object.entries(endpointProse())) {
  writeFileSync(join(dist, 'endpoints', 'zh', `${id}.js`), `export default ${JSON.stringify(prose)};\n`);
  pairs += prose.length;
}
console.log(`endpoint prose: ${pairs} Chinese texts written to ${join(dist, 'endpoints', 'zh')}`);
