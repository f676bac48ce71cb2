import {
  cString,
  headersToSend,
  outputFileName,
  pick,
  regionConstant,
  sampleParts,
  TOKEN_ENV,
  without,
  type Json,
  type SampleInput,
} from './shared';

/** A Java expression for a JSON value: `Map.of`/`Map.ofEntries`, `List.of`, strings, numbers, booleans. */
export function javaLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return cString(value);
  if (typeof value === 'number')
    return Number.isInteger(value) ? (Math.abs(value) > 2 ** 31 - 1 ? `${value}L` : String(value)) : String(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `List.of(${value.map(javaLiteral).join(', ')})`;
  const entries = Object.entries(value as Json);
  return `Map.ofEntries(${entries.map(([key, item]) => `Map.entry(${cString(key)}, ${javaLiteral(item)})`).join(', ')})`;
}

/** Text messages as coze-java builds them, or undefined when one is not plain text. */
function javaMessages(list: unknown): string | undefined {
  if (!Array.isArray(list)) return undefined;
  const built: string[] = [];
  for (const message of list as Json[]) {
    if ((message.content_type ?? 'text') !== 'text' || typeof message.content !== 'string' || message.meta_data)
      return undefined;
    if (message.role === 'user') built.push(`Message.buildUserQuestionText(${cString(message.content)})`);
    else if (message.role === 'assistant') built.push(`Message.buildAssistantAnswer(${cString(message.content)})`);
    else return undefined;
  }
  return `List.of(${built.join(', ')})`;
}

type Setter = (value: unknown) => string | undefined;

/** A builder chain from the body, or undefined when a field has no builder method. */
function builder(type: string, body: Json, setters: Readonly<Record<string, Setter>>): string | undefined {
  const calls: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    const set = setters[key];
    if (!set) return undefined;
    const call = set(value);
    if (call === undefined) return undefined;
    if (call) calls.push(`    .${call}`);
  }
  return [`${type}.builder()`, ...calls, '    .build()'].join('\n');
}

const jStr =
  (name: string): Setter =>
  (value) =>
    `${name}(${cString(String(value))})`;

const CHAT_SETTERS: Record<string, Setter> = {
  conversation_id: jStr('conversationID'),
  bot_id: jStr('botID'),
  user_id: jStr('userID'),
  additional_messages: (value) => {
    const list = javaMessages(value);
    return list && `messages(${list})`;
  },
  custom_variables: (value) => `customVariables(${javaLiteral(value)})`,
  meta_data: (value) => `metaData(${javaLiteral(value)})`,
  // Stream and auto_save_history are set by the method called.
  stream: () => '',
  auto_save_history: () => '',
};

const WORKFLOW_SETTERS: Record<string, Setter> = {
  workflow_id: jStr('workflowID'),
  parameters: (value) => `parameters(${javaLiteral(value)})`,
  bot_id: jStr('botID'),
  app_id: jStr('appID'),
  ext: (value) => `ext(${javaLiteral(value)})`,
  is_async: (value) => `isAsync(${value === true})`,
};

const RESUME_SETTERS: Record<string, Setter> = {
  workflow_id: jStr('workflowID'),
  event_id: jStr('eventID'),
  resume_data: jStr('resumeData'),
  interrupt_type: (value) => (typeof value === 'number' ? `interruptType(${value})` : undefined),
};

const CHAT_EVENTS = [
  'events.blockingForEach(',
  '        event -> {',
  '          if (ChatEventType.CONVERSATION_MESSAGE_DELTA.equals(event.getEvent())) {',
  '            System.out.print(event.getMessage().getContent());',
  '          } else if (ChatEventType.CONVERSATION_CHAT_COMPLETED.equals(event.getEvent())) {',
  '            System.out.println("\\ntokens: " + event.getChat().getUsage().getTokenCount());',
  '          }',
  '        });',
];

interface JavaCall {
  readonly imports: readonly string[];
  readonly lines: readonly string[];
  readonly methods?: readonly string[];
}

function javaCall(input: SampleInput): JavaCall | undefined {
  const { body, query } = input;
  switch (input.endpoint.id) {
    case 'create-chat': {
      const req = builder('CreateChatReq', { ...pick(query, 'conversation_id'), ...body }, CHAT_SETTERS);
      if (!req) return undefined;
      const imports = [
        'com.coze.openapi.client.chat.CreateChatReq',
        'com.coze.openapi.client.connversations.message.model.Message',
      ];
      if (input.variant === 'non-streaming')
        return {
          imports: [...imports, 'com.coze.openapi.client.chat.model.ChatPoll'],
          lines: [
            `CreateChatReq req =\n    ${req.replace(/\n/g, '\n    ')};`,
            '// createAndPoll creates the chat, polls it every second until it ends and lists its messages.',
            'ChatPoll result = coze.chat().createAndPoll(req);',
            'System.out.println("status: " + result.getChat().getStatus());',
            'for (Message message : result.getMessages()) {',
            '  System.out.println(message.getType() + ": " + message.getContent());',
            '}',
          ],
        };
      if (input.variant === 'plugin')
        return {
          imports: [
            ...imports,
            'com.coze.openapi.client.chat.SubmitToolOutputsReq',
            'com.coze.openapi.client.chat.model.Chat',
            'com.coze.openapi.client.chat.model.ChatEvent',
            'com.coze.openapi.client.chat.model.ChatEventType',
            'com.coze.openapi.client.chat.model.ChatToolCall',
            'com.coze.openapi.client.chat.model.ToolOutput',
            'io.reactivex.Flowable',
            'java.util.ArrayList',
            'java.util.concurrent.atomic.AtomicReference',
          ],
          lines: [
            `CreateChatReq req =\n    ${req.replace(/\n/g, '\n    ')};`,
            'Flowable<ChatEvent> events = coze.chat().stream(req);',
            'while (events != null) {',
            '  AtomicReference<Chat> waiting = new AtomicReference<>();',
            '  events.blockingForEach(',
            '      event -> {',
            '        if (ChatEventType.CONVERSATION_MESSAGE_DELTA.equals(event.getEvent())) {',
            '          System.out.print(event.getMessage().getContent());',
            '        } else if (ChatEventType.CONVERSATION_CHAT_REQUIRES_ACTION.equals(event.getEvent())) {',
            '          waiting.set(event.getChat());',
            '        }',
            '      });',
            '  events = null;',
            '  Chat chat = waiting.get();',
            '  if (chat != null) {',
            '    // Run each requested tool here, then submit its output; the chat goes on in a new stream.',
            '    List<ToolOutput> outputs = new ArrayList<>();',
            '    for (ChatToolCall call : chat.getRequiredAction().getSubmitToolOutputs().getToolCalls()) {',
            '      outputs.add(ToolOutput.of(call.getID(), runTool(call.getFunction().getName(), call.getFunction().getArguments())));',
            '    }',
            '    events =',
            '        coze.chat()',
            '            .streamSubmitToolOutputs(',
            '                SubmitToolOutputsReq.builder()',
            '                    .conversationID(chat.getConversationID())',
            '                    .chatID(chat.getID())',
            '                    .toolOutputs(outputs)',
            '                    .build());',
            '  }',
            '}',
          ],
          methods: [
            '// The end-side plugin: runs here when the bot asks for it; answers with a JSON string.',
            'static String runTool(String name, String argumentsJson) {',
            '  if (name.equals("get_weather")) {',
            '    return "{\\"temperature\\": \\"21°C\\", \\"condition\\": \\"sunny\\"}";',
            '  }',
            '  return "{\\"error\\": \\"no local tool named " + name + "\\"}";',
            '}',
          ],
        };
      return {
        imports: [
          ...imports,
          'com.coze.openapi.client.chat.model.ChatEvent',
          'com.coze.openapi.client.chat.model.ChatEventType',
          'io.reactivex.Flowable',
        ],
        lines: [
          `CreateChatReq req =\n    ${req.replace(/\n/g, '\n    ')};`,
          'Flowable<ChatEvent> events = coze.chat().stream(req);',
          ...CHAT_EVENTS,
        ],
      };
    }
    case 'submit-tool-outputs': {
      const outputs = (Array.isArray(body.tool_outputs) ? body.tool_outputs : []) as Json[];
      const req = [
        'SubmitToolOutputsReq.builder()',
        `    .conversationID(${cString(String(query.conversation_id ?? ''))})`,
        `    .chatID(${cString(String(query.chat_id ?? ''))})`,
        `    .toolOutputs(List.of(${outputs.map((o) => `ToolOutput.of(${cString(String(o.tool_call_id ?? ''))}, ${cString(String(o.output ?? ''))})`).join(', ')}))`,
        '    .build()',
      ].join('\n');
      const imports = [
        'com.coze.openapi.client.chat.SubmitToolOutputsReq',
        'com.coze.openapi.client.chat.model.ToolOutput',
      ];
      if (body.stream === true)
        return {
          imports: [
            ...imports,
            'com.coze.openapi.client.chat.model.ChatEvent',
            'com.coze.openapi.client.chat.model.ChatEventType',
            'io.reactivex.Flowable',
          ],
          lines: [
            `SubmitToolOutputsReq req =\n    ${req.replace(/\n/g, '\n    ')};`,
            'Flowable<ChatEvent> events = coze.chat().streamSubmitToolOutputs(req);',
            ...CHAT_EVENTS,
          ],
        };
      return {
        imports,
        lines: [
          `SubmitToolOutputsReq req =\n    ${req.replace(/\n/g, '\n    ')};`,
          'System.out.println(coze.chat().submitToolOutputs(req));',
        ],
      };
    }
    case 'run-workflow': {
      const req = builder('RunWorkflowReq', body, WORKFLOW_SETTERS);
      if (!req) return undefined;
      return {
        imports: [
          'com.coze.openapi.client.workflows.run.RunWorkflowReq',
          'com.coze.openapi.client.workflows.run.RunWorkflowResp',
        ],
        lines: [
          `RunWorkflowReq req =\n    ${req.replace(/\n/g, '\n    ')};`,
          'RunWorkflowResp result = coze.workflows().runs().create(req);',
          'System.out.println(result.getData());',
        ],
      };
    }
    case 'stream-run-workflow':
    case 'stream-resume-workflow': {
      const resume = input.endpoint.id === 'stream-resume-workflow';
      const req = resume
        ? builder('ResumeRunReq', body, RESUME_SETTERS)
        : builder('RunWorkflowReq', without(body, 'is_async'), WORKFLOW_SETTERS);
      if (!req) return undefined;
      const answer = typeof body.resume_data === 'string' ? body.resume_data : 'Beijing';
      return {
        imports: [
          'com.coze.openapi.client.workflows.run.ResumeRunReq',
          ...(resume ? [] : ['com.coze.openapi.client.workflows.run.RunWorkflowReq']),
          'com.coze.openapi.client.workflows.run.model.WorkflowEvent',
          'com.coze.openapi.client.workflows.run.model.WorkflowEventType',
          'io.reactivex.Flowable',
        ],
        lines: [
          `${resume ? 'ResumeRunReq' : 'RunWorkflowReq'} req =\n    ${req.replace(/\n/g, '\n    ')};`,
          `handle(coze, ${cString(String(body.workflow_id ?? ''))}, coze.workflows().runs().${resume ? 'resume' : 'stream'}(req));`,
        ],
        methods: [
          '// What to answer when the workflow stops at a question node; the run then resumes.',
          `static final String ANSWER = ${cString(answer)};`,
          '',
          'static void handle(CozeAPI coze, String workflowID, Flowable<WorkflowEvent> events) {',
          '  events.blockingForEach(',
          '      event -> {',
          '        if (WorkflowEventType.MESSAGE.equals(event.getEvent())) {',
          '          System.out.print(event.getMessage().getContent());',
          '        } else if (WorkflowEventType.ERROR.equals(event.getEvent())) {',
          '          System.out.println("\\nerror: " + event.getError());',
          '        } else if (WorkflowEventType.DONE.equals(event.getEvent())) {',
          '          System.out.println("\\ndone");',
          '        } else if (WorkflowEventType.INTERRUPT.equals(event.getEvent())) {',
          '          System.out.println("\\ninterrupted, answering " + ANSWER);',
          '          handle(',
          '              coze,',
          '              workflowID,',
          '              coze.workflows()',
          '                  .runs()',
          '                  .resume(',
          '                      ResumeRunReq.builder()',
          '                          .workflowID(workflowID)',
          '                          .eventID(event.getInterrupt().getInterruptData().getEventID())',
          '                          .resumeData(ANSWER)',
          '                          .interruptType(event.getInterrupt().getInterruptData().getType())',
          '                          .build()));',
          '        }',
          '      });',
          '}',
        ],
      };
    }
    default:
      return undefined;
  }
}

/** Whether the samples write a coze-java call for this request. */
export function javaCallFor(input: SampleInput): boolean {
  return javaCall(input) !== undefined;
}

function indent(lines: readonly string[], by: string): string[] {
  return lines.flatMap((line) => line.split('\n')).map((line) => (line ? `${by}${line}` : line));
}

/** A Java program calling the endpoint with coze-java's `CozeAPI` client. */
export function javaSdkSample(input: SampleInput): string {
  const call = javaCall(input)!;
  const region = regionConstant(input.model);
  const base = region ? `Consts.COZE_${region}_BASE_URL` : cString(input.model.baseUrl);
  const imports = new Set([
    'com.coze.openapi.service.auth.TokenAuth',
    'com.coze.openapi.service.service.CozeAPI',
    ...(region ? ['com.coze.openapi.service.config.Consts'] : []),
    ...call.imports,
  ]);
  const code = [...call.lines, ...(call.methods ?? [])].join('\n');
  if (code.includes('List.of') || code.includes('List<')) imports.add('java.util.List');
  if (code.includes('Map.')) imports.add('java.util.Map');
  return [
    ...[...imports].sort().map((name) => `import ${name};`),
    '',
    'public class Main {',
    '  public static void main(String[] args) {',
    '    CozeAPI coze =',
    '        new CozeAPI.Builder()',
    `            .baseURL(${base})`,
    `            .auth(new TokenAuth(System.getenv("${TOKEN_ENV}")))`,
    '            .build();',
    '',
    ...indent(call.lines, '    '),
    '    coze.shutdownExecutor();',
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
