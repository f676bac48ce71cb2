// The weight of the built site, page by page: the HTML, the JavaScript a page runs at load, and the
// JavaScript it may fetch later. Shared by the bench and the size budgets of `npm test`.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes as stored and as sent with gzip (level 9, as size tools measure). */
export interface Weight {
  readonly raw: number;
  readonly gzip: number;
}

/** A set of scripts: the files (paths under dist/) and inline scripts, and what they weigh together. */
export interface Scripts extends Weight {
  readonly files: readonly string[];
  readonly inline: number;
}

/** What one page weighs. */
export interface PageWeight {
  /** Path under dist/, e.g. `chat/create-chat/index.html`. */
  readonly page: string;
  readonly kind: 'index' | 'endpoint' | 'doc';
  readonly html: Weight;
  /** Scripts run at load, before anyone touches the page: inline and module scripts, their static imports. */
  readonly jsAtLoad: Scripts;
  /**
   * Scripts the live playground loads when it starts (someone reaches for the form): what the
   * page's scripts import dynamically, and the endpoint's own module, with their static imports.
   */
  readonly jsOnStart: Scripts;
  /** Scripts fetched later still, on demand: the runner and response view, samples, history. */
  readonly jsLazy: Scripts;
}

/** Gzipped size at level 9. */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data, { level: 9 }).byteLength;
}

/** Raw and gzip size of some bytes. */
export function weigh(data: string | Uint8Array): Weight {
  return { raw: Buffer.byteLength(data), gzip: gzipSize(data) };
}

// Static imports in ESM are string literals after `import` or `from` (template literals are not
// allowed there); `import(` is dynamic. Only our own chunks (relative or root paths) are followed.
const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["']((?:\.{1,2})?\/[^"'`\s]+?\.m?js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]((?:\.{1,2})?\/[^"'`\s]+?\.m?js)["'`]\s*\)/g;
// The top bar's script (every page) imports the search palette and the shortcut sheet when someone
// asks for them (a key, a click); starting the playground never loads them, so they count as lazy.
const ON_REQUEST_SCRIPT = /^_astro\/(?:zh\/)?TopBarTools\.astro_astro_type_script_/;
// The static playground's root names its endpoint; its starter imports the live playground, which imports
// that endpoint's module, both by URL (site/islands/live-mount.ts, load-endpoint.ts): no import() literal shows them.
const PLAYGROUND_ROOT = /\sdata-playground="([a-z0-9-]+)"/g;

const ATTRIBUTE = (name: string) => new RegExp(`\\s${name}="([^"]*)"`);
const attribute = (tag: string, name: string) => ATTRIBUTE(name).exec(tag)?.[1];

const isJavaScript = (type: string | undefined) =>
  type === undefined || type === 'module' || type === 'text/javascript' || type === 'application/javascript';

/** Reads and weighs the site under `dist`, caching each chunk's text, size and imports. */
export function createSiteReader(dist: string) {
  const root = resolve(dist);
  const chunks = new Map<string, { text: string; weight: Weight; statics: string[]; dynamics: string[] }>();

  const fromUrl = (url: string, base: string) =>
    relative(root, url.startsWith('/') ? join(root, url) : resolve(dirname(join(root, base)), url))
      .split(sep)
      .join('/');

  function chunk(file: string) {
    let known = chunks.get(file);
    if (!known) {
      const text = readFileSync(join(root, file), 'utf8');
      known = {
        text,
        weight: weigh(text),
        statics: [...text.matchAll(STATIC_IMPORT)].map((m) => fromUrl(m[1]!, file)),
        dynamics: [...text.matchAll(DYNAMIC_IMPORT)].map((m) => fromUrl(m[1]!, file)),
      };
      chunks.set(file, known);
    }
    return known;
  }

  /** The files plus everything they import statically, transitively. */
  function staticClosure(entries: Iterable<string>): Set<string> {
    const seen = new Set<string>();
    const stack = [...entries];
    while (stack.length) {
      const file = stack.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      stack.push(...chunk(file).statics);
    }
    return seen;
  }

  function total(files: Iterable<string>, inline: string[]): Scripts {
    const list = [...files].sort();
    const inlineText = inline.join('\n');
    const inlineWeight = inline.length ? weigh(inlineText) : { raw: 0, gzip: 0 };
    return {
      files: list,
      inline: inline.length,
      raw: list.reduce((sum, file) => sum + chunk(file).weight.raw, inlineWeight.raw),
      gzip: list.reduce((sum, file) => sum + chunk(file).weight.gzip, inlineWeight.gzip),
    };
  }

  /** Weighs one page (`page` is its path under dist/). */
  function page(file: string): PageWeight {
    const html = readFileSync(join(root, file), 'utf8');
    const inline: string[] = [];
    const entries: string[] = [];
    for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (!isJavaScript(attribute(attrs!, 'type'))) continue;
      const src = attribute(attrs!, 'src');
      if (src) entries.push(fromUrl(src, file));
      else if (body!.trim()) inline.push(body!);
    }
    for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
      const href = attribute(tag, 'href');
      if (href && /\srel="modulepreload"/.test(tag)) entries.push(fromUrl(href, file));
    }
    const loaded = staticClosure(entries);
    const startEntries = [
      ...[...loaded]
        .filter((current) => !ON_REQUEST_SCRIPT.test(current))
        .flatMap((current) => chunk(current).dynamics),
      // The live playground (its own bundle, scripts/build-live-playground.mjs) and the endpoint's module, both
      // imported by URL: a Chinese page loads their Chinese copies (the endpoint's with its texts in place).
      ...[...html.matchAll(PLAYGROUND_ROOT)].flatMap(([, id]) => {
        const zh = file.startsWith('zh/') ? 'zh/' : '';
        return [`_astro/${zh}live/mount.js`, `endpoints/${zh}${id}.js`];
      }),
    ];
    const started = new Set([...staticClosure(startEntries)].filter((target) => !loaded.has(target)));
    // Everything else any of those can import(), with its static imports, transitively.
    const lazy = new Set<string>();
    const queue = [...loaded, ...started];
    const visited = new Set<string>();
    while (queue.length) {
      const current = queue.pop()!;
      if (visited.has(current)) continue;
      visited.add(current);
      const { statics, dynamics } = chunk(current);
      for (const target of [...statics, ...dynamics]) {
        if (!loaded.has(target) && !started.has(target)) lazy.add(target);
        queue.push(target);
      }
    }
    const kind = file === 'index.html' ? 'index' : html.includes('data-testid="doc-page"') ? 'doc' : 'endpoint';
    return {
      page: file,
      kind,
      html: weigh(html),
      jsAtLoad: total(loaded, inline),
      jsOnStart: total(started, []),
      jsLazy: total(lazy, []),
    };
  }

  return { page };
}

/** Every `index.html` under `dist`, as paths relative to it. */
export function htmlPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .sort();
}

/** Weighs every page of the built site. */
export function weighSite(dist: string): PageWeight[] {
  const reader = createSiteReader(dist);
  return htmlPages(dist).map((file) => reader.page(file));
}
