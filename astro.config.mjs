// @ts-check
import { defineConfig } from 'astro/config';
import solid from '@astrojs/solid-js';

// Static output into dist/, which the worker serves as assets (wrangler.toml [assets]).
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  output: 'static',
  trailingSlash: 'always',
  integrations: [solid()],
  build: { format: 'directory', inlineStylesheets: 'always' },
});
