import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A module that imports a module that imports it back (directly or around a longer loop) ties the two
// together: neither can be read, tested or split into its own chunk alone. The site's wake.ts loaded
// mount.tsx, which imported wake.ts back; `import()` counts, since a chunk loaded on demand that
// imports its loader is the same knot.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FOLDERS = ['catalog', 'lib', 'site', 'worker'];
const EXTENSIONS = ['.ts', '.tsx', '.astro', '/index.ts'];
// The form's components recurse as a schema does (an object's or array's field is itself a Field), and
// call each other only while rendering, never at module load: a recursion, not a knot.
const RECURSIVE = [
  'site/islands/ArrayField.tsx > site/islands/Field.tsx',
  'site/islands/Field.tsx > site/islands/ObjectField.tsx',
];

function sourcesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(tsx?|astro)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** The project files a module imports (`import … from`, `export … from`, `import()`), types included. */
function importsOf(file: string): string[] {
  const code = readFileSync(join(ROOT, file), 'utf8');
  const specifiers = [
    ...code.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'/gm),
    ...code.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g),
  ].map((m) => m[1]!);
  return specifiers.flatMap((specifier) => {
    const base = resolve(ROOT, dirname(file), specifier);
    const found = [base, ...EXTENSIONS.map((ext) => base + ext)].find(
      (path) => existsSync(path) && !path.endsWith('/'),
    );
    return found && /\.(tsx?|astro)$/.test(found) ? [relative(ROOT, found)] : [];
  });
}

/** Every import cycle, each as its files in order, starting from its first file alphabetically. */
function cycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((file) => [file, importsOf(file)]));
  const found = new Map<string, string[]>();
  const visit = (file: string, path: string[]) => {
    const at = path.indexOf(file);
    if (at >= 0) {
      const loop = path.slice(at);
      const start = loop.indexOf([...loop].sort()[0]!);
      const ordered = [...loop.slice(start), ...loop.slice(0, start)];
      found.set(ordered.join(' > '), ordered);
      return;
    }
    if (path.length > 40) return;
    for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
  };
  const done = new Set<string>();
  for (const file of files) {
    if (done.has(file)) continue;
    visit(file, []);
    done.add(file);
  }
  return [...found.values()];
}

describe('import cycles', () => {
  it('reads static imports, type imports and import()', () => {
    expect(importsOf('site/islands/wake.ts')).toEqual(
      expect.arrayContaining(['site/islands/setting-keys.ts', 'site/islands/mount.tsx']),
    );
    expect(importsOf('site/islands/Workbench.tsx')).toEqual(
      expect.arrayContaining(['catalog/types.ts', 'site/islands/History.tsx']),
    );
  });

  it('has none in catalog/, lib/, site/ or worker/', () => {
    const files = FOLDERS.flatMap(sourcesUnder);
    expect(files.length).toBeGreaterThan(300);
    const found = cycles(files).map((loop) => loop.join(' > '));
    expect(found.filter((loop) => !RECURSIVE.includes(loop))).toEqual([]);
  });
});
