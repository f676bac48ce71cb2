import { jsLiteral, jsString, pick, sampleParts, TOKEN_ENV, without, type Json, type SampleInput } from '../shared';
import type { FullSdkCallTable, SdkCallTable } from '../../endpoint-table';

/** One @coze/api call: the code that makes it and prints its result, and the names it imports. */
export interface NodeCall {
  readonly imports: readonly string[];
  readonly lines: readonly string[];
  /** Whole import lines from Node's own modules: reading uploads or a key, writing answers. */
  readonly nodeImports?: readonly string[];
  /** Set for the OAuth helpers: functions taking `baseURL`, called before there is a token for a client. */
  readonly withoutClient?: boolean;
}

const READ_STREAM = `import { createReadStream } from 'node:fs';`;
const READ_FILE = `import { readFileSync } from 'node:fs';`;
const WRITE_FILE = `import { writeFile } from 'node:fs/promises';`;

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
    nodeImports: [READ_STREAM],
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

// ---------------------------------------------------------------- OAuth helpers

/**
 * Where the OAuth samples read what the user must keep secret. The form's own values of these
 * (a refresh token, a code verifier) are never written into a sample, nor the token Run sends.
 */
export const OAUTH_ENV = {
  clientSecret: 'COZE_CLIENT_SECRET',
  codeVerifier: 'COZE_CODE_VERIFIER',
  refreshToken: 'COZE_REFRESH_TOKEN',
  /** The JWT app's id and key fingerprint: the JWT form has no field for either. */
  clientId: 'COZE_CLIENT_ID',
  publicKeyId: 'COZE_PUBLIC_KEY_ID',
  /** The path of the private key file Coze downloads when the key is created. */
  privateKeyFile: 'COZE_PRIVATE_KEY_FILE',
} as const;

const env = (name: string) => `process.env.${name}`;

/** What to do with the answer: its access_token is the token every other sample reads. */
const tokenNote = (then: string) => `// access_token is what the API samples read from ${TOKEN_ENV}; ${then}.`;

const USER_TOKEN_NOTE = tokenNote('refresh_token renews it (oauth-token-refresh)');

/** One OAuth helper call: `baseURL` and the given config entries, then the answer printed. */
function oauthCall(
  helper: string,
  config: readonly (readonly [string, string | undefined])[],
  before: readonly string[],
  after: readonly string[],
  nodeImports: readonly string[] = [],
): NodeCall {
  const entries = config.filter((entry): entry is readonly [string, string] => entry[1] !== undefined);
  return {
    imports: [helper],
    withoutClient: true,
    nodeImports,
    lines: [
      ...before,
      `const result = await ${helper}({`,
      '  baseURL,',
      ...entries.map(([key, value]) => `  ${key}: ${value},`),
      '});',
      ...after,
      PRINT_JSON,
    ],
  };
}

/** A code exchange: the redirect's code, proven by a client secret (web apps) or a code verifier (PKCE). */
function codeExchange(
  helper: string,
  body: Json,
  [proof, proofEnv]: readonly [string, string],
  before: readonly string[],
): NodeCall {
  return oauthCall(
    helper,
    [
      ['clientId', str(body.client_id)],
      ['redirectUrl', str(body.redirect_uri)],
      ['code', str(body.code)],
      [proof, env(proofEnv)],
    ],
    before,
    [USER_TOKEN_NOTE],
  );
}

/** The JWT `aud`: the API host of the region; the sandbox accepts either and is given api.coze.cn. */
function audience(input: SampleInput): string {
  return input.model.region === 'com' ? 'api.coze.com' : 'api.coze.cn';
}

/** The @coze/api OAuth helper for each token call (coze-js src/auth.ts), by endpoint id. */
const OAUTH_CALLS = {
  'oauth-device-code': ({ body }) =>
    oauthCall(
      'getDeviceCode',
      [['clientId', str(body.client_id)]],
      [],
      [
        '// Show user_code and verification_uri to the user, then poll getDeviceToken with device_code',
        `// (oauth-token-device): its access_token is what the API samples read from ${TOKEN_ENV}.`,
      ],
    ),
  'oauth-token-device': ({ body }) =>
    oauthCall(
      'getDeviceToken',
      [
        ['clientId', str(body.client_id)],
        ['deviceCode', str(body.device_code)],
        ['poll', 'true'],
      ],
      ['// poll: true asks again, every interval, while the user has not yet entered the code.'],
      [USER_TOKEN_NOTE],
    ),
  'oauth-token-authorization-code': ({ body }) =>
    codeExchange(
      'getWebOAuthToken',
      body,
      ['clientSecret', OAUTH_ENV.clientSecret],
      [`// The web app's client secret is read from ${OAUTH_ENV.clientSecret}: never write it into code.`],
    ),
  'oauth-token-pkce': ({ body }) =>
    codeExchange(
      'getPKCEOAuthToken',
      body,
      ['codeVerifier', OAUTH_ENV.codeVerifier],
      [
        '// The code_verifier getPKCEAuthenticationUrl returned with the authorize URL proves this app asked',
        `// for the code; it is a secret, read from ${OAUTH_ENV.codeVerifier}: never write it into code.`,
      ],
    ),
  'oauth-token-refresh': ({ body }) =>
    oauthCall(
      'refreshOAuthToken',
      [
        ['clientId', str(body.client_id)],
        ['refreshToken', env(OAUTH_ENV.refreshToken)],
        ['clientSecret', env(OAUTH_ENV.clientSecret)],
      ],
      [
        `// The refresh token is read from ${OAUTH_ENV.refreshToken}: never write it into code. Web apps set`,
        `// their client secret in ${OAUTH_ENV.clientSecret}; PKCE and device apps leave it unset.`,
      ],
      [tokenNote('keep the new refresh_token: this one is spent')],
    ),
  'oauth-token-jwt': (input) =>
    oauthCall(
      'getJWTToken',
      [
        ['appId', env(OAUTH_ENV.clientId)],
        ['keyid', env(OAUTH_ENV.publicKeyId)],
        ['aud', jsString(audience(input))],
        ['privateKey', `readFileSync(${env(OAUTH_ENV.privateKeyFile)} ?? 'private_key.pem', 'utf8')`],
        [
          'durationSeconds',
          typeof input.body.duration_seconds === 'number' ? String(input.body.duration_seconds) : undefined,
        ],
        ['scope', input.body.scope === undefined ? undefined : jsLiteral(input.body.scope, '  ')],
      ],
      [
        `// getJWTToken signs a one-use JWT (RS256, kid ${OAUTH_ENV.publicKeyId}, iss ${OAUTH_ENV.clientId}) with the app's`,
        `// private key, read from the file ${OAUTH_ENV.privateKeyFile} names: never write the key into code.`,
      ],
      [tokenNote('when it expires, get a new one')],
      [READ_FILE],
    ),
} satisfies SdkCallTable<'node', (input: SampleInput) => NodeCall>;

/**
 * How each endpoint @coze/api implements is called with it, by endpoint id: one entry for each
 * endpoint whose catalog `sdks` lists node, no more, no fewer (the compiler checks).
 */
export const CALLS: FullSdkCallTable<'node', (input: SampleInput) => NodeCall> = {
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
    nodeImports: [WRITE_FILE],
    lines: [
      `const audio = await client.audio.speech.create(${obj(body)});`,
      `const file = ${jsString(`output.${typeof body.response_format === 'string' && /^\w+$/.test(body.response_format) ? body.response_format : 'mp3'}`)};`,
      'await writeFile(file, Buffer.from(audio));',
      'console.log(`wrote ${audio.byteLength} bytes to ${file}`);',
    ],
  }),
  'audio-transcriptions-create': (input) => upload('audio.transcriptions.create', input),
  'audio-rooms-create': ({ body }) => simple('audio.rooms.create', [obj(body)]),
  'audio-live-retrieve': ({ path }) => simple('audio.live.retrieve', [str(path.live_id)]),
  'users-me': () => simple('users.me', []),
  'templates-duplicate': ({ path, body }) => simple('templates.duplicate', [str(path.template_id), obj(body)]),
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
  ...OAUTH_CALLS,
};
