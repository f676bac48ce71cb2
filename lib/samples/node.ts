import {
  BASE_ENV,
  jsLiteral,
  jsString,
  pick,
  regionConstant,
  sampleParts,
  TOKEN_ENV,
  without,
  type Json,
  type SampleInput,
} from './shared';

/** One @coze/api call: the code that makes it and prints its result, and the names it imports. */
interface NodeCall {
  readonly imports: readonly string[];
  readonly lines: readonly string[];
  /** Whether the program reads files (multipart uploads). */
  readonly readsFiles?: boolean;
  readonly writesFiles?: boolean;
}

const str = (value: unknown) => jsString(String(value ?? ''));
const obj = (value: Json) => jsLiteral(value);

const PRINT_JSON = 'console.log(JSON.stringify(result, null, 2));';

function simple(call: string, args: readonly string[], returns: 'json' | 'nothing' = 'json'): NodeCall {
  const invoke = `await client.${call}(${args.join(', ')})`;
  return {
    imports: [],
    lines: returns === 'json' ? [`const result = ${invoke};`, PRINT_JSON] : [`${invoke};`, `console.log('ok');`],
  };
}

/** Form values with the multipart file fields read from disk, as @coze/api takes them. */
function withFiles(input: SampleInput): { value: string } {
  const entries: string[] = [];
  for (const part of sampleParts(input)) {
    if ('path' in part) {
      // In Node.js @coze/api sends files through form-data, which takes streams (not Blob or File).
      entries.push(`  ${part.name}: createReadStream(${jsString(part.path)}),`);
    } else
      entries.push(
        `  ${/^[A-Za-z_$][\w$]*$/.test(part.name) ? part.name : jsString(part.name)}: ${jsString(part.value)},`,
      );
  }
  return { value: `{\n${entries.join('\n')}\n}` };
}

function upload(call: string, input: SampleInput, leading: readonly string[] = []): NodeCall {
  const { value } = withFiles(input);
  return {
    imports: [],
    readsFiles: true,
    lines: [`const result = await client.${call}(${[...leading, value].join(', ')});`, PRINT_JSON],
  };
}

const CHAT_DELTAS = [
  '  if (part.event === ChatEventType.CONVERSATION_MESSAGE_DELTA) process.stdout.write(part.data.content);',
];

function chatStream(target: string, request: Json): NodeCall {
  return {
    imports: ['ChatEventType'],
    lines: [
      `const stream = await client.${target}(${obj(request)});`,
      'for await (const part of stream) {',
      ...CHAT_DELTAS,
      "  else if (part.event === ChatEventType.CONVERSATION_CHAT_COMPLETED) console.log('\\ntokens:', part.data.usage?.token_count);",
      "  else if (part.event === ChatEventType.ERROR) console.error('\\nerror:', part.data);",
      '}',
    ],
  };
}

function chatPoll(request: Json): NodeCall {
  return {
    imports: ['ChatStatus'],
    lines: [
      `let chat = await client.chat.create(${obj(request)});`,
      '// Poll until the chat is no longer running, then read its messages.',
      'while (chat.status === ChatStatus.CREATED || chat.status === ChatStatus.IN_PROGRESS) {',
      '  await new Promise((resolve) => setTimeout(resolve, 1000));',
      '  chat = await client.chat.retrieve(chat.conversation_id, chat.id);',
      '}',
      "console.log('status:', chat.status);",
      'const messages = await client.chat.messages.list(chat.conversation_id, chat.id);',
      "for (const message of messages) if (message.type === 'answer') console.log(message.content);",
    ],
  };
}

function chatPlugin(request: Json): NodeCall {
  return {
    imports: ['ChatEventType'],
    lines: [
      '// The end-side plugin: runs here when the bot asks for it.',
      'function runTool(name, args) {',
      "  if (name === 'get_weather') return { city: args.city, temperature: '21°C', condition: 'sunny' };",
      '  return { error: `no local tool named ${name}` };',
      '}',
      '',
      `let stream = await client.chat.stream(${obj(request)});`,
      'for (;;) {',
      '  let waiting;',
      '  for await (const part of stream) {',
      '    if (part.event === ChatEventType.CONVERSATION_MESSAGE_DELTA) process.stdout.write(part.data.content);',
      '    else if (part.event === ChatEventType.CONVERSATION_CHAT_REQUIRES_ACTION) waiting = part.data;',
      "    else if (part.event === ChatEventType.CONVERSATION_CHAT_COMPLETED) console.log('\\ncompleted');",
      '  }',
      '  if (!waiting) break;',
      '  // Run each requested tool, submit its output, and read the stream that continues the chat.',
      '  const tool_outputs = waiting.required_action.submit_tool_outputs.tool_calls.map((call) => {',
      '    console.log(`\\nrunning ${call.function.name}(${call.function.arguments})`);',
      '    return { tool_call_id: call.id, output: JSON.stringify(runTool(call.function.name, JSON.parse(call.function.arguments))) };',
      '  });',
      '  stream = await client.chat.submitToolOutputs({',
      '    conversation_id: waiting.conversation_id,',
      '    chat_id: waiting.id,',
      '    tool_outputs,',
      '    stream: true,',
      '  });',
      '}',
    ],
  };
}

function workflowStream(method: 'stream' | 'resume', request: Json): NodeCall {
  const workflowId = str(request.workflow_id);
  return {
    imports: ['WorkflowEventType'],
    lines: [
      '// What to answer when the workflow stops at a question node; the run then resumes.',
      `const answer = ${jsString(typeof request.resume_data === 'string' ? request.resume_data : 'Beijing')};`,
      '',
      'async function print(stream) {',
      '  for await (const event of stream) {',
      '    if (event.event === WorkflowEventType.MESSAGE) process.stdout.write(event.data.content);',
      "    else if (event.event === WorkflowEventType.ERROR) console.error('\\nerror:', event.data);",
      "    else if (event.event === WorkflowEventType.DONE) console.log('\\ndone');",
      '    else if (event.event === WorkflowEventType.INTERRUPT) {',
      '      const { event_id, type } = event.data.interrupt_data;',
      "      console.log('\\ninterrupted at', event.data.node_title, 'answering', answer);",
      '      await print(',
      '        await client.workflows.runs.resume({',
      `          workflow_id: ${workflowId},`,
      '          event_id,',
      '          resume_data: answer,',
      '          interrupt_type: type,',
      '        }),',
      '      );',
      '    }',
      '  }',
      '}',
      '',
      `await print(await client.workflows.runs.${method}(${obj(method === 'resume' ? request : without(request, 'is_async'))}));`,
    ],
  };
}

/** How each endpoint is called with @coze/api, by endpoint id; absent ids have no call in the SDK. */
const CALLS: Readonly<Record<string, (input: SampleInput) => NodeCall>> = {
  'create-chat': (input) => {
    const request = { ...without(input.body, 'stream'), ...pick(input.query, 'conversation_id') };
    if (input.variant === 'non-streaming') return chatPoll({ ...request, auto_save_history: true });
    if (input.variant === 'plugin') return chatPlugin(request);
    return chatStream('chat.stream', request);
  },
  'submit-tool-outputs': ({ query, body }) => {
    const request = { ...pick(query, 'conversation_id', 'chat_id'), ...body };
    if (body.stream === true)
      return {
        imports: ['ChatEventType'],
        lines: [
          `const stream = await client.chat.submitToolOutputs(${obj(request)});`,
          'for await (const part of stream) {',
          ...CHAT_DELTAS,
          "  else if (part.event === ChatEventType.CONVERSATION_CHAT_COMPLETED) console.log('\\ncompleted');",
          '}',
        ],
      };
    return {
      imports: [],
      lines: [
        '// Without streaming, the chat is the return value of the generator.',
        `const { value: chat } = await client.chat.submitToolOutputs(${obj({ ...request, stream: false })}).next();`,
        "console.log('status:', chat?.status);",
      ],
    };
  },
  'retrieve-chat': ({ query }) => simple('chat.retrieve', [str(query.conversation_id), str(query.chat_id)]),
  'list-chat-messages': ({ query }) => simple('chat.messages.list', [str(query.conversation_id), str(query.chat_id)]),
  'cancel-chat': ({ body }) => simple('chat.cancel', [str(body.conversation_id), str(body.chat_id)]),
  'run-workflow': ({ body }) => ({
    imports: [],
    lines: [`const result = await client.workflows.runs.create(${obj(body)});`, 'console.log(result.data);'],
  }),
  'stream-run-workflow': ({ body }) => workflowStream('stream', body),
  'stream-resume-workflow': ({ body }) => workflowStream('resume', body),
  'retrieve-workflow-run-history': ({ path }) =>
    simple('workflows.runs.history', [str(path.workflow_id), str(path.execute_id)]),
  'run-chatflow': ({ body, query }) =>
    chatStream('workflows.chat.stream', { ...body, ...pick(query, 'conversation_id') }),
  'create-conversation': ({ body }) => simple('conversations.create', [obj(body)]),
  'retrieve-conversation': ({ query }) => simple('conversations.retrieve', [str(query.conversation_id)]),
  'list-conversations': ({ query }) => simple('conversations.list', [obj(query)]),
  'clear-conversation-context': ({ path }) => simple('conversations.clear', [str(path.conversation_id)]),
  'create-message': ({ query, body }) =>
    simple('conversations.messages.create', [str(query.conversation_id), obj(body)]),
  'list-messages': ({ query, body }) => simple('conversations.messages.list', [str(query.conversation_id), obj(body)]),
  'retrieve-message': ({ query }) =>
    simple('conversations.messages.retrieve', [str(query.conversation_id), str(query.message_id)]),
  'update-message': ({ query, body }) =>
    simple('conversations.messages.update', [str(query.conversation_id), str(query.message_id), obj(body)]),
  'delete-message': ({ query }) =>
    simple('conversations.messages.delete', [str(query.conversation_id), str(query.message_id)]),
  'create-bot': ({ body }) => simple('bots.create', [obj(body)]),
  'update-bot': ({ body }) => simple('bots.update', [obj(body)], 'nothing'),
  'publish-bot': ({ body }) => simple('bots.publish', [obj(body)], 'nothing'),
  'list-bots': ({ query }) => simple('bots.listNew', [obj(query)]),
  'retrieve-bot': ({ path, query }) => simple('bots.retrieveNew', [str(path.bot_id), obj(query)]),
  'deprecated-published-bots-list': ({ query }) => simple('bots.list', [obj(query)]),
  'deprecated-bot-get-online-info': ({ query }) => simple('bots.retrieve', [obj(query)]),
  'list-workspaces': ({ query }) => simple('workspaces.list', [obj(query)]),
  'upload-file': (input) => upload('files.upload', input),
  'retrieve-file': ({ query }) => simple('files.retrieve', [str(query.file_id)]),
  'audio-voices-list': ({ query }) => simple('audio.voices.list', [obj(query)]),
  'audio-voices-clone': (input) => upload('audio.voices.clone', input),
  'audio-speech-create': ({ body }) => ({
    imports: [],
    writesFiles: true,
    lines: [
      `const audio = await client.audio.speech.create(${obj(body)});`,
      `const file = ${jsString(`output.${typeof body.response_format === 'string' && /^\w+$/.test(body.response_format) ? body.response_format : 'mp3'}`)};`,
      'await writeFile(file, Buffer.from(audio));',
      'console.log(`wrote ${audio.byteLength} bytes to ${file}`);',
    ],
  }),
  'audio-transcriptions-create': (input) => upload('audio.transcriptions.create', input),
  'audio-rooms-create': ({ body }) => simple('audio.rooms.create', [obj(body)]),
  'voiceprint-groups-create': ({ body }) => simple('audio.voiceprintGroups.create', [obj(body)]),
  'voiceprint-groups-list': ({ query }) => simple('audio.voiceprintGroups.list', [obj(query)]),
  'voiceprint-groups-update': ({ path, body }) =>
    simple('audio.voiceprintGroups.update', [str(path.group_id), obj(body)], 'nothing'),
  'voiceprint-groups-delete': ({ path }) => simple('audio.voiceprintGroups.delete', [str(path.group_id)], 'nothing'),
  'voiceprint-features-create': (input) =>
    upload('audio.voiceprintGroups.features.create', input, [str(input.path.group_id)]),
  'voiceprint-features-update': (input) =>
    upload('audio.voiceprintGroups.features.update', input, [str(input.path.group_id), str(input.path.feature_id)]),
  'voiceprint-features-list': ({ path, query }) =>
    simple('audio.voiceprintGroups.features.list', [str(path.group_id), obj(query)]),
  'voiceprint-features-delete': ({ path }) =>
    simple('audio.voiceprintGroups.features.delete', [str(path.group_id), str(path.feature_id)], 'nothing'),
  'voiceprint-speaker-identify': (input) =>
    upload('audio.voiceprintGroups.features.speakerIdentify', input, [str(input.path.group_id)]),
  'datasets-create': ({ body }) => simple('datasets.create', [obj(body)]),
  'datasets-list': ({ query }) => simple('datasets.list', [obj(query)]),
  'datasets-update': ({ path, body }) => simple('datasets.update', [str(path.dataset_id), obj(body)], 'nothing'),
  'datasets-delete': ({ path }) => simple('datasets.delete', [str(path.dataset_id)], 'nothing'),
  'datasets-process': ({ path, body }) => simple('datasets.process', [str(path.dataset_id), obj(body)]),
  'knowledge-documents-create': ({ body }) => simple('datasets.documents.create', [obj(body)]),
  'knowledge-documents-update': ({ body }) => simple('datasets.documents.update', [obj(body)], 'nothing'),
  'knowledge-documents-list': ({ body }) => simple('datasets.documents.list', [obj(body)]),
  'knowledge-documents-delete': ({ body }) => simple('datasets.documents.delete', [obj(body)], 'nothing'),
  'datasets-images-update': ({ path, body }) =>
    simple('datasets.images.update', [str(path.dataset_id), str(path.document_id), obj(body)], 'nothing'),
  'datasets-images-list': ({ path, query }) => simple('datasets.images.list', [str(path.dataset_id), obj(query)]),
  'variables-update': ({ body }) => simple('variables.update', [obj(body)], 'nothing'),
  'variables-retrieve': ({ query }) => simple('variables.retrieve', [obj(query)]),
};

/** Whether @coze/api has a call for this endpoint that the samples write. */
export function hasNodeCall(endpointId: string): boolean {
  return endpointId in CALLS;
}

/** A Node.js program calling the endpoint with @coze/api's `CozeAPI` client. */
export function nodeSample(input: SampleInput): string {
  const call = CALLS[input.endpoint.id]!(input);
  const region = regionConstant(input.model);
  const constant = region ? `COZE_${region}_BASE_URL` : undefined;
  const names = ['CozeAPI', ...(constant ? [constant] : []), ...call.imports];
  const lines: string[] = [];
  if (call.readsFiles) lines.push(`import { createReadStream } from 'node:fs';`);
  if (call.writesFiles) lines.push(`import { writeFile } from 'node:fs/promises';`);
  lines.push(`import { ${names.join(', ')} } from '@coze/api';`, '');
  const base = constant ?? jsString(input.model.baseUrl);
  lines.push(
    'const client = new CozeAPI({',
    `  token: process.env.${TOKEN_ENV},`,
    `  baseURL: process.env.${BASE_ENV} ?? ${base},`,
    '});',
    '',
    ...call.lines,
  );
  return lines.join('\n');
}
