import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deployProblem } from '../../scripts/check-deploy-secret.mjs';
import { ensureDevVars } from '../../scripts/ensure-dev-vars.mjs';
import { devArgs } from '../../scripts/serve.mjs';

describe('devArgs (npm start, npm run dev)', () => {
  it('serves on 127.0.0.1:8787 when nothing is said', () => {
    expect(devArgs([], {})).toEqual(['dev', '--ip', '127.0.0.1', '--port', '8787']);
  });

  it('takes the port from PORT', () => {
    expect(devArgs([], { PORT: '8811' })).toEqual(['dev', '--ip', '127.0.0.1', '--port', '8811']);
  });

  it.each([[['--port', '8811']], [['--port=8811']]])('takes the port from %j, once, over PORT', (argv) => {
    const args = devArgs(argv, { PORT: '9000' });
    expect(args).toEqual(['dev', '--ip', '127.0.0.1', '--port', '8811']);
    expect(args.filter((arg) => arg === '--port')).toHaveLength(1);
  });

  it('takes the address from --ip or HOST, and passes other flags on', () => {
    expect(devArgs(['--ip', '0.0.0.0', '--log-level', 'warn'], {})).toEqual([
      'dev',
      '--ip',
      '0.0.0.0',
      '--port',
      '8787',
      '--log-level',
      'warn',
    ]);
    expect(devArgs([], { HOST: '::1' }).slice(1, 3)).toEqual(['--ip', '::1']);
  });

  it.each([
    [['--port', 'eighty'], {}, /--port is "eighty"/],
    [['--port'], {}, /--port needs a value/],
    [[], { PORT: '70000' }, /PORT is "70000": give a port number from 1 to 65535/],
  ])('refuses %j %j with a message', (argv, env, message) => {
    expect(() => devArgs(argv, env)).toThrow(message);
  });
});

describe('ensureDevVars', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'dev-vars-'));
  const secretOf = (text: string) => /^HISTORY_SECRET=([0-9a-f]{64})$/m.exec(text)?.[1];

  it('writes a random 32-byte secret on a fresh clone, then keeps it', () => {
    const root = dir();
    expect(ensureDevVars(root)).toBe('wrote');
    const first = readFileSync(join(root, '.dev.vars'), 'utf8');
    expect(secretOf(first)).toBeDefined();
    expect(ensureDevVars(root)).toBe('kept');
    expect(readFileSync(join(root, '.dev.vars'), 'utf8')).toBe(first);
    const other = dir();
    ensureDevVars(other);
    expect(secretOf(readFileSync(join(other, '.dev.vars'), 'utf8'))).not.toBe(secretOf(first));
  });

  it('adds the secret to a .dev.vars that holds other vars only', () => {
    const root = dir();
    writeFileSync(join(root, '.dev.vars'), 'UPSTREAM_CN=http://127.0.0.1:9999');
    expect(ensureDevVars(root)).toBe('added');
    const text = readFileSync(join(root, '.dev.vars'), 'utf8');
    expect(text.startsWith('UPSTREAM_CN=http://127.0.0.1:9999\nHISTORY_SECRET=')).toBe(true);
    expect(secretOf(text)).toBeDefined();
  });
});

describe('deployProblem (npm run deploy)', () => {
  const listed =
    (stdout: string, status = 0, stderr = '') =>
    () => ({ status, stdout, stderr });

  it('lets the deploy go on when wrangler lists HISTORY_SECRET', () => {
    const list = listed('[{"name":"OTHER","type":"secret_text"},{"name":"HISTORY_SECRET","type":"secret_text"}]');
    expect(deployProblem({}, list)).toBeUndefined();
  });

  it('stops it, naming the command that sets the secret, when the secret is missing', () => {
    const problem = deployProblem({}, listed('[{"name":"OTHER","type":"secret_text"}]'));
    expect(problem).toMatch(/no HISTORY_SECRET secret/);
    expect(problem).toContain('npx wrangler secret put HISTORY_SECRET');
  });

  it('stops it with wrangler’s own words and the ways on when the list cannot be read', () => {
    const stderr =
      '\u001b[31m✘ \u001b[41;31m[\u001b[41;97mERROR\u001b[41;31m]\u001b[0m \u001b[1mNot logged in.\u001b[0m\n\n  \n🪵  Logs were written to "x.log"\n';
    const problem = deployProblem({}, listed('', 1, stderr));
    expect(problem).toContain('failed:\n✘ [ERROR] Not logged in.\nLog in');
    expect(problem).toContain('npx wrangler login');
    expect(problem).toContain('HISTORY_SECRET_SET=1');
  });

  it('trusts HISTORY_SECRET_SET=1 without asking Cloudflare', () => {
    const list = () => {
      throw new Error('must not run wrangler');
    };
    expect(deployProblem({ HISTORY_SECRET_SET: '1' }, list)).toBeUndefined();
  });
});
