import {
  BASE_ENV,
  headersToSend,
  jsLiteral,
  jsonBody,
  jsString,
  outputFileName,
  pathAndQuery,
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
          `    if (event === 'Message') process.stdout.write(JSON.parse(data).content);`,
          `    else if (event !== 'PING') console.log(\`\\n\${event}\`, data);`,
        ]
      : [
          `    if (event === 'conversation.message.delta') {`,
          `      const message = JSON.parse(data);`,
          `      if (message.type === 'answer') process.stdout.write(message.content);`,
          `    } else if (['conversation.chat.completed', 'conversation.chat.requires_action', 'error', 'done'].includes(event)) {`,
          `      console.log(\`\\n\${event}\`, data);`,
          `    }`,
        ];
  return [
    '',
    '// Read the event stream as it arrives: events end with a blank line.',
    'const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();',
    `let buffer = '';`,
    'for (;;) {',
    '  const { done, value } = await reader.read();',
    '  if (done) break;',
    '  buffer += value;',
    `  for (let end = buffer.indexOf('\\n\\n'); end !== -1; end = buffer.indexOf('\\n\\n')) {`,
    '    const frame = buffer.slice(0, end);',
    '    buffer = buffer.slice(end + 2);',
    `    const event = /^event:\\s*(.*)$/m.exec(frame)?.[1];`,
    `    const data = frame.split('\\n').filter((line) => line.startsWith('data:')).map((line) => line.slice(5).trim()).join('\\n');`,
    ...handle,
    '  }',
    '}',
  ];
}

/**
 * A Node.js program (ES module, top-level await) that sends the request with fetch: streams read
 * incrementally, files from disk with `openAsBlob`, binary answers written to a file.
 */
export function fetchSample(input: SampleInput): string {
  const { model, endpoint } = input;
  const imports: string[] = [];
  const before: string[] = [];
  const options = [
    `  method: '${model.method}',`,
    '  headers: {',
    `    Authorization: \`Bearer \${process.env.${TOKEN_ENV}}\`,`,
  ];
  for (const [name, value] of headersToSend(model))
    options.push(`    ${/^[A-Za-z_$][\w$]*$/.test(name) ? name : jsString(name)}: ${jsString(value)},`);
  options.push('  },');
  if (model.body.kind === 'json') {
    options.push(`  body: JSON.stringify(${jsLiteral(jsonBody(model), '  ')}, null, 2),`);
  } else if (model.body.kind === 'multipart') {
    const parts = sampleParts(input);
    if (parts.some((part) => 'path' in part)) imports.push(`import { openAsBlob } from 'node:fs';`);
    before.push('const form = new FormData();');
    for (const part of parts) {
      if ('value' in part) before.push(`form.append(${jsString(part.name)}, ${jsString(part.value)});`);
      else
        before.push(
          `form.append(${jsString(part.name)}, await openAsBlob(${jsString(part.path)}), ${jsString(part.path.split('/').pop()!)});`,
        );
    }
    options.push('  body: form,');
  }
  if (endpoint.responseKind === 'binary') imports.push(`import { writeFile } from 'node:fs/promises';`);
  const lines = [...imports];
  if (lines.length) lines.push('');
  lines.push(
    `// ${BASE_ENV}, when set, sends the same request to another server (a local one, say).`,
    `const url = process.env.${BASE_ENV}`,
    `  ? \`\${process.env.${BASE_ENV}}${pathAndQuery(model)}\``,
    `  : ${jsString(model.upstreamUrl)};`,
    '',
  );
  if (before.length) lines.push(...before, '');
  lines.push(
    'const response = await fetch(url, {',
    ...options,
    '});',
    `console.log(response.status, 'logid', response.headers.get('x-tt-logid'));`,
  );
  if (model.streams) lines.push(...streamLoop(input));
  else if (endpoint.responseKind === 'binary') {
    const file = outputFileName(input);
    lines.push(
      'const bytes = Buffer.from(await response.arrayBuffer());',
      `await writeFile(${jsString(file)}, bytes);`,
      `console.log(\`wrote \${bytes.length} bytes to ${file}\`);`,
    );
  } else lines.push('console.log(JSON.stringify(await response.json(), null, 2));');
  return lines.join('\n');
}

/** The fetch tab's writer. */
export const writer: SampleWriter = { http: fetchSample };
