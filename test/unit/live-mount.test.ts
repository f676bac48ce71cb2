import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveMountUrl } from '../../site/islands/live-mount';

const dist = join(import.meta.dirname, '..', '..', 'dist');

describe('liveMountUrl', () => {
  it("names the live playground's entry in the page's language", () => {
    expect(liveMountUrl('en')).toBe('/_astro/live/mount.js');
    expect(liveMountUrl('zh')).toBe('/_astro/zh/live/mount.js');
  });
});

describe.skipIf(!existsSync(join(dist, 'index.html')))('the live playground bundle (dist/, from npm run build)', () => {
  it('is published in both languages, each copy with its own strings and loading its own chunks', () => {
    for (const lang of ['en', 'zh'] as const) {
      const entry = join(dist, liveMountUrl(lang));
      expect(existsSync(entry), entry).toBe(true);
      const [, chunk] = /from"\.\/(mount\.[\w-]+\.js)"/.exec(readFileSync(entry, 'utf8')) ?? [];
      expect(chunk, 'the entry re-exports the one start chunk').toBeDefined();
      const code = readFileSync(join(entry, '..', chunk!), 'utf8');
      expect(code.includes('请填写 Coze 访问令牌'), lang).toBe(lang === 'zh');
      expect(code.includes('Enter a Coze token'), lang).toBe(lang === 'en');
      // Relative paths: each copy preloads the chunks beside it, never the other language's.
      expect(code).not.toMatch(/_astro\//);
    }
  });

  it('loads no stylesheet: the page carries playground.css inline', () => {
    const dir = join(dist, liveMountUrl('en'), '..');
    const styled = readdirSync(dir).filter((file) =>
      /["'`][^"'`]+\.css["'`]/.test(readFileSync(join(dir, file), 'utf8')),
    );
    expect(styled).toEqual([]);
  });
});
