// Ships each page only its own language's UI strings. Every island declares its strings in both
// languages beside it (`const TEXTS: Texts<T> = { en: {...}, zh: {...} }`, read with `useTexts`),
// so every built chunk carries both. After `astro build`, this writes a Chinese copy of every
// script under _astro/zh/ that keeps only the Chinese tables, strips the Chinese ones from the
// English scripts, and points the Chinese pages at the Chinese copies. Measured against loading
// per-language string modules beside each chunk, one copy per language costs no extra request
// and no gzip overhead per file (each table would be its own small file, fetched after its chunk).
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';

/** @typedef {'en' | 'zh'} Lang */

const SUBDIR = { en: '', zh: 'zh/' };

/**
 * A table pair is an object literal with exactly the properties `en` and `zh`, both object literals
 * (what `Texts<T>` compiles to). The other language's table is dropped, and the kept one answers
 * under both keys, so code that reads a table outside a language context still finds strings.
 * @param {string} code @param {Lang} lang
 */
function keepTables(code, lang) {
  const source = ts.createSourceFile('chunk.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  /** @type {[number, number, string][]} */
  const edits = [];
  const nameOf = (/** @type {ts.ObjectLiteralElementLike} */ property) =>
    ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))
      ? property.name.text
      : undefined;
  const visit = (/** @type {ts.Node} */ node) => {
    if (ts.isObjectLiteralExpression(node) && node.properties.length === 2) {
      const [first, second] = node.properties;
      const names = [nameOf(first), nameOf(second)];
      const kept = node.properties[names.indexOf(lang)];
      if (
        names.includes('en') &&
        names.includes('zh') &&
        node.properties.every((p) => ts.isPropertyAssignment(p) && ts.isObjectLiteralExpression(p.initializer)) &&
        kept &&
        ts.isPropertyAssignment(kept)
      ) {
        // Nested pairs inside the kept table are handled by the same rewrite, applied to its text.
        const table = keepTables(kept.initializer.getText(source), lang);
        edits.push([node.getStart(source), node.end, `(t=>({en:t,zh:t}))(${table})`]);
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end, text] of edits.reverse()) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/**
 * One built chunk with only `lang`'s UI strings. The Chinese copy also lists the chunks it may load
 * later (Vite's `__vite__mapDeps`, paths from the site's root) as their Chinese copies; its relative
 * imports already resolve beside it.
 * @param {string} code @param {Lang} lang
 */
export function chunkForLang(code, lang) {
  const kept = keepTables(code, lang);
  return lang === 'en' ? kept : kept.replace(/(["'`])_astro\/([^"'`/]+\.js)\1/g, `$1_astro/${SUBDIR[lang]}$2$1`);
}

/**
 * A page that loads `lang`'s copies of its scripts (module scripts and their preloads; styles,
 * images and fonts are shared).
 * @param {string} html @param {Lang} lang
 */
export function pageForLang(html, lang) {
  if (lang === 'en') return html;
  return html.replace(
    /(<(?:script|link)\b[^>]*?\s(?:src|href)=")\/_astro\/([^"/]+\.js")/g,
    `$1/_astro/${SUBDIR[lang]}$2`,
  );
}

/**
 * Rewrites a built site in place (dist/ URL or path): English chunks, Chinese copies, Chinese pages.
 * @param {string} dist
 */
export async function shipTextsPerLang(dist) {
  const astro = join(dist, '_astro');
  const chunks = (await readdir(astro)).filter((name) => name.endsWith('.js'));
  await mkdir(join(astro, 'zh'), { recursive: true });
  for (const name of chunks) {
    const code = await readFile(join(astro, name), 'utf8');
    await writeFile(join(astro, 'zh', name), chunkForLang(code, 'zh'));
    await writeFile(join(astro, name), chunkForLang(code, 'en'));
  }
  const zhPages = (await readdir(join(dist, 'zh'), { recursive: true })).filter((file) => file.endsWith('.html'));
  for (const file of zhPages) {
    const path = join(dist, 'zh', file);
    await writeFile(path, pageForLang(await readFile(path, 'utf8'), 'zh'));
  }
  return { chunks: chunks.length, pages: zhPages.length };
}
