import { describe, expect, it } from 'vitest';
import { chunkForLang, pageForLang } from '../../scripts/ui-texts-per-lang.mjs';

// Each island declares its strings in both languages (`Texts<T>`); the built chunks a page loads
// carry only the page's language (scripts/ui-texts-per-lang.mjs, run after `astro build`).
const CHUNK =
  'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.B1.js","_astro/b.C2.js"])))=>i.map(i=>d[i]);' +
  'import{t as e}from"./web.D.js";var n={en:{run:`Run`,need:e=>`Token for ${e}`},zh:{run:`运行`,need:e=>`${e} 的令牌`}},' +
  'r={en:`English`,zh:`中文`},s={en:{a:1},zh:{a:2},de:{a:3}};export{n as t,r as u,s as v};';

describe('a chunk in one language', () => {
  it('keeps only the English strings in the English copy, under both keys', async () => {
    const en = chunkForLang(CHUNK, 'en');
    expect(en).not.toContain('运行');
    const { t } = await import(
      `data:text/javascript,${encodeURIComponent(en.replace(/^.*?;import\{t as e\}from"\.\/web\.D\.js";/, ''))}`
    );
    expect(t.en.run).toBe('Run');
    expect(t.zh.run).toBe('Run');
    expect(t.en.need('cn')).toBe('Token for cn');
  });

  it('keeps only the Chinese strings in the Chinese copy, and points its lazy chunks at the Chinese copies', async () => {
    const zh = chunkForLang(CHUNK, 'zh');
    expect(zh).not.toContain('Token for');
    expect(zh).toContain('m.f=["_astro/zh/a.B1.js","_astro/zh/b.C2.js"]');
    const { t } = await import(
      `data:text/javascript,${encodeURIComponent(zh.replace(/^.*?;import\{t as e\}from"\.\/web\.D\.js";/, ''))}`
    );
    expect(t.en.run).toBe('运行');
    expect(t.zh.need('cn')).toBe('cn 的令牌');
  });

  it('leaves alone objects that are not a pair of string tables', () => {
    const en = chunkForLang(CHUNK, 'en');
    expect(en).toContain('r={en:`English`,zh:`中文`}');
    expect(en).toContain('s={en:{a:1},zh:{a:2},de:{a:3}}');
  });
});

describe('a Chinese page', () => {
  it('loads the Chinese copies of the scripts, and nothing else changes', () => {
    const html =
      '<link rel="modulepreload" href="/_astro/a.B1.js"><script type="module" src="/_astro/s.X.js"></script>' +
      '<link rel="stylesheet" href="/_astro/x.css"><img src="/_astro/p.png">';
    expect(pageForLang(html, 'zh')).toBe(
      '<link rel="modulepreload" href="/_astro/zh/a.B1.js"><script type="module" src="/_astro/zh/s.X.js"></script>' +
        '<link rel="stylesheet" href="/_astro/x.css"><img src="/_astro/p.png">',
    );
    expect(pageForLang(html, 'en')).toBe(html);
  });
});
