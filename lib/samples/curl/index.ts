import {
  headersToSend,
  outputFileName,
  sampleParts,
  shellQuote,
  TOKEN_ENV,
  type SampleInput,
  type SampleWriter,
} from '../shared';

/** The Authorization header as curl samples write it: the shell expands the variable. */
export const CURL_AUTH_HEADER = `Authorization: Bearer $${TOKEN_ENV}`;

/**
 * The arguments of the curl sample after `curl`, one per shell word, before the shell expands
 * `$COZE_API_TOKEN`. The sample's text is these words quoted; tests run them with `execFile`.
 * @example curlArgs(input) // ['-N', '-X', 'POST', 'https://api.coze.cn/v3/chat', '-H', 'Authorization: Bearer $COZE_API_TOKEN', …]
 */
export function curlArgs(input: SampleInput): string[] {
  const { model } = input;
  const args: string[] = [];
  if (model.streams) args.push('-N');
  if (model.method !== 'GET') args.push('-X', model.method);
  args.push(model.upstreamUrl, '-H', CURL_AUTH_HEADER);
  for (const [name, value] of headersToSend(model)) args.push('-H', `${name}: ${value}`);
  if (model.body.kind === 'json') args.push('-d', model.body.text);
  for (const part of sampleParts(input)) {
    if (!('value' in part)) args.push('-F', `${part.name}=@${part.path}`);
    // -F would read `@file` and `<file` values and split at `;`: such text goes as it is with --form-string.
    else args.push(/^[@<]|;/.test(part.value) ? '--form-string' : '-F', `${part.name}=${part.value}`);
  }
  if (input.endpoint.responseKind === 'binary') args.push('-o', outputFileName(input));
  return args;
}

function word(arg: string): string {
  if (arg === CURL_AUTH_HEADER) return `"${arg}"`;
  return /^[\w@%+=:,./-]+$/.test(arg) && !arg.startsWith('=') ? arg : shellQuote(arg);
}

/** The curl command for a request: streams with -N, files with -F, binary answers saved with -o. */
export function curlSample(input: SampleInput): string {
  const args = curlArgs(input);
  const lines: string[] = [];
  // The first line holds the flags before the URL and the URL; then one option and its value a line.
  const urlAt = args.indexOf(input.model.upstreamUrl);
  lines.push(['curl', ...args.slice(0, urlAt + 1).map(word)].join(' '));
  for (let index = urlAt + 1; index < args.length; index += 2) lines.push(`${args[index]} ${word(args[index + 1]!)}`);
  return lines.join(' \\\n  ');
}

/** The curl tab's writer. */
export const writer: SampleWriter = { http: curlSample };
