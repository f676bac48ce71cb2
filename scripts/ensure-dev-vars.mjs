// The local HISTORY_SECRET also tells `wrangler types` that the secret exists, so the generated
// binding types are the same on every machine.
// Gives a fresh clone a local HISTORY_SECRET so `npm start` needs no set-up; never used in deploys.
import { existsSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';

if (!existsSync('.dev.vars')) {
  writeFileSync('.dev.vars', `HISTORY_SECRET=${randomBytes(32).toString('hex')}\n`);
  console.log('wrote .dev.vars with a random local HISTORY_SECRET');
}
