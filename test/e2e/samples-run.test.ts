import { execFile, spawnSync } from 'node:child_process';
import { randomUUID, sign } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ENDPOINTS, findEndpoint } from '../../catalog';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import type { Endpoint } from '../../catalog/types';
import { buildRequest, exampleValues, pruneValues, type FormValues } from '../../lib/request-model';
import { buildSamples, curlArgs, fileFields, sampleLanguages, type ChatVariant, type Sample } from '../../lib/samples';
import { OAUTH_ENV } from '../../lib/samples/node-coze-api';
import { SANDBOX_JWT_APP } from '../../lib/oauth/sandbox-service-app';
import { SANDBOX_TEST_PRIVATE_KEY } from '../../lib/oauth/sandbox-test-key';
import { inputOf } from '../../lib/samples/shared';
import { runRequest } from '../../site/islands/runner';

// Every sample the playground writes, executed or compiled: curl, fetch, requests and @coze/api
// programs run against the local worker's sandbox relay; cozepy is compiled with py_compile; Go
// is checked with gofmt -e (and `go vet` for the net/http programs, which need only the standard
// library); Java is parsed with javac's own parser (and the java.net.http programs compiled whole).

const baseUrl = inject('baseUrl');
const root = resolve(import.meta.dirname, '../..');
// Inside the project, so `import '@coze/api'` in a sample resolves to node_modules.
const work = (() => {
  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
  return mkdtempSync(join(root, 'node_modules', '.cache', 'samples-run-'));
})();
const CONCURRENCY = 4;
const TIMEOUT_MS = 45_000;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(file: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<Run> {
  return new Promise((done) => {
    execFile(
      file,
      args,
      { cwd: options.cwd, env: { ...process.env, ...options.env }, timeout: TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        done({ code, stdout: String(stdout), stderr: String(stderr) || (error && !stderr ? error.message : '') });
      },
    );
  });
}

/** Runs jobs with at most `limit` at once. */
async function pool<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < jobs.length) {
        const index = next++;
        results[index] = await jobs[index]!();
      }
    }),
  );
  return results;
}

/**
 * The words of a POSIX shell command: single quotes literal, double quotes with `$NAME` expanded,
 * backslash-newline joining lines. Enough for the curl samples, and strict: anything else throws.
 */
function shellWords(text: string, env: Record<string, string | undefined>): string[] {
  const words: string[] = [];
  let current: string | undefined;
  let i = 0;
  const expand = (at: number): [string, number] => {
    const match = /^\$(?:\{(\w+)\}|(\w+))/.exec(text.slice(at));
    if (!match) throw new Error(`unexpected $ at ${at}`);
    const name = match[1] ?? match[2]!;
    return [env[name] ?? '', at + match[0].length];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\\' && text[i + 1] === '\n') i += 2;
    else if (ch === ' ' || ch === '\n' || ch === '\t') {
      if (current !== undefined) words.push(current);
      current = undefined;
      i++;
    } else if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new Error('unclosed single quote');
      current = (current ?? '') + text.slice(i + 1, end);
      i = end + 1;
    } else if (ch === '"') {
      current ??= '';
      i++;
      while (text[i] !== '"') {
        if (i >= text.length) throw new Error('unclosed double quote');
        if (text[i] === '$') {
          const [value, after] = expand(i);
          current += value;
          i = after;
        } else if (text[i] === '\\' && '$`"\\\n'.includes(text[i + 1]!)) {
          current += text[i + 1];
          i += 2;
        } else current += text[i++];
      }
      i++;
    } else if (ch === '$') {
      const [value, after] = expand(i);
      current = (current ?? '') + value;
      i = after;
    } else if ('|&;<>()`*?[#~{}'.includes(ch)) throw new Error(`shell metacharacter ${ch} outside quotes`);
    else {
      current = (current ?? '') + ch;
      i++;
    }
  }
  if (current !== undefined) words.push(current);
  return words;
}

// A tiny WAV (16 kHz mono, 0.1 s of silence): what the audio and voiceprint uploads send.
function wav(): Uint8Array {
  const samples = 1600;
  const buffer = Buffer.alloc(44 + samples * 2);
  buffer.write('RIFF', 0);
  buffer.writeUInt32LE(36 + samples * 2, 4);
  buffer.write('WAVEfmt ', 8);
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(1, 22);
  buffer.writeUInt32LE(16000, 24);
  buffer.writeUInt32LE(32000, 28);
  buffer.writeUInt16LE(2, 32);
  buffer.writeUInt16LE(16, 34);
  buffer.write('data', 36);
  buffer.writeUInt32LE(samples * 2, 40);
  return new Uint8Array(buffer);
}

const UPLOAD_NAME = 'sample.wav';

/** The endpoint's example with every file field holding the WAV, as if picked in the form. */
function valuesFor(endpoint: Endpoint): FormValues {
  const values = exampleValues(endpoint);
  for (const name of fileFields(endpoint)) values.body[name] = new File([wav()], UPLOAD_NAME, { type: 'audio/wav' });
  return values;
}

interface Case {
  readonly name: string;
  readonly endpoint: Endpoint;
  readonly sample: Sample;
  readonly dir: string;
  readonly variant?: ChatVariant;
  readonly values: FormValues;
}

function casesFor(
  endpoint: Endpoint,
  values: FormValues,
  variant?: ChatVariant,
  suffix = '',
  region: 'sandbox' | 'cn' = 'sandbox',
): Case[] {
  const model = buildRequest(endpoint, values, { region, origin: baseUrl, paceMs: 1 });
  return buildSamples(endpoint, model, values, variant).map((sample) => {
    const name = `${endpoint.id}${variant ? ` (${variant})` : ''}${suffix} ${sample.language}`;
    const dir = join(work, name.replace(/[^\w-]+/g, '_'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, UPLOAD_NAME), wav());
    return { name, endpoint, sample, dir, values, ...(variant ? { variant } : {}) };
  });
}

const callable = ENDPOINTS.filter((endpoint) => sampleLanguages(endpoint).length > 0);
const chat = findEndpoint('create-chat')!;
const pluginValues = (() => {
  const values = exampleValues(chat);
  values.body.bot_id = SANDBOX_IDS.pluginBot;
  values.body.additional_messages = [
    { role: 'user', content: 'What is the weather in Hangzhou?', content_type: 'text' },
  ];
  return values;
})();
const questionValues = (() => {
  const values = exampleValues(findEndpoint('stream-run-workflow')!);
  values.body.workflow_id = SANDBOX_IDS.questionWorkflow;
  return values;
})();

const cases: Case[] = [
  ...callable.flatMap((endpoint) => (endpoint.id === 'create-chat' ? [] : casesFor(endpoint, valuesFor(endpoint)))),
  ...casesFor(chat, exampleValues(chat), 'streaming'),
  ...casesFor(chat, { ...exampleValues(chat), body: { ...exampleValues(chat).body, stream: false } }, 'non-streaming'),
  ...casesFor(chat, pluginValues, 'plugin'),
  ...casesFor(findEndpoint('stream-run-workflow')!, questionValues, undefined, ' [question workflow]'),
];

// coze-java cannot reach the sandbox (it drops a base URL's path), so its tabs there are java.net.http;
// its SDK programs are the ones written for api.coze.cn, which are parsed, never run.
const javaForCoze: Case[] = [
  ...callable.flatMap((endpoint) =>
    endpoint.id === 'create-chat' ? [] : casesFor(endpoint, valuesFor(endpoint), undefined, ' [cn]', 'cn'),
  ),
  ...(['streaming', 'non-streaming', 'plugin'] as const).flatMap((variant) =>
    casesFor(chat, exampleValues(chat), variant, ' [cn]', 'cn'),
  ),
].filter((c) => c.sample.language === 'java');

// Each run its own token, so its own sandbox state. The JWT exchange takes a JWT as the bearer
// instead of a token, signed with the sandbox app's published test key (the sandbox verifies it).
const signedSandboxJwt = () => {
  const [header, claims] = [
    { alg: 'RS256', typ: 'JWT', kid: SANDBOX_JWT_APP.kid },
    {
      iss: SANDBOX_JWT_APP.appId,
      aud: 'api.coze.cn',
      iat: Math.floor(Date.now() / 1000),
      exp: Math.floor(Date.now() / 1000) + 600,
      jti: randomUUID(),
    },
  ].map((part) => Buffer.from(JSON.stringify(part)).toString('base64url'));
  const signature = sign('sha256', Buffer.from(`${header}.${claims}`), SANDBOX_TEST_PRIVATE_KEY).toString('base64url');
  return `${header}.${claims}.${signature}`;
};
const env = (endpoint?: Endpoint) => ({
  COZE_API_TOKEN: endpoint?.id === 'oauth-token-jwt' ? signedSandboxJwt() : `pat_samples_${randomUUID()}`,
  COZE_API_BASE: `${baseUrl}/api/relay/sandbox`,
});

// The sandbox app's published test key, for the @coze/api JWT sample to sign with.
const privateKeyFile = join(work, 'private_key.pem');
writeFileSync(privateKeyFile, SANDBOX_TEST_PRIVATE_KEY);

/**
 * What the @coze/api OAuth samples read from the environment instead of the form: the secrets the
 * form holds, a client secret (a token of this run's own, so the web-app code is spent in its own
 * sandbox session), and the JWT app's id, key fingerprint and key file.
 */
function oauthEnv(c: Case): Record<string, string> {
  const { code_verifier: verifier, refresh_token: refresh } = c.values.body;
  return {
    [OAUTH_ENV.clientSecret]: `secret_samples_${randomUUID()}`,
    ...(typeof verifier === 'string' && { [OAUTH_ENV.codeVerifier]: verifier }),
    ...(typeof refresh === 'string' && { [OAUTH_ENV.refreshToken]: refresh }),
    [OAUTH_ENV.clientId]: SANDBOX_IDS.oauthClient,
    [OAUTH_ENV.publicKeyId]: SANDBOX_JWT_APP.kid,
    [OAUTH_ENV.privateKeyFile]: privateKeyFile,
  };
}

/** What a successful JSON answer looks like: Coze code 0, or the OAuth token endpoints' shape. */
function succeeded(json: unknown): boolean {
  if (typeof json !== 'object' || json === null) return false;
  const body = json as Record<string, unknown>;
  if ('code' in body) return body.code === 0;
  return typeof body.access_token === 'string' || typeof body.device_code === 'string';
}

function lastEvent(stream: string): string | undefined {
  return [...stream.matchAll(/^event:\s*(.+)$/gm)].at(-1)?.[1]?.trim();
}

/** Checks the output of a fetch or requests program: status line, then JSON, a stream or a file. */
function checkHttpProgram(c: Case, result: Run): string | undefined {
  if (result.code !== 0) return `exit ${result.code}: ${result.stderr.slice(0, 600)}`;
  const [status, ...rest] = result.stdout.split('\n');
  if (!status?.startsWith('200 ')) return `status line ${status}: ${result.stdout.slice(0, 600)}`;
  const out = rest.join('\n');
  const model = buildRequest(c.endpoint, c.values, { region: 'sandbox', origin: baseUrl });
  if (model.streams) {
    const workflow = c.endpoint.streaming?.assemble === 'workflow';
    const end = workflow ? /\n(Done|Interrupt)\b/ : /\ndone\b/;
    return end.test(out) ? undefined : `stream did not end with done: ${out.slice(-600)}`;
  }
  if (c.endpoint.responseKind === 'binary') {
    const match = /wrote (\d+) bytes to (\S+)/.exec(out);
    if (!match || Number(match[1]) === 0) return `no bytes written: ${out}`;
    return statSync(join(c.dir, match[2]!)).size === Number(match[1]) ? undefined : 'file size differs';
  }
  try {
    return succeeded(JSON.parse(out)) ? undefined : `not a success: ${out.slice(0, 600)}`;
  } catch {
    return `not JSON: ${out.slice(0, 600)}`;
  }
}

async function runCurl(c: Case): Promise<string | undefined> {
  const model = buildRequest(c.endpoint, c.values, { region: 'sandbox', origin: baseUrl, paceMs: 1 });
  const input = inputOf(c.endpoint, model, c.values, c.variant ?? 'streaming');
  const unexpanded = shellWords(c.sample.code, { COZE_API_TOKEN: '$COZE_API_TOKEN' });
  if (unexpanded[0] !== 'curl' || JSON.stringify(unexpanded.slice(1)) !== JSON.stringify(curlArgs(input)))
    return `the shell text and curlArgs disagree:\n${JSON.stringify(unexpanded.slice(1))}\n${JSON.stringify(curlArgs(input))}`;
  const vars = env(c.endpoint);
  const argv = shellWords(c.sample.code, vars).slice(1);
  const result = await run('curl', ['-sS', '-w', '\n%{http_code}', ...argv], { cwd: c.dir, env: vars });
  if (result.code !== 0) return `curl exit ${result.code}: ${result.stderr}`;
  const cut = result.stdout.lastIndexOf('\n');
  const status = result.stdout.slice(cut + 1);
  const body = result.stdout.slice(0, cut);
  if (status !== '200') return `HTTP ${status}: ${body.slice(0, 600)}`;
  if (c.endpoint.responseKind === 'binary') {
    const file = argv[argv.indexOf('-o') + 1]!;
    return statSync(join(c.dir, file)).size > 0 ? undefined : 'empty output file';
  }
  if (model.streams) {
    const last = lastEvent(body);
    return last === 'done' || last === 'Done' || last === 'Interrupt'
      ? undefined
      : `stream ended with ${last}: ${body.slice(-400)}`;
  }
  try {
    return succeeded(JSON.parse(body)) ? undefined : `not a success: ${body.slice(0, 600)}`;
  } catch {
    return `not JSON: ${body.slice(0, 600)}`;
  }
}

async function runNodeProgram(c: Case): Promise<Run> {
  const file = join(c.dir, 'main.mjs');
  writeFileSync(file, c.sample.code);
  return run(process.execPath, [file], { cwd: c.dir, env: { ...env(c.endpoint), ...oauthEnv(c) } });
}

/** What a @coze/api program must print, beyond exiting 0. */
function checkNodeSdk(c: Case, result: Run): string | undefined {
  if (result.code !== 0) return `exit ${result.code}: ${result.stderr.slice(0, 800)}`;
  const out = result.stdout;
  if (!out.trim()) return 'printed nothing';
  if (c.variant === 'streaming')
    return /\S[\s\S]*\ntokens: \d+/.test(out) ? undefined : `no answer before tokens: ${out}`;
  if (c.variant === 'non-streaming')
    return /^status: completed\n\S/.test(out) ? undefined : `no completed answer: ${out}`;
  if (c.variant === 'plugin')
    return /running get_weather[\s\S]*\S[\s\S]*\ncompleted/.test(out) ? undefined : `no tool round trip: ${out}`;
  if (c.endpoint.streaming?.assemble === 'workflow') return /\ndone\n?$/.test(out) ? undefined : `no done: ${out}`;
  return undefined;
}

const outcomes = new Map<string, string | undefined>();
const executed = new Map<string, number>();
const count = (kind: string) => executed.set(kind, (executed.get(kind) ?? 0) + 1);

beforeAll(async () => {
  const jobs: (() => Promise<void>)[] = [];
  for (const c of cases) {
    const { language, kind } = c.sample;
    if (language === 'curl')
      jobs.push(async () => {
        count('curl');
        outcomes.set(c.name, await runCurl(c));
      });
    else if (language === 'fetch' || (language === 'node' && kind === 'http'))
      jobs.push(async () => {
        count(language === 'fetch' ? 'fetch' : 'node (fetch fallback)');
        outcomes.set(c.name, checkHttpProgram(c, await runNodeProgram(c)));
      });
    else if (language === 'node')
      jobs.push(async () => {
        count('node');
        outcomes.set(c.name, checkNodeSdk(c, await runNodeProgram(c)));
      });
    else if (language === 'requests' || (language === 'python' && kind === 'http'))
      jobs.push(async () => {
        count(language === 'requests' ? 'requests' : 'python (requests fallback)');
        const file = join(c.dir, 'main.py');
        writeFileSync(file, c.sample.code);
        outcomes.set(c.name, checkHttpProgram(c, await run('python3', [file], { cwd: c.dir, env: env(c.endpoint) })));
      });
  }
  await pool(jobs, CONCURRENCY);
}, 20 * 60_000);

afterAll(() => {
  console.log(
    `samples: ${cases.length} written for the sandbox, ${javaForCoze.length} coze-java for api.coze.cn; executed ${[...executed].map(([kind, n]) => `${kind} ${n}`).join(', ')}; ` +
      `failed ${[...outcomes.values()].filter(Boolean).length}`,
  );
  rmSync(work, { recursive: true, force: true });
});

const executedCases = cases.filter(
  (c) =>
    c.sample.language !== 'go' &&
    c.sample.language !== 'java' &&
    !(c.sample.language === 'python' && c.sample.kind === 'sdk'),
);

describe('every sample runs against the sandbox', () => {
  it.each(executedCases.map((c) => [c.name, c] as const))('%s', (name) => {
    expect(outcomes.has(name), 'not run').toBe(true);
    expect(outcomes.get(name)).toBeUndefined();
  });
});

describe('samples that cannot run here compile', () => {
  it('every Python sample compiles with py_compile', async () => {
    const python = cases.filter((c) => c.sample.language === 'python' || c.sample.language === 'requests');
    const files = python.map((c) => {
      const file = join(c.dir, `${c.sample.language}.py`);
      writeFileSync(file, c.sample.code);
      return file;
    });
    const result = await run('python3', ['-m', 'py_compile', ...files], { cwd: work });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  // .ci/run installs Debian's Go; where it could not, say so rather than fail everything else.
  const hasGo = spawnSync('go', ['version']).status === 0;
  if (!hasGo) console.warn('Go is not installed: the Go sample checks are skipped');
  it.skipIf(!hasGo)(
    'every Go sample is gofmt-clean Go, and the net/http ones type-check (go vet)',
    async () => {
      const go = cases.filter((c) => c.sample.language === 'go');
      const module = join(work, 'go-samples');
      mkdirSync(module, { recursive: true });
      writeFileSync(join(module, 'go.mod'), 'module samples\n\ngo 1.19\n');
      const files: string[] = [];
      go.forEach((c, index) => {
        // SDK programs import coze-go, which is not available offline: they are syntax-checked only.
        const dir = join(c.sample.kind === 'http' ? module : work, `go-${index}`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'main.go'), `${c.sample.code}\n`);
        files.push(join(dir, 'main.go'));
      });
      const format = await run('gofmt', ['-e', '-l', ...files], { cwd: work });
      expect(format.stderr).toBe('');
      // -l lists the files gofmt would change: none, the samples are written gofmt-formatted.
      expect(format.stdout).toBe('');
      expect(format.code).toBe(0);
      const vet = await run('go', ['vet', './...'], {
        cwd: module,
        env: { GOFLAGS: '-mod=mod', GOPROXY: 'off', GOCACHE: join(work, 'go-cache'), GOPATH: join(work, 'go-path') },
      });
      expect(vet.stderr).toBe('');
      expect(vet.code).toBe(0);
    },
    300_000,
  );

  it('every Java sample parses (javac parser), and the java.net.http ones compile', async () => {
    const java = [...cases, ...javaForCoze].filter((c) => c.sample.language === 'java');
    // Every endpoint coze-java has gets its program, and create-chat one per chat variant.
    const javaEndpoints = callable.filter((endpoint) => endpoint.sdks.includes('java'));
    expect(java.filter((c) => c.sample.kind === 'sdk').length).toBe(javaEndpoints.length - 1 + 3);
    const dir = join(work, 'java');
    mkdirSync(dir, { recursive: true });
    const checker = join(dir, 'ParseCheck.java');
    writeFileSync(checker, PARSE_CHECK);
    const parsed: string[] = [];
    const compiled: string[] = [];
    java.forEach((c, index) => {
      const name = `Sample${index}`;
      const file = join(dir, `${name}.java`);
      writeFileSync(file, c.sample.code.replace('public class Main {', `public class ${name} {`));
      (c.sample.kind === 'http' ? compiled : parsed).push(file);
    });
    const parse = await run('java', [checker, ...parsed], { cwd: dir });
    expect(parse.stdout + parse.stderr).toBe('');
    expect(parse.code).toBe(0);
    const compile = await run('javac', ['-d', join(dir, 'classes'), ...compiled], { cwd: dir });
    expect(compile.stdout + compile.stderr).toBe('');
    expect(compile.code).toBe(0);
  }, 300_000);
});

// javac's own parser over the SDK programs: syntax, without the coze-java classes (not available
// offline, and stubs written from the names the samples use would only prove they agree with themselves).
const PARSE_CHECK = `
import com.sun.source.util.JavacTask;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

public class ParseCheck {
  public static void main(String[] args) throws Exception {
    var compiler = ToolProvider.getSystemJavaCompiler();
    var diagnostics = new DiagnosticCollector<JavaFileObject>();
    StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null);
    List<File> sources = new ArrayList<>();
    for (String arg : args) sources.add(new File(arg));
    JavacTask task = (JavacTask) compiler.getTask(null, files, diagnostics, List.of("-proc:none"), null, files.getJavaFileObjectsFromFiles(sources));
    task.parse();
    int errors = 0;
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) errors++;
      System.out.println(d.getSource().getName() + ":" + d.getLineNumber() + " " + d.getMessage(null));
    }
    System.exit(errors == 0 ? 0 : 1);
  }
}
`;

// ---------------------------------------------------------------- curl and Run send the same bytes

interface Captured {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

/** Headers each client adds on its own, left out of the comparison. */
const CLIENT_HEADERS = [
  'host',
  'user-agent',
  'accept',
  'accept-encoding',
  'accept-language',
  'sec-fetch-mode',
  'connection',
  'content-length',
  'content-type',
];

describe('the curl sample and Run send the same request', () => {
  let server: ReturnType<typeof createServer>;
  let origin = '';
  const received: Captured[] = [];

  beforeAll(async () => {
    server = createServer((request: IncomingMessage, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({
          method: request.method ?? '',
          url: request.url ?? '',
          headers: Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, String(v)])),
          body: Buffer.concat(chunks),
        });
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"code":0,"msg":""}');
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  async function both(
    endpoint: Endpoint,
    values: FormValues,
    runBody: (model: ReturnType<typeof buildRequest>) => BodyInit | undefined,
  ) {
    const token = `pat_compare_${randomUUID()}`;
    received.length = 0;
    const runModel = buildRequest(endpoint, values, { region: 'sandbox', origin, token });
    await runRequest(runModel, runBody(runModel), 'chat', new AbortController().signal, () => {});
    const sampleModel = buildRequest(endpoint, values, { region: 'sandbox', origin });
    const curl = buildSamples(endpoint, sampleModel, values)[0]!;
    const dir = mkdtempSync(join(work, 'compare-'));
    writeFileSync(join(dir, UPLOAD_NAME), wav());
    const result = await run('curl', ['-sS', ...shellWords(curl.code, { COZE_API_TOKEN: token }).slice(1)], {
      cwd: dir,
      env: {},
    });
    expect(result.stderr).toBe('');
    expect(received).toHaveLength(2);
    return received.slice() as [Captured, Captured];
  }

  const kept = (headers: Record<string, string>) =>
    Object.fromEntries(Object.entries(headers).filter(([name]) => !CLIENT_HEADERS.includes(name)));

  it.each([
    'create-chat',
    'list-workflows',
    'remove-workspace-members',
    'knowledge-documents-create',
    'retrieve-message',
  ])('%s: method, path, query, headers and body bytes agree', async (id) => {
    const endpoint = findEndpoint(id)!;
    const [fromRun, fromCurl] = await both(endpoint, exampleValues(endpoint), (model) =>
      model.body.kind === 'json' ? model.body.text : undefined,
    );
    expect(fromCurl.method).toBe(fromRun.method);
    expect(fromCurl.url).toBe(fromRun.url);
    expect(kept(fromCurl.headers)).toEqual(kept(fromRun.headers));
    expect(fromCurl.headers['content-type']).toBe(fromRun.headers['content-type']);
    expect(fromCurl.body.equals(fromRun.body)).toBe(true);
  });

  it('audio-voices-clone: multipart parts agree (boundaries differ by design)', async () => {
    const endpoint = findEndpoint('audio-voices-clone')!;
    const values = valuesFor(endpoint);
    // The FormData the playground's Workbench builds from the values it sends.
    const formOf = () => {
      const form = new FormData();
      for (const [name, value] of Object.entries(pruneValues(endpoint, values).body))
        if (value instanceof Blob) form.append(name, value, (value as File).name ?? name);
        else form.append(name, typeof value === 'string' ? value : JSON.stringify(value));
      return form;
    };
    const [fromRun, fromCurl] = await both(endpoint, values, formOf);
    expect(fromCurl.method).toBe(fromRun.method);
    expect(fromCurl.url).toBe(fromRun.url);
    expect(kept(fromCurl.headers)).toEqual(kept(fromRun.headers));
    const parts = async (captured: Captured) => {
      const form = await new Response(new Uint8Array(captured.body), {
        headers: { 'content-type': captured.headers['content-type']! },
      }).formData();
      return Promise.all(
        [...form.entries()].map(async ([name, value]) =>
          typeof value === 'string'
            ? [name, value]
            : [name, value.name, Buffer.from(await value.arrayBuffer()).toString('base64')],
        ),
      );
    };
    expect(await parts(fromCurl)).toEqual(await parts(fromRun));
  });
});
