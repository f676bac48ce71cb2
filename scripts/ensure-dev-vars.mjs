// Gives a fresh clone a local HISTORY_SECRET, so every way of starting the worker locally (npm start,
// npm run dev) answers runs with no set-up; never used in deploys. The local secret also tells
// `wrangler types` that the secret exists, so the generated binding types are the same on every machine.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Makes sure `<dir>/.dev.vars` sets HISTORY_SECRET: writes the file with a random value when there is
 * none, or adds the line to one that lacks it (a file kept for other local vars). Returns what it did.
 * @example ensureDevVars('.') // 'wrote' on a fresh clone, then 'kept'
 */
export function ensureDevVars(dir = '.') {
  const file = join(dir, '.dev.vars');
  const line = `HISTORY_SECRET=${randomBytes(32).toString('hex')}\n`;
  if (!existsSync(file)) {
    writeFileSync(file, line);
    return 'wrote';
  }
  const text = readFileSync(file, 'utf8');
  if (/^\s*HISTORY_SECRET\s*=\s*\S/m.test(text)) return 'kept';
  writeFileSync(file, `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${line}`);
  return 'added';
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const done = ensureDevVars();
  if (done !== 'kept') console.log(`${done} a random local HISTORY_SECRET in .dev.vars`);
}
