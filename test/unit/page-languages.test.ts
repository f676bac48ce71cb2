import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENGLISH_RUN, HAN, visibleTexts } from '../support/visible-text';

// Over every page of the static build `npm test` makes first: a page in one language shows no text
// of the other outside code (`code`, `pre`, form values) and titles (the elements marked with the
// other `lang`). Precisely: on a /zh/ page no visible text holds three English words in a row (a
// quotation of Coze's own English message in “…” aside); on
// an English page no visible text holds a Han character. Titles and field names are the exceptions
// by design: a reader searches for both, and a field name is code.
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const built = existsSync(join(DIST, 'index.html'));

function pages(): string[] {
  return (readdirSync(DIST, { recursive: true }) as string[])
    .filter((file) => file.endsWith('index.html'))
    .map((file) => join(DIST, file));
}

const langOf = (file: string) =>
  relative(DIST, file).startsWith('zh/') || relative(DIST, file) === 'zh/index.html' ? 'zh' : 'en';

/** Each offending text with its page, at most a few per page so a failure stays readable. */
function offenders(lang: 'en' | 'zh'): string[] {
  const wrong = lang === 'zh' ? ENGLISH_RUN : HAN;
  return pages()
    .filter((file) => langOf(file) === lang)
    .flatMap((file) =>
      visibleTexts(readFileSync(file, 'utf8'))
        // A Chinese sentence may quote what Coze sends in English (“Insufficient coze credits balance…”):
        // Coze's own messages stay as Coze sends them, like code.
        .filter((text) => wrong.test(lang === 'zh' ? text.replace(/“[^”]*”/g, '') : text))
        .slice(0, 3)
        .map((text) => `/${relative(DIST, file).replace(/index\.html$/, '')}: ${text.slice(0, 140)}`),
    );
}

describe.skipIf(!built)('each page in its own language', () => {
  it('builds every page twice, the Chinese twin under /zh/', () => {
    const all = pages().map((file) => `/${relative(DIST, file).replace(/index\.html$/, '')}`);
    const english = all.filter((path) => !path.startsWith('/zh/'));
    expect(english.length).toBeGreaterThan(100);
    for (const path of english) expect(all, path).toContain(`/zh${path}`);
  });

  it('shows no Han character on an English page outside code and the Chinese titles', () => {
    expect(offenders('en')).toEqual([]);
  });

  it('shows no English prose (three words in a row) on a Chinese page outside code and titles', () => {
    expect(offenders('zh')).toEqual([]);
  });
});
