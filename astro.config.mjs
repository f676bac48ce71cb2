// @ts-check
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import solid from '@astrojs/solid-js';
import { inlineScriptsOf, pageHeadersFile } from './worker/security/page-policy.ts';
import { shipTextsPerLang } from './scripts/ui-texts-per-lang.mjs';
import { buildLivePlayground } from './scripts/build-live-playground.mjs';

/**
 * Writes dist/_headers after the build: a Content-Security-Policy that admits our own script files
 * and the exact inline scripts Astro emitted (by SHA-256, gathered from every page), plus nosniff,
 * Referrer-Policy and framing headers. Workers static assets serve every page with them.
 * A `_headers` copied from the public folder is kept, and these rules appended to it.
 * @returns {import('astro').AstroIntegration}
 */
function securityHeaders() {
  return {
    name: 'playground-security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const hashes = new Set();
        const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.html'));
        for (const file of files) {
          for (const script of inlineScriptsOf(await readFile(new URL(file, dir), 'utf8'))) {
            hashes.add(createHash('sha256').update(script, 'utf8').digest('base64'));
          }
        }
        const target = new URL('_headers', dir);
        const kept = await readFile(target, 'utf8').catch(() => '');
        await writeFile(target, `${kept}${kept && !kept.endsWith('\n') ? '\n' : ''}${pageHeadersFile([...hashes])}`);
        logger.info(`_headers: CSP admits ${hashes.size} inline scripts found in ${files.length} pages`);
      },
    },
  };
}

/**
 * Each page's scripts carry only its language's UI strings (scripts/ui-texts-per-lang.mjs): the
 * English pages load _astro/, the Chinese pages _astro/zh/. Runs before the security headers,
 * which hash what the pages finally hold.
 * @returns {import('astro').AstroIntegration}
 */
function textsPerLang() {
  return {
    name: 'playground-texts-per-lang',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { chunks, pages } = await shipTextsPerLang(fileURLToPath(dir));
        logger.info(`UI strings per language: ${chunks} scripts, ${pages} Chinese pages on _astro/zh/`);
      },
    },
  };
}

/**
 * The live playground of an endpoint page as one bundle of its own, in each language
 * (scripts/build-live-playground.mjs): _astro/live/ and _astro/zh/live/.
 * @returns {import('astro').AstroIntegration}
 */
function livePlayground() {
  return {
    name: 'playground-live-bundle',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const scripts = await buildLivePlayground(fileURLToPath(dir));
        logger.info(`live playground: ${scripts} scripts in _astro/live/ and _astro/zh/live/`);
      },
    },
  };
}

// Static output into dist/, which the worker serves as assets (wrangler.toml [assets]).
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  output: 'static',
  trailingSlash: 'always',
  integrations: [solid(), textsPerLang(), livePlayground(), securityHeaders()],
  build: { format: 'directory', inlineStylesheets: 'always' },
});
