import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findEndpoint } from '../../catalog';
import { KNOWN_ERROR_CODES } from '../../catalog/pages/references';
import { allRoutes, pageLink } from '../../site/site-map';

// Reads the static build that `npm test` makes before vitest runs; without one there is nothing to check.
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const built = existsSync(join(DIST, 'index.html'));

const read = (...parts: string[]) => readFileSync(join(DIST, ...parts, 'index.html'), 'utf8');
const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** `group/id` of every directory under dist/ that holds a page (Astro's own `_astro/` left out). */
function builtPages(): string[] {
  const dirs = (path: string) =>
    readdirSync(path, { withFileTypes: true }).filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'));
  return dirs(DIST).flatMap((group) =>
    dirs(join(DIST, group.name))
      .filter((page) => existsSync(join(DIST, group.name, page.name, 'index.html')))
      .map((page) => `${group.name}/${page.name}`),
  );
}

describe.skipIf(!built)('the built site (skipped when dist/ is missing: run `npm run build` first)', () => {
  it('has one page directory per route: every navigation page plus the OAuth endpoints', () => {
    const expected = allRoutes().map((route) => `${route.params.group}/${route.params.id}`);
    expect(builtPages().sort()).toEqual([...expected].sort());
  });

  it('gives every page its title in the <h1>', () => {
    for (const route of allRoutes()) {
      const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(read(route.params.group, route.params.id))?.[1] ?? '';
      expect(decode(h1), route.props.pageId).toContain(pageLink(route.props.pageId)?.titleZh);
    }
  });

  it('links every page from the index', () => {
    const index = readFileSync(join(DIST, 'index.html'), 'utf8');
    const missing = allRoutes().filter((route) => !index.includes(`href="/${route.params.group}/${route.params.id}/"`));
    expect(missing.map((route) => route.props.pageId)).toEqual([]);
  });

  it('has a row for every error code that pages link to', () => {
    const page = read('errors', 'coze-error-codes');
    const rows = new Set([...page.matchAll(/<tr id="code-(\d+)"/g)].map((match) => Number(match[1])));
    expect([...KNOWN_ERROR_CODES].filter((code) => !rows.has(code))).toEqual([]);
  });

  it('links each deprecated endpoint to its replacement', () => {
    for (const route of allRoutes()) {
      const replacement = findEndpoint(route.props.pageId)?.deprecated?.replacement;
      if (!replacement) continue;
      const note = /data-testid="deprecated"[\s\S]*?<\/p>/.exec(read(route.params.group, route.params.id))?.[0] ?? '';
      expect(note, route.props.pageId).toContain(`href="${pageLink(replacement)?.href}"`);
    }
  });

  it('mounts the playground on relayed endpoints only', () => {
    // Relayed endpoints carry the whole form as static HTML, with the example filled in.
    const chat = read('chat', 'create-chat');
    expect(chat).toContain('data-playground="create-chat"');
    const [message] = findEndpoint('create-chat')!.example.body!.additional_messages as { content: string }[];
    expect(chat).toContain(`>${message!.content}</textarea>`);
    expect(chat).toContain('data-testid="run"');
    for (const [group, id] of [
      ['audio', 'ws-chat'],
      ['auth', 'oauth-authorize'],
    ] as const) {
      const html = read(group, id);
      expect(html, id).not.toContain('data-playground');
      expect(html, id).toContain('data-testid="connect-panel"');
    }
  });

  it('gives WebSocket endpoints the live session shell, and redirects none', () => {
    for (const id of ['ws-chat', 'ws-audio-speech', 'ws-audio-transcriptions', 'ws-audio-simult-interpretation']) {
      const html = read('audio', id);
      expect(html, id).toContain(`data-realtime="${id}"`);
      // Its samples, written for coze.cn, shown without JavaScript.
      expect(html, id).toContain('data-testid="ws-samples"');
      expect(html, id).toContain('baseWsURL: &#39;wss://ws.coze.cn&#39;');
    }
    expect(read('auth', 'oauth-authorize')).not.toContain('data-realtime');
  });
});
