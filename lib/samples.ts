import type { Endpoint } from '../catalog/types';
import { pruneValue, type RequestModel } from './request-model';
import type { RequestValues } from './validate-request';

/** The languages samples are written in. */
export type SampleLanguage = 'curl' | 'fetch' | 'python' | 'node';

/** Tab labels, in tab order. */
export const SAMPLE_LABELS: Readonly<Record<SampleLanguage, string>> = {
  curl: 'curl',
  fetch: 'JavaScript fetch',
  python: 'Python (cozepy)',
  node: 'Node.js (@coze/api)',
};

/** One sample program. */
export interface Sample {
  readonly language: SampleLanguage;
  readonly label: string;
  readonly code: string;
}

/** The environment variable every sample reads the token from; no sample ever holds a token. */
export const TOKEN_ENV = 'COZE_API_TOKEN';

type Json = Record<string, unknown>;

/** The pruned values of each location, as an SDK call takes them. */
interface Params {
  readonly path: Json;
  readonly query: Json;
  readonly body: Json;
}

// ---------------------------------------------------------------- literals

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function jsString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
}

function indentAfterFirst(text: string, indent: string): string {
  return text.replace(/\n/g, `\n${indent}`);
}

/** A JavaScript literal: JSON with identifier keys unquoted and single-quoted strings. */
function jsLiteral(value: unknown, indent = ''): string {
  const json = JSON.stringify(value, null, 2) ?? 'undefined';
  const js = json.replace(/"(?:[^"\\]|\\.)*"(:?)/g, (token, colon: string) => {
    const text = JSON.parse(colon ? token.slice(0, -1) : token) as string;
    if (colon) return /^[A-Za-z_$][\w$]*$/.test(text) ? `${text}:` : `${jsString(text)}:`;
    return jsString(text);
  });
  return indentAfterFirst(js, indent);
}

/** A Python literal: JSON with True, False and None. */
function pyLiteral(value: unknown, indent = ''): string {
  const json = JSON.stringify(value, null, 4) ?? 'None';
  const py = json.replace(/"(?:[^"\\]|\\.)*"|\btrue\b|\bfalse\b|\bnull\b/g, (token) =>
    token === 'true' ? 'True' : token === 'false' ? 'False' : token === 'null' ? 'None' : token,
  );
  return indentAfterFirst(py, indent);
}

// ---------------------------------------------------------------- curl and fetch

function responseFileName(params: Params): string {
  const format = params.body.response_format;
  return `output.${typeof format === 'string' && /^\w+$/.test(format) ? format : 'bin'}`;
}

/** Headers a sample sends as they are: all but Authorization, which each language writes itself. */
function plainHeaders(model: RequestModel): (readonly [string, string])[] {
  return model.headers.filter(([name]) => name.toLowerCase() !== 'authorization');
}

function curlSample(endpoint: Endpoint, model: RequestModel, params: Params): string {
  const first = ['curl'];
  if (model.streams) first.push('-N');
  if (model.method !== 'GET') first.push('-X', model.method);
  first.push(shellQuote(model.upstreamUrl));
  const lines = [first.join(' '), `-H "Authorization: Bearer $${TOKEN_ENV}"`];
  for (const [name, value] of plainHeaders(model)) lines.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  if (model.body.kind === 'json') lines.push(`-d ${shellQuote(model.body.text)}`);
  if (model.body.kind === 'multipart') {
    for (const part of model.body.parts) {
      lines.push(
        `-F ${shellQuote(part.value !== undefined ? `${part.name}=${part.value}` : `${part.name}=@${part.fileName ?? 'path/to/file'}`)}`,
      );
    }
  }
  if (endpoint.responseKind === 'binary') lines.push(`-o ${responseFileName(params)}`);
  return lines.join(' \\\n  ');
}

function fetchStreamLoop(endpoint: Endpoint): string[] {
  const handle =
    endpoint.streaming?.assemble === 'workflow'
      ? [
          `    if (event === 'Message') process.stdout.write(JSON.parse(data).content);`,
          `    else if (event !== 'PING') console.log(\`\\n\${event}\`, data);`,
        ]
      : [
          `    if (event === 'conversation.message.delta') {`,
          `      const message = JSON.parse(data);`,
          `      if (message.type === 'answer') process.stdout.write(message.content);`,
          `    } else if (event === 'conversation.chat.completed' || event === 'error') {`,
          `      console.log(\`\\n\${event}\`, data);`,
          `    }`,
        ];
  return [
    '',
    '// Read the event stream as it arrives: events end with a blank line.',
    `const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();`,
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

function fetchSample(endpoint: Endpoint, model: RequestModel, params: Params): string {
  const imports: string[] = [];
  const before: string[] = [];
  const options = [
    `  method: '${model.method}',`,
    '  headers: {',
    `    Authorization: \`Bearer \${process.env.${TOKEN_ENV}}\`,`,
  ];
  for (const [name, value] of plainHeaders(model))
    options.push(`    ${jsLiteral(name).replace(/^'([A-Za-z_$][\w$]*)'$/, '$1')}: ${jsString(value)},`);
  options.push('  },');
  if (model.body.kind === 'json') {
    options.push(`  body: JSON.stringify(${jsLiteral(JSON.parse(model.body.text), '  ')}),`);
  } else if (model.body.kind === 'multipart') {
    imports.push(`import { openAsBlob } from 'node:fs';`);
    before.push('const form = new FormData();');
    for (const part of model.body.parts) {
      if (part.value !== undefined) before.push(`form.append(${jsString(part.name)}, ${jsString(part.value)});`);
      else {
        const file = part.fileName ?? 'path/to/file';
        before.push(`form.append(${jsString(part.name)}, await openAsBlob(${jsString(file)}), ${jsString(file)});`);
      }
    }
    options.push('  body: form,');
  }
  const lines = [...imports];
  if (endpoint.responseKind === 'binary') lines.push(`import { writeFile } from 'node:fs/promises';`);
  if (lines.length) lines.push('');
  if (before.length) lines.push(...before, '');
  lines.push(
    `const response = await fetch(${jsString(model.upstreamUrl)}, {`,
    ...options,
    '});',
    `console.log(response.status, 'logid', response.headers.get('x-tt-logid'));`,
  );
  if (model.streams) lines.push(...fetchStreamLoop(endpoint));
  else if (endpoint.responseKind === 'binary')
    lines.push(`await writeFile(${jsString(responseFileName(params))}, Buffer.from(await response.arrayBuffer()));`);
  else lines.push('console.log(JSON.stringify(await response.json(), null, 2));');
  return lines.join('\n');
}

// ---------------------------------------------------------------- SDKs

/** The base URL expression of a sample's client, and the constant it imports, if any. */
function baseUrlOf(model: RequestModel): { expression: string; constant?: string } {
  if (model.region === 'cn') return { expression: 'COZE_CN_BASE_URL', constant: 'COZE_CN_BASE_URL' };
  if (model.region === 'com') return { expression: 'COZE_COM_BASE_URL', constant: 'COZE_COM_BASE_URL' };
  return { expression: '' };
}

function without(record: Json, ...keys: string[]): Json {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

/** How one endpoint is called with @coze/api: the call, and what to do with its result. */
function nodeCall(
  endpoint: Endpoint,
  params: Params,
  streams: boolean,
): { call: string; imports: string[]; then: string[] } | undefined {
  const { path, query, body } = params;
  const arg = (value: Json) => jsLiteral(value);
  const str = (value: unknown) => jsString(String(value ?? ''));
  const chatLoop = [
    'for await (const part of stream) {',
    '  if (part.event === ChatEventType.CONVERSATION_MESSAGE_DELTA) process.stdout.write(part.data.content);',
    "  else if (part.event === ChatEventType.CONVERSATION_CHAT_COMPLETED) console.log('\\ntokens:', part.data.usage?.token_count);",
    '}',
  ];
  switch (endpoint.id) {
    case 'create-chat': {
      const request = {
        ...without(body, 'stream'),
        ...(query.conversation_id ? { conversation_id: query.conversation_id } : {}),
      };
      if (streams)
        return {
          call: `const stream = client.chat.stream(${arg(request)});`,
          imports: ['ChatEventType'],
          then: chatLoop,
        };
      return {
        call: `const chat = await client.chat.create(${arg(request)});`,
        imports: [],
        then: [
          'console.log(chat.id, chat.status); // poll client.chat.retrieve(chat.conversation_id, chat.id) until it completes',
        ],
      };
    }
    case 'submit-tool-outputs': {
      const request = { conversation_id: query.conversation_id, chat_id: query.chat_id, ...body, stream: streams };
      if (streams)
        return {
          call: `const stream = client.chat.submitToolOutputs(${arg(request)});`,
          imports: ['ChatEventType'],
          then: chatLoop,
        };
      return {
        call: `const result = await client.chat.submitToolOutputs(${arg(request)}).next();`,
        imports: [],
        then: ['console.log(result.value);'],
      };
    }
    case 'retrieve-chat':
      return {
        call: `const chat = await client.chat.retrieve(${str(query.conversation_id)}, ${str(query.chat_id)});`,
        imports: [],
        then: ['console.log(chat.status, chat.usage);'],
      };
    case 'list-chat-messages':
      return {
        call: `const messages = await client.chat.messages.list(${str(query.conversation_id)}, ${str(query.chat_id)});`,
        imports: [],
        then: ['for (const message of messages) console.log(message.role, message.type, message.content);'],
      };
    case 'cancel-chat':
      return {
        call: `const chat = await client.chat.cancel(${str(body.conversation_id)}, ${str(body.chat_id)});`,
        imports: [],
        then: ['console.log(chat.status);'],
      };
    case 'run-workflow':
      return {
        call: `const result = await client.workflows.runs.create(${arg(body)});`,
        imports: [],
        then: ['console.log(result.data, result.debug_url);'],
      };
    case 'stream-run-workflow':
    case 'stream-resume-workflow': {
      const method = endpoint.id === 'stream-run-workflow' ? 'stream' : 'resume';
      return {
        call: `const stream = client.workflows.runs.${method}(${arg(body)});`,
        imports: ['WorkflowEventType'],
        then: [
          'for await (const event of stream) {',
          '  if (event.event === WorkflowEventType.MESSAGE) process.stdout.write(event.data.content);',
          "  else if (event.event === WorkflowEventType.INTERRUPT) console.log('\\ninterrupted:', event.data.interrupt_data);",
          "  else if (event.event === WorkflowEventType.ERROR) console.error('\\nerror:', event.data);",
          '}',
        ],
      };
    }
    case 'retrieve-workflow-run-history':
      return {
        call: `const runs = await client.workflows.runs.history(${str(path.workflow_id)}, ${str(path.execute_id)});`,
        imports: [],
        then: ['console.log(runs[0]?.execute_status, runs[0]?.output);'],
      };
    case 'run-chatflow': {
      const request = { ...body, ...(query.conversation_id ? { conversation_id: query.conversation_id } : {}) };
      return {
        call: `const stream = client.workflows.chat.stream(${arg(request)});`,
        imports: ['ChatEventType'],
        then: chatLoop,
      };
    }
    default:
      return undefined;
  }
}

function nodeSample(endpoint: Endpoint, model: RequestModel, params: Params): string {
  const call = nodeCall(endpoint, params, model.streams)!;
  const base = baseUrlOf(model);
  const names = ['CozeAPI', ...(base.constant ? [base.constant] : []), ...call.imports];
  return [
    `import { ${names.join(', ')} } from '@coze/api';`,
    '',
    `const client = new CozeAPI({ token: process.env.${TOKEN_ENV}, baseURL: ${base.constant ? base.expression : jsString(model.baseUrl)} });`,
    '',
    call.call,
    ...call.then,
  ].join('\n');
}

function pyKwargs(args: Json, raw: Readonly<Record<string, string>> = {}): string {
  const entries = Object.entries(args).filter(([, value]) => value !== undefined);
  if (entries.length === 0) return '';
  const lines = entries.map(([key, value]) => `    ${key}=${raw[key] ?? pyLiteral(value, '    ')},`);
  return `\n${lines.join('\n')}\n`;
}

function pyMessage(message: unknown): string {
  const m = (message ?? {}) as Json;
  const content = typeof m.content === 'string' ? m.content : '';
  const simple = m.content_type === 'text' && m.meta_data === undefined;
  if (simple && m.role === 'user' && (m.type === undefined || m.type === 'question'))
    return `Message.build_user_question_text(${JSON.stringify(content)})`;
  if (simple && m.role === 'assistant' && (m.type === undefined || m.type === 'answer'))
    return `Message.build_assistant_answer(${JSON.stringify(content)})`;
  const fields = Object.entries(m).map(([key, value]) => `${key}=${pyLiteral(value, '        ')}`);
  return `Message(${fields.join(', ')})`;
}

/** How one endpoint is called with cozepy. */
function pythonCall(
  endpoint: Endpoint,
  params: Params,
  streams: boolean,
): { call: string; imports: string[]; then: string[]; note?: string } | undefined {
  const { path, query, body } = params;
  const chatLoop = [
    'for event in stream:',
    '    if event.event == ChatEventType.CONVERSATION_MESSAGE_DELTA:',
    '        print(event.message.content, end="", flush=True)',
    '    elif event.event == ChatEventType.CONVERSATION_CHAT_COMPLETED:',
    '        print("\\ntokens:", event.chat.usage.token_count)',
  ];
  const messages = (list: unknown) =>
    Array.isArray(list) ? `[\n${list.map((message) => `        ${pyMessage(message)},`).join('\n')}\n    ]` : undefined;
  switch (endpoint.id) {
    case 'create-chat':
    case 'run-chatflow': {
      const unsupported =
        endpoint.id === 'create-chat' ? ['publish_status', 'bot_version', 'shortcut_command', 'extra_params'] : [];
      const omitted = unsupported.filter((key) => key in body);
      const args = {
        ...without(body, 'stream', ...unsupported),
        ...(query.conversation_id ? { conversation_id: query.conversation_id } : {}),
      };
      const raw: Record<string, string> = {};
      const list = messages(body.additional_messages);
      if (list) raw.additional_messages = list;
      const imports = list ? ['Message'] : [];
      const note = omitted.length
        ? `# cozepy takes no argument for ${omitted.join(', ')}; use curl or fetch to send them.`
        : undefined;
      const target = endpoint.id === 'create-chat' ? 'coze.chat' : 'coze.workflows.chat';
      if (streams)
        return {
          call: `stream = ${target}.stream(${pyKwargs(args, raw)})`,
          imports: ['ChatEventType', ...imports],
          then: chatLoop,
          ...(note ? { note } : {}),
        };
      return {
        call: `chat = coze.chat.create(${pyKwargs(args, raw)})`,
        imports,
        then: [
          'print(chat.id, chat.status)  # poll coze.chat.retrieve(...) until it completes, or use coze.chat.create_and_poll(...)',
        ],
        ...(note ? { note } : {}),
      };
    }
    case 'submit-tool-outputs': {
      const outputs = Array.isArray(body.tool_outputs) ? body.tool_outputs : [];
      const list = `[\n${outputs
        .map((output) => {
          const o = (output ?? {}) as Json;
          return `        ToolOutput(tool_call_id=${JSON.stringify(String(o.tool_call_id ?? ''))}, output=${JSON.stringify(String(o.output ?? ''))}),`;
        })
        .join('\n')}\n    ]`;
      const args = {
        conversation_id: query.conversation_id,
        chat_id: query.chat_id,
        tool_outputs: [],
        stream: streams,
      };
      const call = pyKwargs(args, { tool_outputs: list });
      if (streams)
        return {
          call: `stream = coze.chat.submit_tool_outputs(${call})`,
          imports: ['ChatEventType', 'ToolOutput'],
          then: chatLoop,
        };
      return {
        call: `chat = coze.chat.submit_tool_outputs(${call})`,
        imports: ['ToolOutput'],
        then: ['print(chat.status)'],
      };
    }
    case 'retrieve-chat':
      return {
        call: `chat = coze.chat.retrieve(${pyKwargs({ conversation_id: query.conversation_id, chat_id: query.chat_id })})`,
        imports: [],
        then: ['print(chat.status, chat.usage)'],
      };
    case 'list-chat-messages':
      return {
        call: `messages = coze.chat.messages.list(${pyKwargs({ conversation_id: query.conversation_id, chat_id: query.chat_id })})`,
        imports: [],
        then: ['for message in messages:', '    print(message.role, message.type, message.content)'],
      };
    case 'cancel-chat':
      return {
        call: `chat = coze.chat.cancel(${pyKwargs({ conversation_id: body.conversation_id, chat_id: body.chat_id })})`,
        imports: [],
        then: ['print(chat.status)'],
      };
    case 'run-workflow':
      return {
        call: `result = coze.workflows.runs.create(${pyKwargs(body)})`,
        imports: [],
        then: ['print(result.data, result.debug_url)'],
      };
    case 'stream-run-workflow':
    case 'stream-resume-workflow': {
      const method = endpoint.id === 'stream-run-workflow' ? 'stream' : 'resume';
      return {
        call: `stream = coze.workflows.runs.${method}(${pyKwargs(body)})`,
        imports: ['WorkflowEventType'],
        then: [
          'for event in stream:',
          '    if event.event == WorkflowEventType.MESSAGE:',
          '        print(event.message.content, end="", flush=True)',
          '    elif event.event == WorkflowEventType.INTERRUPT:',
          '        print("\\ninterrupted:", event.interrupt.interrupt_data.event_id, event.interrupt.interrupt_data.type)',
          '    elif event.event == WorkflowEventType.ERROR:',
          '        print("\\nerror:", event.error)',
        ],
      };
    }
    case 'retrieve-workflow-run-history':
      return {
        call: `run = coze.workflows.runs.run_histories.retrieve(${pyKwargs({ workflow_id: path.workflow_id, execute_id: path.execute_id })})`,
        imports: [],
        then: ['print(run.execute_status, run.output)'],
      };
    case 'retrieve-workflow-node-output':
      return {
        call: `node = coze.workflows.runs.run_histories.execute_nodes.retrieve(${pyKwargs({ workflow_id: path.workflow_id, execute_id: path.execute_id, node_execute_uuid: path.node_execute_uuid })})`,
        imports: [],
        then: ['print(node.is_finish, node.node_output)'],
      };
    default:
      return undefined;
  }
}

function pythonSample(endpoint: Endpoint, model: RequestModel, params: Params): string {
  const call = pythonCall(endpoint, params, model.streams)!;
  const base = baseUrlOf(model);
  const names = [...(base.constant ? [base.constant] : []), 'Coze', 'TokenAuth', ...call.imports].sort();
  return [
    'import os',
    '',
    `from cozepy import ${names.join(', ')}`,
    '',
    `coze = Coze(auth=TokenAuth(os.getenv("${TOKEN_ENV}")), base_url=${base.constant ? base.expression : JSON.stringify(model.baseUrl)})`,
    '',
    ...(call.note ? [call.note] : []),
    call.call,
    ...call.then,
  ].join('\n');
}

// ---------------------------------------------------------------- entry points

function paramsOf(endpoint: Endpoint, values: RequestValues): Params {
  const location = (name: 'path' | 'query' | 'body') =>
    (pruneValue(endpoint.params[name], values[name] ?? {}) ?? {}) as Json;
  return { path: location('path'), query: location('query'), body: location('body') };
}

const EMPTY: Params = { path: {}, query: {}, body: {} };

/**
 * The languages an endpoint has samples in: curl and fetch always; the SDKs for the chat and
 * workflow calls they implement.
 */
export function sampleLanguages(endpoint: Endpoint): SampleLanguage[] {
  const languages: SampleLanguage[] = ['curl', 'fetch'];
  if (pythonCall(endpoint, EMPTY, false)) languages.push('python');
  if (nodeCall(endpoint, EMPTY, false)) languages.push('node');
  return languages;
}

/**
 * The sample programs for one request, built from the same model Run sends. The token is never
 * written: every sample reads it from the COZE_API_TOKEN environment variable.
 * @example buildSamples(createChat, model, values).map((s) => s.language) // ['curl', 'fetch', 'python', 'node']
 */
export function buildSamples(endpoint: Endpoint, model: RequestModel, values: RequestValues): Sample[] {
  const params = paramsOf(endpoint, values);
  const write = { curl: curlSample, fetch: fetchSample, python: pythonSample, node: nodeSample } as const;
  return sampleLanguages(endpoint).map((language) => ({
    language,
    label: SAMPLE_LABELS[language],
    code: write[language](endpoint, model, params),
  }));
}
