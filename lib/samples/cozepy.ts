import {
  BASE_ENV,
  cString,
  pick,
  pyKwargs,
  pyLiteral,
  regionConstant,
  sampleParts,
  TOKEN_ENV,
  without,
  type Json,
  type SampleInput,
} from './shared';

/** One cozepy call: the code that makes it and prints its result, and the names it imports. */
interface PythonCall {
  readonly imports: readonly string[];
  readonly lines: readonly string[];
  readonly note?: string;
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

/** A call whose result is printed as it comes back, or item by item for paged lists. */
function simple(method: string, args: Json, result: 'print' | 'paged' | 'nothing' = 'print'): PythonCall {
  const call = `coze.${method}(${pyKwargs(args)})`;
  if (result === 'paged') return { imports: [], lines: [`page = ${call}`, 'for item in page:', '    print(item)'] };
  if (result === 'nothing') return { imports: [], lines: [call, 'print("ok")'] };
  return { imports: [], lines: [`result = ${call}`, 'print(result)'] };
}

/** create-chat fields cozepy's chat methods take no argument for. */
const CHAT_UNSUPPORTED = ['publish_status', 'bot_version', 'shortcut_command', 'extra_params', 'enable_card'];

function chatArgs(input: SampleInput): { args: Json; raw: Record<string, string>; imports: string[]; note?: string } {
  const omitted = input.endpoint.id === 'create-chat' ? CHAT_UNSUPPORTED.filter((key) => key in input.body) : [];
  const args = { ...without(input.body, 'stream', ...omitted), ...pick(input.query, 'conversation_id') };
  const raw: Record<string, string> = {};
  const list = messagesList(input.body.additional_messages);
  if (list) raw.additional_messages = list;
  return {
    args,
    raw,
    imports: list ? ['Message'] : [],
    ...(omitted.length
      ? { note: `# cozepy takes no argument for ${omitted.join(', ')}; the requests sample sends them.` }
      : {}),
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
  const target = input.endpoint.id === 'create-chat' ? 'coze.chat' : 'coze.workflows.chat';
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

function upload(method: string, input: SampleInput, leading: Json = {}): PythonCall {
  const args: string[] = Object.entries(leading).map(([key, value]) => `    ${key}=${pyLiteral(value)},`);
  for (const part of sampleParts(input))
    args.push(
      'value' in part ? `    ${part.name}=${cString(part.value)},` : `    ${part.name}=Path(${cString(part.path)}),`,
    );
  return { imports: [], lines: [`result = coze.${method}(\n${args.join('\n')}\n)`, 'print(result)'] };
}

/** How each endpoint is called with cozepy, by endpoint id; absent ids are not written for cozepy. */
const CALLS: Readonly<Record<string, (input: SampleInput) => PythonCall>> = {
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
};

/** Whether the samples write a cozepy call for this endpoint. */
export function hasPythonCall(endpointId: string): boolean {
  return endpointId in CALLS;
}

/** A Python program calling the endpoint with cozepy's `Coze` client. */
export function pythonSample(input: SampleInput): string {
  const call = CALLS[input.endpoint.id]!(input);
  const region = regionConstant(input.model);
  const constant = region ? `COZE_${region}_BASE_URL` : undefined;
  const code = call.lines.join('\n');
  const names = new Set(['Coze', 'TokenAuth', ...call.imports, ...(constant ? [constant] : [])]);
  if (code.includes('MessageType.')) names.add('MessageType');
  const modules = ['import os'];
  if (code.includes('json.')) modules.push('import json');
  if (code.includes('time.sleep')) modules.push('import time');
  const pathlib = code.includes('Path(') ? ['from pathlib import Path', ''] : [];
  return [
    ...modules.sort(),
    '',
    ...pathlib,
    `from cozepy import ${[...names].sort().join(', ')}`,
    '',
    'coze = Coze(',
    `    auth=TokenAuth(os.environ["${TOKEN_ENV}"]),`,
    `    base_url=os.environ.get("${BASE_ENV}", ${constant ?? cString(input.model.baseUrl)}),`,
    ')',
    '',
    ...(call.note ? [call.note] : []),
    code,
  ].join('\n');
}
