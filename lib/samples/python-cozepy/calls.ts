import {
  BASE_ENV,
  cString,
  outputFileName,
  pick,
  pyKwargs,
  pyLiteral,
  regionConstant,
  sampleParts,
  TOKEN_ENV,
  without,
  type Json,
  type SampleInput,
} from '../shared';
import { isEndpoint, type FullSdkCallTable } from '../../endpoint-table';

/** One cozepy call: the code that makes it and prints its result, and the names it imports. */
export interface PythonCall {
  readonly imports: readonly string[];
  /** Names imported from cozepy's submodules, by module, for types the package root does not export. */
  readonly from?: Readonly<Record<string, readonly string[]>>;
  readonly lines: readonly string[];
  readonly note?: string;
  /** False for the OAuth exchanges, which build their own OAuth app instead of a `Coze` client. */
  readonly client?: false;
}

function pyMessage(message: unknown): string {
  const m = (message ?? {}) as Json;
  const content = typeof m.content === 'string' ? m.content : '';
  const simple = (m.content_type ?? 'text') === 'text' && m.meta_data === undefined;
  if (simple && m.role === 'user' && (m.type === undefined || m.type === 'question'))
    return `Message.build_user_question_text(${cString(content)})`;
  if (simple && m.role === 'assistant' && (m.type === undefined || m.type === 'answer'))
    return `Message.build_assistant_answer(${cString(content)})`;
  const fields = Object.entries(m).map(([key, value]) => `${key}=${pyLiteral(value, '        ')}`);
  return `Message(${fields.join(', ')})`;
}

function messagesList(list: unknown): string | undefined {
  return Array.isArray(list)
    ? `[\n${list.map((message) => `        ${pyMessage(message)},`).join('\n')}\n    ]`
    : undefined;
}

/** How a call's result is shown: printed, iterated page by page, or just confirmed. */
type ResultStyle = 'print' | 'paged' | 'nothing';

/** What a call needs beyond its arguments: literal Python for some of them, imports, fields it drops. */
interface CallOptions {
  readonly raw?: Readonly<Record<string, string>>;
  readonly imports?: readonly string[];
  readonly from?: Readonly<Record<string, readonly string[]>>;
  /** Fields the form sends that the cozepy method takes no argument for. */
  readonly omitted?: readonly string[];
  readonly result?: ResultStyle;
}

/** The note for fields the form sends but the cozepy method cannot, or undefined when there are none. */
function omittedNote(omitted: readonly string[]): string | undefined {
  if (omitted.length === 0) return undefined;
  return `# cozepy takes no argument for ${omitted.join(', ')}; the requests sample sends ${omitted.length === 1 ? 'it' : 'them'}.`;
}

/** A cozepy call with keyword arguments, its result printed as `result` says. */
function sdkCall(method: string, args: Json, options: CallOptions = {}): PythonCall {
  const call = `coze.${method}(${pyKwargs(args, options.raw)})`;
  const result = options.result ?? 'print';
  const lines =
    result === 'paged'
      ? [`page = ${call}`, 'for item in page:', '    print(item)']
      : result === 'nothing'
        ? [call, 'print("ok")']
        : [`result = ${call}`, 'print(result)'];
  const note = omittedNote(options.omitted ?? []);
  return {
    imports: options.imports ?? [],
    lines,
    ...(options.from ? { from: options.from } : {}),
    ...(note ? { note } : {}),
  };
}

/** A call whose result is printed as it comes back, or item by item for paged lists. */
function simple(method: string, args: Json, result: ResultStyle = 'print'): PythonCall {
  return sdkCall(method, args, { result });
}

/** create-chat fields cozepy's chat methods take no argument for (cozepy/chat/__init__.py, ChatClient.create and .stream). */
const CHAT_UNSUPPORTED = [
  'publish_status',
  'bot_version',
  'shortcut_command',
  'extra_params',
  'enable_card',
  'parameters',
];

function chatArgs(input: SampleInput): { args: Json; raw: Record<string, string>; imports: string[]; note?: string } {
  const omitted = isEndpoint(input.endpoint, 'create-chat') ? CHAT_UNSUPPORTED.filter((key) => key in input.body) : [];
  const args = { ...without(input.body, 'stream', ...omitted), ...pick(input.query, 'conversation_id') };
  const raw: Record<string, string> = {};
  const list = messagesList(input.body.additional_messages);
  if (list) raw.additional_messages = list;
  return {
    args,
    raw,
    imports: list ? ['Message'] : [],
    ...(omitted.length ? { note: omittedNote(omitted) } : {}),
  };
}

const CHAT_LOOP = [
  'for event in stream:',
  '    if event.event == ChatEventType.CONVERSATION_MESSAGE_DELTA:',
  '        print(event.message.content, end="", flush=True)',
  '    elif event.event == ChatEventType.CONVERSATION_CHAT_COMPLETED:',
  '        print("\\ntokens:", event.chat.usage.token_count)',
];

function chat(input: SampleInput): PythonCall {
  const { args, raw, imports, note } = chatArgs(input);
  const extra = note ? { note } : {};
  if (input.variant === 'non-streaming')
    return {
      imports: ['ChatStatus', ...imports],
      ...extra,
      lines: [
        `chat = coze.chat.create(${pyKwargs({ ...args, auto_save_history: true }, raw)})`,
        '# Poll until the chat is no longer running, then read its messages.',
        'while chat.status in (ChatStatus.CREATED, ChatStatus.IN_PROGRESS):',
        '    time.sleep(1)',
        '    chat = coze.chat.retrieve(conversation_id=chat.conversation_id, chat_id=chat.id)',
        'print("status:", chat.status)',
        'for message in coze.chat.messages.list(conversation_id=chat.conversation_id, chat_id=chat.id):',
        '    if message.type == MessageType.ANSWER:',
        '        print(message.content)',
      ],
    };
  if (input.variant === 'plugin')
    return {
      imports: ['ChatEventType', 'ToolOutput', ...imports],
      ...extra,
      lines: [
        '# The end-side plugin: runs here when the bot asks for it.',
        'def run_tool(name, arguments):',
        '    if name == "get_weather":',
        '        return {"city": arguments.get("city"), "temperature": "21°C", "condition": "sunny"}',
        '    return {"error": f"no local tool named {name}"}',
        '',
        '',
        `stream = coze.chat.stream(${pyKwargs(args, raw)})`,
        'while stream is not None:',
        '    waiting = None',
        '    for event in stream:',
        '        if event.event == ChatEventType.CONVERSATION_MESSAGE_DELTA:',
        '            print(event.message.content, end="", flush=True)',
        '        elif event.event == ChatEventType.CONVERSATION_CHAT_REQUIRES_ACTION:',
        '            waiting = event.chat',
        '    stream = None',
        '    if waiting is not None:',
        '        # Run each requested tool, submit its output, and read the stream that continues the chat.',
        '        outputs = [',
        '            ToolOutput(',
        '                tool_call_id=call.id,',
        '                output=json.dumps(run_tool(call.function.name, json.loads(call.function.arguments))),',
        '            )',
        '            for call in waiting.required_action.submit_tool_outputs.tool_calls',
        '        ]',
        '        stream = coze.chat.submit_tool_outputs(',
        '            conversation_id=waiting.conversation_id, chat_id=waiting.id, tool_outputs=outputs, stream=True',
        '        )',
      ],
    };
  const target = isEndpoint(input.endpoint, 'create-chat') ? 'coze.chat' : 'coze.workflows.chat';
  return {
    imports: ['ChatEventType', ...imports],
    ...extra,
    lines: [`stream = ${target}.stream(${pyKwargs(args, raw)})`, ...CHAT_LOOP],
  };
}

function workflowStream(method: 'stream' | 'resume', body: Json): PythonCall {
  return {
    imports: ['WorkflowEventType'],
    lines: [
      '# What to answer when the workflow stops at a question node; the run then resumes.',
      `ANSWER = ${cString(typeof body.resume_data === 'string' ? body.resume_data : 'Beijing')}`,
      '',
      '',
      'def handle(stream):',
      '    for event in stream:',
      '        if event.event == WorkflowEventType.MESSAGE:',
      '            print(event.message.content, end="", flush=True)',
      '        elif event.event == WorkflowEventType.ERROR:',
      '            print("\\nerror:", event.error)',
      '        elif event.event == WorkflowEventType.DONE:',
      '            print("\\ndone")',
      '        elif event.event == WorkflowEventType.INTERRUPT:',
      '            data = event.interrupt.interrupt_data',
      '            print("\\ninterrupted at", event.interrupt.node_title, "answering", ANSWER)',
      '            handle(',
      '                coze.workflows.runs.resume(',
      `                    workflow_id=${cString(String(body.workflow_id ?? ''))},`,
      '                    event_id=data.event_id,',
      '                    resume_data=ANSWER,',
      '                    interrupt_type=data.type,',
      '                )',
      '            )',
      '',
      '',
      `handle(coze.workflows.runs.${method}(${pyKwargs(method === 'resume' ? body : without(body, 'is_async'))}))`,
    ],
  };
}

/**
 * A multipart upload: text parts as strings (or ints where cozepy types them so), files opened from
 * the paths the sample parts give.
 */
function upload(method: string, input: SampleInput, leading: Json = {}, integers: readonly string[] = []): PythonCall {
  const args: Json = { ...leading };
  const raw: Record<string, string> = {};
  for (const part of sampleParts(input)) {
    if ('path' in part) raw[part.name] = `Path(${cString(part.path)})`;
    const value = 'value' in part ? part.value : '';
    args[part.name] = integers.includes(part.name) && /^\d+$/.test(value) ? Number(value) : value;
  }
  return sdkCall(method, args, { raw });
}

// ---------------------------------------------------------------- typed arguments

/** A cozepy model built from a form object: `Name(field=value, ...)` with the fields the model has. */
function model(name: string, value: unknown, fields: readonly string[], indent = '    '): string {
  const object = (value ?? {}) as Json;
  const args = fields
    .filter((field) => object[field] !== undefined)
    .map((field) => `${field}=${pyLiteral(object[field], indent)}`);
  return `${name}(${args.join(', ')})`;
}

/** The fields of a form object a cozepy model has no field for, named `prefix.field`. */
function extraFields(prefix: string, value: unknown, fields: readonly string[]): string[] {
  return Object.keys((value ?? {}) as Json)
    .filter((key) => !fields.includes(key))
    .map((key) => `${prefix}.${key}`);
}

/** A Python list of models, one a line, built from a form array. */
function modelList(name: string, list: unknown, fields: readonly string[]): string {
  const items = Array.isArray(list) ? list : [];
  return `[\n${items.map((item) => `        ${model(name, item, fields, '        ')},`).join('\n')}\n    ]`;
}

/** An enum member looked up by its value, as `Enum("value")`. */
function enumValue(name: string, value: unknown): string {
  return `${name}(${cString(String(value))})`;
}

/**
 * The typed objects of create-bot and update-bot, from cozepy/bots/__init__.py: the field names
 * each model declares, so form fields it lacks are noted rather than passed.
 */
const BOT_MODELS: Readonly<Record<string, { readonly name: string; readonly fields: readonly string[] }>> = {
  prompt_info: { name: 'BotPromptInfo', fields: ['prompt'] },
  onboarding_info: { name: 'BotOnboardingInfo', fields: ['prologue', 'suggested_questions'] },
  knowledge: { name: 'BotKnowledge', fields: ['dataset_ids', 'auto_call', 'search_strategy'] },
  suggest_reply_info: { name: 'BotSuggestReplyInfo', fields: ['reply_mode', 'customized_prompt'] },
  model_info_config: {
    name: 'BotModelInfo',
    fields: [
      'model_id',
      'model_name',
      'temperature',
      'context_round',
      'max_tokens',
      'response_format',
      'top_k',
      'top_p',
      'cache_type',
      'presence_penalty',
      'frequency_penalty',
      'parameters',
      'sp_anti_leak',
      'sp_current_time',
    ],
  },
  plugin_id_list: { name: 'PluginIDList', fields: ['id_list'] },
  workflow_id_list: { name: 'WorkflowIDList', fields: ['ids'] },
};

/** Types cozepy's package root does not export, imported from cozepy.bots instead. */
const BOTS_MODULE_ONLY = ['PluginIDList', 'WorkflowIDList'];

/** create-bot / update-bot: form objects become cozepy's bot models; the rest pass as they are. */
function botCall(method: 'create' | 'update', body: Json, accepted: readonly string[]): PythonCall {
  const args: Json = {};
  const raw: Record<string, string> = {};
  const imports: string[] = [];
  const deep: string[] = [];
  const omitted: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (!accepted.includes(key)) {
      omitted.push(key);
      continue;
    }
    args[key] = value;
    const typed = BOT_MODELS[key];
    if (!typed) continue;
    raw[key] = model(typed.name, value, typed.fields);
    omitted.push(...extraFields(key, value, typed.fields));
    (BOTS_MODULE_ONLY.includes(typed.name) ? deep : imports).push(typed.name);
  }
  return sdkCall(`bots.${method}`, args, {
    raw,
    imports,
    omitted,
    ...(deep.length ? { from: { 'cozepy.bots': deep } } : {}),
  });
}

/** add-bot-collaborator / add-app-collaborator: cozepy takes the collaborators as its own models. */
function addCollaborators(owner: 'bot' | 'app', path: Json, body: Json): PythonCall {
  const type = owner === 'bot' ? 'BotCollaborator' : 'AppCollaborator';
  return sdkCall(
    `${owner}s.collaborators.create`,
    { ...pick(path, `${owner}_id`), collaborators: [] },
    {
      raw: { collaborators: modelList(type, body.collaborators, ['user_id']) },
      from: { [`cozepy.${owner}s.collaborators`]: [type] },
    },
  );
}

/** The fields a form object sends that cozepy has no argument for. */
function unsupportedIn(record: Json, ...keys: string[]): string[] {
  return keys.filter((key) => record[key] !== undefined);
}

/** A list endpoint whose `publish_status` cozepy reads as a PublishStatus (it calls `.value`). */
function withPublishStatus(args: Json): { raw: Record<string, string>; imports: string[] } {
  return args.publish_status === undefined
    ? { raw: {}, imports: [] }
    : { raw: { publish_status: enumValue('PublishStatus', args.publish_status) }, imports: ['PublishStatus'] };
}

function listBots(space: unknown, query: Json, version: 1 | 2): PythonCall {
  const args = { space_id: space, ...without(query, 'workspace_id', 'space_id'), use_api_version: version };
  return sdkCall('bots.list', args, { ...withPublishStatus(args), result: 'paged' });
}

function documentsCreate(body: Json): PythonCall {
  const bases = Array.isArray(body.document_bases) ? (body.document_bases as Json[]) : [];
  const omitted = bases.some((base) => base?.caption !== undefined) ? ['document_bases[].caption'] : [];
  const list = `[\n${bases
    .map((base) => {
      const fields = [`name=${cString(String(base?.name ?? ''))}`];
      fields.push(`source_info=${model('DocumentSourceInfo', base?.source_info, SOURCE_INFO_FIELDS, '            ')}`);
      if (base?.update_rule !== undefined)
        fields.push(`update_rule=${model('DocumentUpdateRule', base.update_rule, UPDATE_RULE_FIELDS)}`);
      return `        DocumentBase(\n            ${fields.join(',\n            ')},\n        ),`;
    })
    .join('\n')}\n    ]`;
  const imports = ['DocumentBase', 'DocumentSourceInfo'];
  if (bases.some((base) => base?.update_rule !== undefined)) imports.push('DocumentUpdateRule');
  const raw: Record<string, string> = { document_bases: list };
  if (body.chunk_strategy !== undefined) {
    raw.chunk_strategy = model('DocumentChunkStrategy', body.chunk_strategy, CHUNK_STRATEGY_FIELDS);
    imports.push('DocumentChunkStrategy');
  }
  return sdkCall('datasets.documents.create', body, { raw, imports, omitted });
}

/** Fields of cozepy/datasets/documents/__init__.py's models. */
const SOURCE_INFO_FIELDS = ['file_base64', 'file_type', 'web_url', 'source_file_id', 'document_source'];
const UPDATE_RULE_FIELDS = ['update_type', 'update_interval'];
const CHUNK_STRATEGY_FIELDS = [
  'chunk_type',
  'caption_type',
  'max_tokens',
  'remove_extra_spaces',
  'remove_urls_emails',
  'separator',
];

// ---------------------------------------------------------------- OAuth

/** The base URL a sample reads from the environment, defaulting to the region's. */
export function baseUrlExpression(input: SampleInput): string {
  const region = regionConstant(input.model);
  return `os.environ.get("${BASE_ENV}", ${region ? `COZE_${region}_BASE_URL` : cString(input.model.baseUrl)})`;
}

/** One OAuth exchange: the cozepy OAuth app, its constructor's arguments, the method and its arguments. */
interface OAuthExchange {
  readonly app: string;
  readonly appArgs: Json;
  readonly method: string;
  readonly args: Json;
  /** Says where the token the requests sample sends went. */
  readonly comment: string;
  /** Literal Python for arguments read from the environment or built from the form. */
  readonly raw?: Readonly<Record<string, string>>;
}

/** An OAuth exchange: build the OAuth app, call one of its methods, print the token it returns. */
function oauth(input: SampleInput, exchange: OAuthExchange): PythonCall {
  const raw = { ...exchange.raw, base_url: baseUrlExpression(input) };
  const build = pyKwargs({ ...exchange.appArgs, base_url: '' }, raw);
  return {
    imports: [exchange.app],
    client: false,
    lines: [
      exchange.comment,
      `app = ${exchange.app}(${build})`,
      `result = app.${exchange.method}(${pyKwargs(exchange.args, raw)})`,
      'print(result)',
    ],
  };
}

/** A web app's exchange: its client secret is what the requests sample sends as the token. */
function webApp(input: SampleInput, method: string, args: Json, comment: string): PythonCall {
  return oauth(input, {
    app: 'WebOAuthApp',
    appArgs: { ...pick(input.body, 'client_id'), client_secret: '' },
    method,
    args,
    comment,
    raw: { client_secret: SECRET_AS_TOKEN },
  });
}

/** A device or PKCE app's exchange: no secret, so no token. */
function publicApp(input: SampleInput, app: string, method: string, args: Json): PythonCall {
  return oauth(input, { app, appArgs: pick(input.body, 'client_id'), method, args, comment: NO_SECRET });
}

const SECRET_AS_TOKEN = `os.environ["${TOKEN_ENV}"]`;

/** cozepy/bots/__init__.py: the arguments BotsClient.create and .update take. */
const BOT_CREATE_ARGS = [
  'space_id',
  'name',
  'description',
  'icon_file_id',
  'prompt_info',
  'onboarding_info',
  'suggest_reply_info',
  'model_info_config',
  'plugin_id_list',
  'workflow_id_list',
];
const BOT_UPDATE_ARGS = [
  'bot_id',
  'name',
  'description',
  'icon_file_id',
  'prompt_info',
  'onboarding_info',
  'knowledge',
  'suggest_reply_info',
  'model_info_config',
];

/** Multipart fields cozepy's voiceprint methods type as int. */
const VOICEPRINT_INTEGERS = ['sample_rate', 'channel', 'top_k'];

const NO_SECRET = `# Device and PKCE apps have no secret: cozepy sends no token here (the requests sample sends ${TOKEN_ENV}).`;

/**
 * How each endpoint cozepy implements is called with it, by endpoint id: one entry for each endpoint
 * whose catalog `sdks` lists python, no more, no fewer (the compiler checks).
 */
export const CALLS: FullSdkCallTable<'python', (input: SampleInput) => PythonCall> = {
  'create-chat': chat,
  'run-chatflow': chat,
  'submit-tool-outputs': ({ query, body }) => {
    const outputs = Array.isArray(body.tool_outputs) ? body.tool_outputs : [];
    const list = `[\n${outputs
      .map((output) => {
        const o = (output ?? {}) as Json;
        return `        ToolOutput(tool_call_id=${cString(String(o.tool_call_id ?? ''))}, output=${cString(String(o.output ?? ''))}),`;
      })
      .join('\n')}\n    ]`;
    const streams = body.stream === true;
    const call = pyKwargs(
      { ...pick(query, 'conversation_id', 'chat_id'), tool_outputs: [], stream: streams },
      { tool_outputs: list },
    );
    if (streams)
      return {
        imports: ['ChatEventType', 'ToolOutput'],
        lines: [`stream = coze.chat.submit_tool_outputs(${call})`, ...CHAT_LOOP],
      };
    return { imports: ['ToolOutput'], lines: [`chat = coze.chat.submit_tool_outputs(${call})`, 'print(chat.status)'] };
  },
  'retrieve-chat': ({ query }) => simple('chat.retrieve', pick(query, 'conversation_id', 'chat_id')),
  'list-chat-messages': ({ query }) => simple('chat.messages.list', pick(query, 'conversation_id', 'chat_id')),
  'cancel-chat': ({ body }) => simple('chat.cancel', pick(body, 'conversation_id', 'chat_id')),
  'run-workflow': ({ body }) => ({
    imports: [],
    lines: [`result = coze.workflows.runs.create(${pyKwargs(body)})`, 'print(result.data)'],
  }),
  'stream-run-workflow': ({ body }) => workflowStream('stream', body),
  'stream-resume-workflow': ({ body }) => workflowStream('resume', body),
  'retrieve-workflow-run-history': ({ path }) =>
    simple('workflows.runs.run_histories.retrieve', pick(path, 'workflow_id', 'execute_id')),
  'retrieve-workflow-node-output': ({ path }) =>
    simple(
      'workflows.runs.run_histories.execute_nodes.retrieve',
      pick(path, 'workflow_id', 'execute_id', 'node_execute_uuid'),
    ),
  'create-conversation': ({ body }) => simple('conversations.create', pick(body, 'bot_id', 'meta_data')),
  'retrieve-conversation': ({ query }) => simple('conversations.retrieve', pick(query, 'conversation_id')),
  'list-conversations': ({ query }) =>
    simple('conversations.list', pick(query, 'bot_id', 'page_num', 'page_size'), 'paged'),
  'clear-conversation-context': ({ path }) => simple('conversations.clear', pick(path, 'conversation_id')),
  'delete-conversation': ({ path }) => simple('conversations.delete', pick(path, 'conversation_id')),
  'create-message': ({ query, body }) =>
    simple('conversations.messages.create', { ...pick(query, 'conversation_id'), ...body }),
  'list-messages': ({ query, body }) =>
    simple('conversations.messages.list', { ...pick(query, 'conversation_id'), ...body }, 'paged'),
  'retrieve-message': ({ query }) =>
    simple('conversations.messages.retrieve', pick(query, 'conversation_id', 'message_id')),
  'update-message': ({ query, body }) =>
    simple('conversations.messages.update', { ...pick(query, 'conversation_id', 'message_id'), ...body }),
  'delete-message': ({ query }) =>
    simple('conversations.messages.delete', pick(query, 'conversation_id', 'message_id')),
  'upload-file': (input) => upload('files.upload', input),
  'retrieve-file': ({ query }) => simple('files.retrieve', pick(query, 'file_id')),
  'datasets-list': ({ query }) => simple('datasets.list', query, 'paged'),
  'datasets-delete': ({ path }) => simple('datasets.delete', pick(path, 'dataset_id'), 'nothing'),
  'users-me': () => simple('users.me', {}),
  'templates-duplicate': ({ path, body }) => simple('templates.duplicate', { ...pick(path, 'template_id'), ...body }),
  'audio-live-retrieve': ({ path }) => simple('audio.live.retrieve', pick(path, 'live_id')),
  'datasets-process': ({ path, body }) => simple('datasets.process', { ...pick(path, 'dataset_id'), ...body }),
  'datasets-images-update': ({ path, body }) =>
    simple('datasets.images.update', { ...pick(path, 'dataset_id', 'document_id'), ...body }, 'nothing'),
  'datasets-images-list': ({ path, query }) =>
    simple('datasets.images.list', { ...pick(path, 'dataset_id'), ...query }, 'paged'),
  'knowledge-documents-delete': ({ body }) => simple('datasets.documents.delete', body, 'nothing'),
  'knowledge-documents-list': ({ body }) =>
    simple(
      'datasets.documents.list',
      { dataset_id: body.dataset_id, page_num: body.page, page_size: body.size },
      'paged',
    ),
  'voiceprint-groups-create': ({ body }) => simple('audio.voiceprint_groups.create', body),
  'voiceprint-groups-list': ({ query }) => simple('audio.voiceprint_groups.list', query, 'paged'),
  'voiceprint-groups-update': ({ path, body }) =>
    simple('audio.voiceprint_groups.update', { ...pick(path, 'group_id'), ...body }, 'nothing'),
  'voiceprint-groups-delete': ({ path }) => simple('audio.voiceprint_groups.delete', pick(path, 'group_id'), 'nothing'),
  'voiceprint-features-list': ({ path, query }) =>
    simple('audio.voiceprint_groups.features.list', { ...pick(path, 'group_id'), ...query }, 'paged'),
  'voiceprint-features-delete': ({ path }) =>
    simple('audio.voiceprint_groups.features.delete', pick(path, 'group_id', 'feature_id'), 'nothing'),
  'api-apps-create': ({ body }) => simple('api_apps.create', body),
  'api-apps-update': ({ path, body }) => simple('api_apps.update', { app_id: path.api_app_id, ...body }),
  'api-apps-list': ({ query }) => simple('api_apps.list', query, 'paged'),
  'api-apps-delete': ({ path }) => simple('api_apps.delete', { app_id: path.api_app_id }),
  // The events client keeps the path's name, api_app_id (the apps client above calls it app_id).
  'api-apps-events-subscribe': ({ path, body }) =>
    simple('api_apps.events.create', { ...pick(path, 'api_app_id'), ...body }),
  'api-apps-events-list': ({ path, query }) =>
    simple('api_apps.events.list', { ...pick(path, 'api_app_id'), ...query }, 'paged'),
  'api-apps-events-unsubscribe': ({ path, body }) =>
    simple('api_apps.events.delete', { ...pick(path, 'api_app_id'), ...body }),
  'benefits-get': ({ query }) => simple('benefits.retrieve', query),
  'bill-tasks-list': ({ query }) => simple('bill_tasks.list', query, 'paged'),
  'connectors-install': ({ path, body }) => simple('connectors.install', { ...pick(path, 'connector_id'), ...body }),
  'connectors-bots-update-audit': ({ path, body }) =>
    simple('connectors.bots.update', { ...pick(path, 'connector_id', 'bot_id'), ...body }),
  'oauth-device-code': (input) => publicApp(input, 'DeviceOAuthApp', 'get_device_code', {}),
  'oauth-token-device': (input) =>
    publicApp(input, 'DeviceOAuthApp', 'get_access_token', pick(input.body, 'device_code')),
  'oauth-token-pkce': (input) =>
    publicApp(input, 'PKCEOAuthApp', 'get_access_token', pick(input.body, 'redirect_uri', 'code', 'code_verifier')),
  'oauth-token-authorization-code': (input) =>
    webApp(
      input,
      'get_access_token',
      pick(input.body, 'redirect_uri', 'code'),
      `# A web app proves itself with its client secret: the requests sample sends it as ${TOKEN_ENV}.`,
    ),
  'oauth-token-refresh': (input) =>
    webApp(
      input,
      'refresh_access_token',
      pick(input.body, 'refresh_token'),
      `# A web app refreshes with its client secret (sent as ${TOKEN_ENV} by the requests sample);\n# PKCE and device apps call PKCEOAuthApp or DeviceOAuthApp(...).refresh_access_token with no secret.`,
    ),
  'oauth-token-jwt': (input) => {
    const scope = input.body.scope;
    const call = oauth(input, {
      app: 'JWTOAuthApp',
      appArgs: { client_id: '', private_key: '', public_key_id: '' },
      method: 'get_access_token',
      args: { ttl: input.body.duration_seconds, scope },
      comment: `# cozepy signs the JWT itself with the app's private key; the requests sample sends one you signed as ${TOKEN_ENV}.`,
      raw: {
        client_id: 'os.environ["COZE_CLIENT_ID"]',
        private_key: 'Path("private_key.pem").read_text()',
        public_key_id: 'os.environ["COZE_PUBLIC_KEY_ID"]',
        ...(scope === undefined
          ? {}
          : { scope: model('Scope', scope, ['account_permission', 'attribute_constraint']) }),
      },
    });
    return scope === undefined ? call : { ...call, imports: [...call.imports, 'Scope'] };
  },
  'create-bot': ({ body }) => botCall('create', body, BOT_CREATE_ARGS),
  'update-bot': ({ body }) => botCall('update', body, BOT_UPDATE_ARGS),
  'publish-bot': ({ body }) =>
    sdkCall('bots.publish', pick(body, 'bot_id', 'connector_ids'), { omitted: unsupportedIn(body, 'connectors') }),
  'list-bots': ({ query }) => listBots(query.workspace_id, query, 2),
  'retrieve-bot': ({ path, query }) =>
    simple('bots.retrieve', { ...pick(path, 'bot_id'), ...pick(query, 'is_published'), use_api_version: 2 }),
  'deprecated-published-bots-list': ({ query }) =>
    listBots(query.space_id, { page_num: query.page_index, page_size: query.page_size }, 1),
  'deprecated-bot-get-online-info': ({ query }) =>
    simple('bots.retrieve', { ...pick(query, 'bot_id'), use_api_version: 1 }),
  'unpublish-bot': ({ path, body }) => simple('bots.unpublish', { ...pick(path, 'bot_id'), ...body }),
  'switch-bot-collaboration-mode': ({ path, body }) =>
    simple('bots.collaboration_modes.update', { ...pick(path, 'bot_id'), ...body }),
  'add-bot-collaborator': ({ path, body }) => addCollaborators('bot', path, body),
  'remove-bot-collaborator': ({ path }) => simple('bots.collaborators.delete', pick(path, 'bot_id', 'user_id')),
  'add-app-collaborator': ({ path, body }) => addCollaborators('app', path, body),
  'remove-app-collaborator': ({ path }) => simple('apps.collaborators.delete', pick(path, 'app_id', 'user_id')),
  'list-bot-versions': ({ path, query }) => {
    const args = { ...pick(path, 'bot_id'), ...query };
    return sdkCall('bots.versions.list', args, { ...withPublishStatus(args), result: 'paged' });
  },
  'list-apps': ({ query }) => sdkCall('apps.list', query, { ...withPublishStatus(query), result: 'paged' }),
  'list-workspaces': ({ query }) =>
    sdkCall('workspaces.list', without(query, 'enterprise_id'), {
      result: 'paged',
      omitted: unsupportedIn(query, 'enterprise_id'),
    }),
  'list-workspace-members': ({ path, query }) =>
    simple('workspaces.members.list', { ...pick(path, 'workspace_id'), ...query }, 'paged'),
  'add-workspace-members': ({ path, body }) =>
    sdkCall(
      'workspaces.members.create',
      { ...pick(path, 'workspace_id'), users: [] },
      {
        raw: { users: modelList('WorkspaceMember', body.users, ['user_id', 'role_type']) },
        imports: ['WorkspaceMember'],
      },
    ),
  'remove-workspace-members': ({ path, body }) =>
    simple('workspaces.members.delete', { ...pick(path, 'workspace_id'), ...body }),
  'list-folders': ({ query }) => simple('folders.list', query, 'paged'),
  'retrieve-folder': ({ path }) => simple('folders.retrieve', pick(path, 'folder_id')),
  'add-enterprise-members': ({ path, body }) =>
    sdkCall(
      'enterprises.members.create',
      { ...pick(path, 'enterprise_id'), users: [] },
      { raw: { users: modelList('EnterpriseMember', body.users, ['user_id', 'role']) }, imports: ['EnterpriseMember'] },
    ),
  'update-enterprise-member-role': ({ path, body }) =>
    simple('enterprises.members.update', { ...pick(path, 'enterprise_id', 'user_id'), ...body }),
  'remove-enterprise-member': ({ path, body }) =>
    simple('enterprises.members.delete', { ...pick(path, 'enterprise_id', 'user_id'), ...body }),
  'create-organization': ({ path, body }) =>
    simple('enterprises.organizations.create', { ...pick(path, 'enterprise_id'), ...body }),
  'update-conversation': ({ path, body }) =>
    simple('conversations.update', { ...pick(path, 'conversation_id'), ...body }),
  'create-message-feedback': ({ path, body }) =>
    simple('conversations.messages.feedback.create', { ...pick(path, 'conversation_id', 'message_id'), ...body }),
  'delete-message-feedback': ({ path }) =>
    simple('conversations.messages.feedback.delete', pick(path, 'conversation_id', 'message_id')),
  'list-workflows': ({ query }) => simple('workflows.list', query, 'paged'),
  'retrieve-workflow': ({ path, query }) =>
    sdkCall('workflows.retrieve', pick(path, 'workflow_id'), { omitted: unsupportedIn(query, 'include_input_output') }),
  'list-workflow-versions': ({ path, query }) =>
    sdkCall(
      'workflows.versions.list',
      { ...pick(path, 'workflow_id'), ...without(query, 'include_input_output') },
      {
        result: 'paged',
        omitted: unsupportedIn(query, 'include_input_output'),
      },
    ),
  'remove-workflow-collaborator': ({ path }) =>
    simple('workflows.collaborators.delete', pick(path, 'workflow_id', 'user_id')),
  'audio-voices-list': ({ query }) => {
    const raw: Record<string, string> = {};
    const imports: string[] = [];
    for (const [key, name] of [
      ['voice_state', 'VoiceState'],
      ['model_type', 'VoiceModelType'],
    ] as const)
      if (query[key] !== undefined) {
        raw[key] = enumValue(name, query[key]);
        imports.push(name);
      }
    return sdkCall('audio.voices.list', query, { raw, imports, result: 'paged' });
  },
  'audio-speech-create': (input) => {
    const unsupported = ['loudness_rate', 'emotion', 'emotion_scale', 'context_texts'];
    const call = sdkCall('audio.speech.create', without(input.body, ...unsupported), {
      omitted: unsupportedIn(input.body, ...unsupported),
    });
    const file = outputFileName(input);
    return {
      ...call,
      lines: [
        call.lines[0]!.replace(/^result = /, 'speech = '),
        `speech.write_to_file(${cString(file)})`,
        `print("wrote ${file}")`,
      ],
    };
  },
  'audio-transcriptions-create': (input) => upload('audio.transcriptions.create', input),
  'audio-voices-clone': (input) => upload('audio.voices.clone', input),
  'audio-rooms-create': ({ body }) =>
    sdkCall('audio.rooms.create', without(body, 'connector_id', 'config'), {
      omitted: unsupportedIn(body, 'connector_id', 'config'),
    }),
  'voiceprint-features-create': (input) =>
    upload('audio.voiceprint_groups.features.create', input, pick(input.path, 'group_id'), VOICEPRINT_INTEGERS),
  'voiceprint-features-update': (input) =>
    upload(
      'audio.voiceprint_groups.features.update',
      input,
      pick(input.path, 'group_id', 'feature_id'),
      VOICEPRINT_INTEGERS,
    ),
  'voiceprint-speaker-identify': (input) =>
    upload('audio.voiceprint_groups.speaker_identify', input, pick(input.path, 'group_id'), VOICEPRINT_INTEGERS),
  'datasets-create': ({ body }) =>
    simple('datasets.create', { ...without(body, 'file_id'), icon_file_id: body.file_id }),
  'datasets-update': ({ path, body }) =>
    simple('datasets.update', { ...pick(path, 'dataset_id'), ...without(body, 'file_id'), icon_file_id: body.file_id }),
  'knowledge-documents-create': ({ body }) => documentsCreate(body),
  'knowledge-documents-update': ({ body }) =>
    sdkCall('datasets.documents.update', body, {
      ...(body.update_rule === undefined
        ? {}
        : {
            raw: { update_rule: model('DocumentUpdateRule', body.update_rule, UPDATE_RULE_FIELDS) },
            imports: ['DocumentUpdateRule'],
          }),
    }),
  'variables-update': ({ body }) =>
    sdkCall('variables.update', body, {
      raw: { data: modelList('VariableValue', body.data, ['keyword', 'value']) },
      imports: ['VariableValue'],
    }),
  'variables-retrieve': ({ query }) => {
    const keywords = query.keywords;
    const list = Array.isArray(keywords) ? keywords : typeof keywords === 'string' ? keywords.split(',') : [];
    return simple('variables.retrieve', { ...query, keywords: list });
  },
  'connectors-user-configs-bind': ({ path, body }) => {
    const configs = Array.isArray(body.configs) ? (body.configs as Json[]) : [];
    const list = `[\n${configs
      .map(
        (config) =>
          `        UserConfig(\n            key=${cString(String(config?.key ?? ''))},\n            enums=${modelList('UserConfigEnum', config?.enums, ['label', 'value']).replace(/\n/g, '\n        ')},\n        ),`,
      )
      .join('\n')}\n    ]`;
    return sdkCall(
      'connectors.bind',
      { ...pick(path, 'connector_id'), ...body },
      { raw: { configs: list }, from: { 'cozepy.connectors': ['UserConfig', 'UserConfigEnum'] } },
    );
  },
  'benefit-limitations-create': ({ body }) => simple('benefit_limitations.create', body),
};
