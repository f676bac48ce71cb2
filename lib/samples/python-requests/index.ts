import {
  BASE_ENV,
  cString,
  headersToSend,
  jsonBody,
  outputFileName,
  pathAndQuery,
  pyLiteral,
  sampleParts,
  streamKind,
  TOKEN_ENV,
  type SampleInput,
  type SampleWriter,
} from '../shared';

function streamLoop(input: SampleInput): string[] {
  const handle =
    streamKind(input.endpoint) === 'workflow'
      ? [
          '            if event == "Message":',
          '                print(json.loads(data)["content"], end="", flush=True)',
          '            elif event != "PING":',
          '                print(f"\\n{event}", data)',
        ]
      : [
          '            if event == "conversation.message.delta":',
          '                message = json.loads(data)',
          '                if message["type"] == "answer":',
          '                    print(message["content"], end="", flush=True)',
          '            elif event in ("conversation.chat.completed", "conversation.chat.requires_action", "error", "done"):',
          '                print(f"\\n{event}", data)',
        ];
  return [
    '    # Server-sent events: an "event:" line, then its "data:" line; iterate them as they arrive.',
    '    response.encoding = "utf-8"',
    '    event = None',
    '    for line in response.iter_lines(decode_unicode=True):',
    '        if line.startswith("event:"):',
    '            event = line[6:].strip()',
    '        elif line.startswith("data:"):',
    '            data = line[5:].strip()',
    ...handle,
  ];
}

/**
 * A Python program that sends the request with `requests`: streams iterated line by line,
 * multipart bodies through `files=`, binary answers written to a file.
 */
export function requestsSample(input: SampleInput): string {
  const { model, endpoint } = input;
  const imports = ['import os'];
  const lines: string[] = [];
  lines.push(`BASE = os.environ.get("${BASE_ENV}", ${cString(model.baseUrl)})`, 'headers = {');
  lines.push(`    "Authorization": "Bearer " + os.environ["${TOKEN_ENV}"],`);
  for (const [name, value] of headersToSend(model)) lines.push(`    ${cString(name)}: ${cString(value)},`);
  lines.push('}');
  const args = ['BASE + ' + cString(pathAndQuery(model)), 'headers=headers'];
  if (model.body.kind === 'json') {
    lines.push(`body = ${pyLiteral(jsonBody(model))}`);
    args.push('json=body');
  } else if (model.body.kind === 'multipart') {
    const parts = sampleParts(input);
    const text = parts.filter((part) => 'value' in part);
    const files = parts.filter((part) => 'path' in part);
    if (text.length) {
      lines.push('data = {');
      for (const part of text) lines.push(`    ${cString(part.name)}: ${cString((part as { value: string }).value)},`);
      lines.push('}');
      args.push('data=data');
    }
    if (files.length) {
      lines.push('files = {');
      for (const part of files)
        lines.push(`    ${cString(part.name)}: open(${cString((part as { path: string }).path)}, "rb"),`);
      lines.push('}');
      args.push('files=files');
    }
  }
  if (model.streams) {
    imports.push('import json');
    args.push('stream=True');
  }
  lines.push('');
  const call = `requests.${model.method.toLowerCase()}(${args.join(', ')})`;
  const status = 'print(response.status_code, "logid", response.headers.get("x-tt-logid"))';
  if (model.streams) {
    lines.push(`with ${call} as response:`, `    ${status}`, ...streamLoop(input));
  } else {
    lines.push(`response = ${call}`, status);
    if (endpoint.responseKind === 'binary') {
      const file = outputFileName(input);
      lines.push(`with open(${cString(file)}, "wb") as output:`, '    output.write(response.content)');
      lines.push(`print(f"wrote {len(response.content)} bytes to ${file}")`);
    } else {
      imports.push('import json');
      lines.push('print(json.dumps(response.json(), indent=2, ensure_ascii=False))');
    }
  }
  return [...imports.sort(), '', 'import requests', '', ...lines].join('\n');
}

/** The requests tab's writer. */
export const writer: SampleWriter = { http: requestsSample };
