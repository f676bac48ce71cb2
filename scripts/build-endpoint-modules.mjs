// Builds each catalog endpoint as its own ES module at a stable URL, /endpoints/<id>.js, after
// `astro build`. The playground island imports the one its page needs by that URL, so a page no
// longer ships a map of every endpoint's hashed chunk (about 5 KiB gzip of each page's JavaScript).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { rolldown } from 'rolldown';
import { requestSide, textsInPlace } from './endpoint-module-source.mjs';

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

// The Chinese texts each endpoint's live form shows ([English, Chinese] pairs), to put in place in its Chinese copy.
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
const proseOf = endpointProse();

/**
 * One endpoint's browser module: its request side only (endpoint-module-source.mjs), in one file
 * with just the valibot it uses. Rolldown, not esbuild: it honours valibot's no-side-effects
 * annotations, so the schemas of a shared module that this endpoint's request does not use are left
 * out (esbuild kept every one). In Chinese, each text with a translation is put in place; a text
 * built from parts (a template with substitutions) cannot be, and is exported as `prose` pairs.
 * @param {string} id @param {string} path @param {'en' | 'zh'} lang
 */
async function endpointModule(id, path, lang) {
  const translations = new Map(lang === 'zh' ? proseOf[id] : []);
  const replaced = new Set();
  const bundle = await rolldown({
    input: path,
    logLevel: 'warn',
    plugins: [
      {
        name: 'endpoint-request-side',
        transform(code, file) {
          if (!file.startsWith(join(root, 'catalog'))) return null;
          let out = requestSide(code);
          if (translations.size) {
            const inPlace = textsInPlace(out, translations);
            for (const text of inPlace.replaced) replaced.add(text);
            out = inPlace.code;
          }
          return out === code ? null : { code: out };
        },
      },
    ],
  });
  const { output } = await bundle.generate({ format: 'esm', minify: true, comments: false });
  await bundle.close();
  const left = [...translations].filter(([english]) => !replaced.has(english));
  return output[0].code + (left.length ? `export const prose=${JSON.stringify(left)};\n` : '');
}

mkdirSync(join(dist, 'endpoints', 'zh'), { recursive: true });
const jobs = Object.entries(entryPoints).flatMap(([id, path]) => [
  [id, path, 'en'],
  [id, path, 'zh'],
]);
// A few at a time: each build is small, and the machine is shared.
for (let i = 0; i < jobs.length; i += 4) {
  await Promise.all(
    jobs.slice(i, i + 4).map(async ([id, path, lang]) => {
      const file = join(dist, 'endpoints', lang === 'zh' ? 'zh' : '', `${id}.js`);
      writeFileSync(file, await endpointModule(id, path, lang));
    }),
  );
}
console.log(
  `endpoint modules: ${Object.keys(entryPoints).length} written to ${join(dist, 'endpoints')}, their Chinese copies to ${join(dist, 'endpoints', 'zh')}`,
);

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
