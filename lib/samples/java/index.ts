import { entryFor, sdkCallId } from '../../endpoint-table';
import type { JavaCall } from './builder';
import { chatCall } from './chat';
import { oauthCall } from './oauth';
import { requestCall, REQUESTS } from './requests';
import {
  cString,
  headersToSend,
  outputFileName,
  regionConstant,
  sampleParts,
  TOKEN_ENV,
  type SampleInput,
  type SampleWriter,
} from '../shared';

/** The base URL the program's client is built with: the region constant, or the relay's URL. */
function baseURL(input: SampleInput): string {
  const region = regionConstant(input.model);
  return region ? `Consts.COZE_${region}_BASE_URL` : cString(input.model.baseUrl);
}

function javaCall(input: SampleInput): JavaCall | undefined {
  const oauth = oauthCall(sdkCallId(input.endpoint, 'java'), input.body, baseURL(input));
  if (oauth) return { ...oauth, client: false };
  const spec = entryFor(REQUESTS, input.endpoint.id);
  return spec ? requestCall(spec, input) : chatCall(input);
}

/** Whether the samples write a coze-java call for this request. */
export function javaCallFor(input: SampleInput): boolean {
  return javaCall(input) !== undefined;
}

function indent(lines: readonly string[], by: string): string[] {
  return lines.flatMap((line) => line.split('\n')).map((line) => (line ? `${by}${line}` : line));
}

const CLIENT_LINES = (base: string) => [
  'CozeAPI coze =',
  '    new CozeAPI.Builder()',
  `        .baseURL(${base})`,
  `        .auth(new TokenAuth(System.getenv("${TOKEN_ENV}")))`,
  '        .build();',
  '',
];

/** A Java program calling the endpoint with coze-java: a `CozeAPI` client, or an OAuth client for the token calls. */
export function javaSdkSample(input: SampleInput): string {
  const call = javaCall(input)!;
  const base = baseURL(input);
  const client = call.client !== false;
  const imports = new Set([
    ...(client ? ['com.coze.openapi.service.auth.TokenAuth', 'com.coze.openapi.service.service.CozeAPI'] : []),
    ...(regionConstant(input.model) ? ['com.coze.openapi.service.config.Consts'] : []),
    ...call.imports,
  ]);
  const code = [...call.lines, ...(call.methods ?? [])].join('\n');
  if (code.includes('List.of') || code.includes('List<')) imports.add('java.util.List');
  if (code.includes('Map.')) imports.add('java.util.Map');
  return [
    ...[...imports].sort().map((name) => `import ${name};`),
    '',
    'public class Main {',
    '  public static void main(String[] args) throws Exception {',
    ...indent(
      [...(client ? CLIENT_LINES(base) : []), ...call.lines, ...(client ? ['coze.shutdownExecutor();'] : [])],
      '    ',
    ),
    '  }',
    ...(call.methods ? ['', ...indent(call.methods, '  ')] : []),
    '}',
  ].join('\n');
}

/** A Java program sending the same request with java.net.http, for calls coze-java lacks. */
export function javaHttpSample(input: SampleInput): string {
  const { model, endpoint } = input;
  const imports = new Set([
    'java.net.URI',
    'java.net.http.HttpClient',
    'java.net.http.HttpRequest',
    'java.net.http.HttpResponse',
  ]);
  const before: string[] = [];
  let publisher = 'HttpRequest.BodyPublishers.noBody()';
  if (model.body.kind === 'json') publisher = `HttpRequest.BodyPublishers.ofString(${cString(model.body.text)})`;
  else if (model.body.kind === 'multipart') {
    for (const name of [
      'java.io.ByteArrayOutputStream',
      'java.nio.charset.StandardCharsets',
      'java.nio.file.Files',
      'java.nio.file.Path',
    ])
      imports.add(name);
    before.push(
      '// java.net.http has no multipart encoder: the parts are written by hand.',
      'String boundary = "----coze" + System.nanoTime();',
      'ByteArrayOutputStream body = new ByteArrayOutputStream();',
    );
    for (const part of sampleParts(input)) {
      const head =
        'value' in part
          ? `"--" + boundary + "\\r\\nContent-Disposition: form-data; name=\\"${part.name}\\"\\r\\n\\r\\n"`
          : `"--" + boundary + "\\r\\nContent-Disposition: form-data; name=\\"${part.name}\\"; filename=\\"" + Path.of(${cString(part.path)}).getFileName() + "\\"\\r\\nContent-Type: application/octet-stream\\r\\n\\r\\n"`;
      before.push(`body.write((${head}).getBytes(StandardCharsets.UTF_8));`);
      before.push(
        'value' in part
          ? `body.write(${cString(part.value)}.getBytes(StandardCharsets.UTF_8));`
          : `body.write(Files.readAllBytes(Path.of(${cString(part.path)})));`,
      );
      before.push('body.write("\\r\\n".getBytes(StandardCharsets.UTF_8));');
    }
    before.push('body.write(("--" + boundary + "--\\r\\n").getBytes(StandardCharsets.UTF_8));', '');
    publisher = 'HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())';
  }
  const headers = headersToSend(model).map(([name, value]) => `        .header(${cString(name)}, ${cString(value)})`);
  if (model.body.kind === 'multipart')
    headers.push('        .header("Content-Type", "multipart/form-data; boundary=" + boundary)');
  let handler = 'HttpResponse.BodyHandlers.ofString()';
  const after: string[] = [];
  if (model.streams) {
    handler = 'HttpResponse.BodyHandlers.ofLines()';
    after.push('// Server-sent events, line by line as they arrive.', 'response.body().forEach(System.out::println);');
  } else if (endpoint.responseKind === 'binary') {
    imports.add('java.nio.file.Path');
    handler = `HttpResponse.BodyHandlers.ofFile(Path.of(${cString(outputFileName(input))}))`;
    after.push(`System.out.println("wrote " + response.body());`);
  } else after.push('System.out.println(response.body());');
  const type = model.streams
    ? 'java.util.stream.Stream<String>'
    : endpoint.responseKind === 'binary'
      ? 'Path'
      : 'String';
  return [
    ...[...imports].sort().map((name) => `import ${name};`),
    '',
    'public class Main {',
    '  public static void main(String[] args) throws Exception {',
    ...indent(before, '    '),
    '    HttpRequest request =',
    `        HttpRequest.newBuilder(URI.create(${cString(model.upstreamUrl)}))`,
    `            .header("Authorization", "Bearer " + System.getenv("${TOKEN_ENV}"))`,
    ...headers.map((line) => `    ${line}`),
    `            .method(${cString(model.method)}, ${publisher})`,
    '            .build();',
    `    HttpResponse<${type}> response = HttpClient.newHttpClient().send(request, ${handler});`,
    '    System.out.println(response.statusCode() + " logid " + response.headers().firstValue("x-tt-logid").orElse(""));',
    ...indent(after, '    '),
    '  }',
    '}',
  ].join('\n');
}

/** The coze-java tab's writer: coze-java where the samples have its call, else java.net.http. */
export const writer: SampleWriter = { http: javaHttpSample, sdk: { has: javaCallFor, write: javaSdkSample } };
