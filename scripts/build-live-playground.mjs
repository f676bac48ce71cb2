// Builds the live playground of an endpoint page (site/islands/mount.tsx and everything it loads) as
// a bundle of its own, after `astro build`: what starts together, Solid, the form, its fields and the
// request model, is one file (_astro/live/mount.js), not the seven chunks Astro's build splits it
// into because the SDK try-outs and the WebSocket pages share some of those modules (which keep
// Astro's chunks). Compressed as one, it is about 3 KiB gzip lighter; its components are compiled
// for the browser only, 0.9 KiB less again (the static form is server-rendered by Astro's build, and
// `mount` renders anew rather than hydrates). The page already carries playground.css inline, so no
// stylesheet is emitted. Each language gets its copy, as the rest of the scripts do
// (ui-texts-per-lang.mjs): _astro/live/ and _astro/zh/live/.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import solid from 'vite-plugin-solid';
import { chunkForLang } from './ui-texts-per-lang.mjs';

const root = join(import.meta.dirname, '..');

/** The live playground's files by language: `en` under _astro/live/, `zh` under _astro/zh/live/. */
export const LIVE_DIRS = { en: join('_astro', 'live'), zh: join('_astro', 'zh', 'live') };

/**
 * Builds the live playground into `dist` (the built site) and returns the number of scripts per language.
 * @param {string} dist
 */
export async function buildLivePlayground(dist) {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    // Relative: each chunk finds the chunks it preloads beside itself, in either language's folder.
    base: './',
    plugins: [
      solid({ ssr: false }),
      {
        // An empty module, not an empty stylesheet: Vite would still emit one, and preload it with the panels.
        name: 'page-carries-the-css',
        enforce: 'pre',
        resolveId: (source) => (source.endsWith('.css') ? '\0page-carries-the-css' : null),
        load: (id) => (id === '\0page-carries-the-css' ? 'export {};' : null),
      },
    ],
    build: {
      write: false,
      emptyOutDir: false,
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: join(root, 'site', 'islands', 'mount.tsx'),
        preserveEntrySignatures: 'exports-only',
        output: {
          entryFileNames: 'mount.js',
          chunkFileNames: '[name].[hash].js',
          // Everything mount imports statically is one chunk, the entry: the panels loaded later import from it.
          codeSplitting: { groups: [{ name: 'mount', tags: ['$initial'] }] },
        },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunks = outputs.filter((file) => file.type === 'chunk');
  for (const [lang, dir] of Object.entries(LIVE_DIRS)) {
    await rm(join(dist, dir), { recursive: true, force: true });
    await mkdir(join(dist, dir), { recursive: true });
    for (const chunk of chunks) await writeFile(join(dist, dir, chunk.fileName), chunkForLang(chunk.code, lang));
  }
  return chunks.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? join(root, 'dist');
  console.log(`live playground: ${await buildLivePlayground(dist)} scripts per language`);
}
