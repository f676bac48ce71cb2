// npm run deploy runs this first: a worker deployed without HISTORY_SECRET cannot key history or
// sandbox sessions, and answers every API call with a 503. Asks Cloudflare (`wrangler secret list`)
// whether the secret is set; HISTORY_SECRET_SET=1 skips the question (CI that puts the secret itself).
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const SECRET = 'HISTORY_SECRET';
const HOW = `Set it once with \`npx wrangler secret put ${SECRET}\` (a long random value), then deploy again.`;

/** The line that says what went wrong in wrangler's output (its `[ERROR]` line), colours removed. */
function wranglerError(output) {
  const lines = output
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.trim());
  const useful = lines.filter((line) => line && !line.includes('Logs were written'));
  return useful.find((line) => line.includes('[ERROR]')) ?? useful.at(-1) ?? '';
}

/**
 * Why the deploy must stop, or undefined when the secret is known to be set. `listSecrets` runs
 * `wrangler secret list --format json` and returns its exit status and output; it is not called when
 * the environment already says the secret is set.
 * @example deployProblem({}, () => ({ status: 0, stdout: '[{"name":"HISTORY_SECRET"}]', stderr: '' })) // undefined
 */
export function deployProblem(env, listSecrets) {
  if (env.HISTORY_SECRET_SET === '1') return undefined;
  const result = listSecrets();
  if (result.status !== 0) {
    const said = wranglerError(`${result.error?.message ?? ''}\n${result.stderr ?? ''}\n${result.stdout ?? ''}`);
    return [
      `Could not check that ${SECRET} is set: \`wrangler secret list\` failed${said ? `:\n${said}` : ''}`,
      `Log in with \`npx wrangler login\`. ${HOW}`,
      `If the secret is set and only the check cannot run, deploy with HISTORY_SECRET_SET=1.`,
    ].join('\n');
  }
  let names;
  try {
    names = JSON.parse(result.stdout).map((secret) => secret.name);
  } catch {
    return `Could not read the output of \`wrangler secret list --format json\`:\n${result.stdout}`;
  }
  if (names.includes(SECRET)) return undefined;
  return `The worker has no ${SECRET} secret: deployed like this, every API call answers 503 not_configured.\n${HOW}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problem = deployProblem(process.env, () =>
    spawnSync('wrangler', ['secret', 'list', '--format', 'json'], { encoding: 'utf8' }),
  );
  if (problem) {
    console.error(`npm run deploy stopped before building.\n${problem}`);
    process.exit(1);
  }
  console.log(
    process.env.HISTORY_SECRET_SET === '1'
      ? `HISTORY_SECRET_SET=1: trusting that ${SECRET} is set, without asking Cloudflare`
      : `${SECRET} is set`,
  );
}
