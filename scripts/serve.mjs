// npm start / npm run dev: the worker under `wrangler dev` with the built site, on 127.0.0.1:8787 unless
// told otherwise. Owns --port and --ip, so `PORT=8811 npm start` and `npm start -- --port 8811` both
// work (wrangler refuses a flag given twice), and writes the local HISTORY_SECRET a fresh clone lacks.
// `--build` (npm start) builds the site first, after the arguments are known to be good.
import { spawn, spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { ensureDevVars } from './ensure-dev-vars.mjs';

const DEFAULT_PORT = 8787;
const DEFAULT_IP = '127.0.0.1';

/** One option's value from `--name value` or `--name=value`, and the arguments without it. */
function takeOption(args, name) {
  let value;
  const rest = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === `--${name}`) {
      if (i + 1 >= args.length || args[i + 1].startsWith('--')) throw new Error(`--${name} needs a value`);
      value = args[++i];
    } else if (arg.startsWith(`--${name}=`)) value = arg.slice(name.length + 3);
    else rest.push(arg);
  }
  return { value, rest };
}

/**
 * The `wrangler dev` arguments for the command line and environment given: the port from `--port`, else
 * `PORT`, else 8787; the address from `--ip`, else `HOST`, else 127.0.0.1; everything else passed on.
 * Throws with a message fit for the user when a port is not a port.
 * @example devArgs(['--port', '8811'], {}) // ['dev', '--ip', '127.0.0.1', '--port', '8811']
 */
export function devArgs(argv, env) {
  const port = takeOption(argv, 'port');
  const ip = takeOption(port.rest, 'ip');
  const [portText, source] =
    port.value !== undefined
      ? [port.value, '--port']
      : env.PORT
        ? [env.PORT, 'PORT']
        : [String(DEFAULT_PORT), 'default'];
  const number = Number(portText);
  if (!/^\d+$/.test(portText) || number < 1 || number > 65535)
    throw new Error(`${source} is ${JSON.stringify(portText)}: give a port number from 1 to 65535`);
  return ['dev', '--ip', ip.value ?? (env.HOST || DEFAULT_IP), '--port', String(number), ...ip.rest];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const build = argv.includes('--build');
  let args;
  try {
    args = devArgs(
      argv.filter((arg) => arg !== '--build'),
      process.env,
    );
  } catch (error) {
    console.error(`npm start / npm run dev: ${error.message}`);
    process.exit(2);
  }
  if (build && spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
  const secret = ensureDevVars();
  if (secret !== 'kept') console.log(`${secret} a random local HISTORY_SECRET in .dev.vars`);
  // Run through npm, node_modules/.bin (and its Node 22) is first on PATH.
  const child = spawn('wrangler', args, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
