import { isEndpoint, sdkCallId } from '../../endpoint-table';
import {
  chain,
  declare,
  jBool,
  jInt,
  jObjectMap,
  jString,
  jStringMap,
  newBuild,
  type JavaCall,
  type Setters,
} from './builder';
import { jMessages } from './requests';
import { cString, pick, without, type Json, type SampleInput } from '../shared';

// The chat and workflow programs: streams read event by event, the create-and-poll helper, the
// end-side plugin's round trip, and a workflow answering its own question node.

const CHAT_SETTERS: Setters = {
  conversation_id: jString('conversationID'),
  bot_id: jString('botID'),
  user_id: jString('userID'),
  additional_messages: jMessages('messages'),
  custom_variables: jStringMap('customVariables'),
  meta_data: jStringMap('metaData'),
  parameters: jObjectMap('parameters'),
  // Stream and auto_save_history are set by the method called.
  stream: () => '',
  auto_save_history: () => '',
};

const WORKFLOW_SETTERS: Setters = {
  workflow_id: jString('workflowID'),
  parameters: jObjectMap('parameters'),
  bot_id: jString('botID'),
  app_id: jString('appID'),
  ext: jStringMap('ext'),
  is_async: jBool('isAsync'),
};

const RESUME_SETTERS: Setters = {
  workflow_id: jString('workflowID'),
  event_id: jString('eventID'),
  resume_data: jString('resumeData'),
  interrupt_type: jInt('interruptType'),
};

const CHATFLOW_SETTERS: Setters = {
  workflow_id: jString('workflowID'),
  additional_messages: jMessages('additionalMessages'),
  parameters: jObjectMap('parameters'),
  app_id: jString('appID'),
  bot_id: jString('botID'),
  conversation_id: jString('conversationID'),
  ext: jStringMap('ext'),
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

const STREAM_IMPORTS = [
  'com.coze.openapi.client.chat.model.ChatEvent',
  'com.coze.openapi.client.chat.model.ChatEventType',
  'io.reactivex.Flowable',
];

const CHAT = 'com.coze.openapi.client.chat';

function createChat(input: SampleInput): JavaCall | undefined {
  const build = newBuild();
  const fqn = `${CHAT}.CreateChatReq`;
  const req = chain(build, fqn, { ...pick(input.query, 'conversation_id'), ...input.body }, CHAT_SETTERS);
  if (!req) return undefined;
  const imports = [...build.imports];
  const declared = declare(build, fqn, req);
  if (input.variant === 'non-streaming')
    return {
      imports: [...imports, `${CHAT}.model.ChatPoll`, 'com.coze.openapi.client.connversations.message.model.Message'],
      lines: [
        ...declared,
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
        ...STREAM_IMPORTS,
        `${CHAT}.SubmitToolOutputsReq`,
        `${CHAT}.model.Chat`,
        `${CHAT}.model.ChatToolCall`,
        `${CHAT}.model.ToolOutput`,
        'java.util.ArrayList',
        'java.util.concurrent.atomic.AtomicReference',
      ],
      lines: [...declared, ...PLUGIN_LOOP],
      methods: RUN_TOOL,
    };
  return {
    imports: [...imports, ...STREAM_IMPORTS],
    lines: [...declared, 'Flowable<ChatEvent> events = coze.chat().stream(req);', ...CHAT_EVENTS],
  };
}

const PLUGIN_LOOP = [
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
];

const RUN_TOOL = [
  '// The end-side plugin: runs here when the bot asks for it; answers with a JSON string.',
  'static String runTool(String name, String argumentsJson) {',
  '  if (name.equals("get_weather")) {',
  '    return "{\\"temperature\\": \\"21°C\\", \\"condition\\": \\"sunny\\"}";',
  '  }',
  '  return "{\\"error\\": \\"no local tool named " + name + "\\"}";',
  '}',
];

function submitToolOutputs(input: SampleInput): JavaCall {
  const { body, query } = input;
  const outputs = (Array.isArray(body.tool_outputs) ? body.tool_outputs : []) as Json[];
  const req = [
    'SubmitToolOutputsReq.builder()',
    `    .conversationID(${cString(String(query.conversation_id ?? ''))})`,
    `    .chatID(${cString(String(query.chat_id ?? ''))})`,
    `    .toolOutputs(List.of(${outputs.map((o) => `ToolOutput.of(${cString(String(o.tool_call_id ?? ''))}, ${cString(String(o.output ?? ''))})`).join(', ')}))`,
    '    .build()',
  ].join('\n');
  const imports = [`${CHAT}.SubmitToolOutputsReq`, `${CHAT}.model.ToolOutput`];
  const declared = declare(newBuild(), `${CHAT}.SubmitToolOutputsReq`, req);
  if (body.stream === true)
    return {
      imports: [...imports, ...STREAM_IMPORTS],
      lines: [...declared, 'Flowable<ChatEvent> events = coze.chat().streamSubmitToolOutputs(req);', ...CHAT_EVENTS],
    };
  return { imports, lines: [...declared, 'System.out.println(coze.chat().submitToolOutputs(req));'] };
}

const RUN = 'com.coze.openapi.client.workflows.run';

function runWorkflow(input: SampleInput): JavaCall | undefined {
  const build = newBuild();
  const req = chain(build, `${RUN}.RunWorkflowReq`, input.body, WORKFLOW_SETTERS);
  if (!req) return undefined;
  return {
    imports: [...build.imports, `${RUN}.RunWorkflowResp`],
    lines: [
      ...declare(build, `${RUN}.RunWorkflowReq`, req),
      'RunWorkflowResp result = coze.workflows().runs().create(req);',
      'System.out.println(result.getData());',
    ],
  };
}

function streamWorkflow(input: SampleInput): JavaCall | undefined {
  const { body } = input;
  const resume = isEndpoint(input.endpoint, 'stream-resume-workflow');
  const build = newBuild();
  const fqn = resume ? `${RUN}.ResumeRunReq` : `${RUN}.RunWorkflowReq`;
  const req = chain(build, fqn, resume ? body : without(body, 'is_async'), resume ? RESUME_SETTERS : WORKFLOW_SETTERS);
  if (!req) return undefined;
  const answer = typeof body.resume_data === 'string' ? body.resume_data : 'Beijing';
  return {
    imports: [
      ...build.imports,
      `${RUN}.ResumeRunReq`,
      `${RUN}.model.WorkflowEvent`,
      `${RUN}.model.WorkflowEventType`,
      'io.reactivex.Flowable',
    ],
    lines: [
      ...declare(build, fqn, req),
      `handle(coze, ${cString(String(body.workflow_id ?? ''))}, coze.workflows().runs().${resume ? 'resume' : 'stream'}(req));`,
    ],
    methods: [
      '// What to answer when the workflow stops at a question node; the run then resumes.',
      `static final String ANSWER = ${cString(answer)};`,
      '',
      ...WORKFLOW_HANDLER,
    ],
  };
}

const WORKFLOW_HANDLER = [
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
];

function runChatflow(input: SampleInput): JavaCall | undefined {
  const build = newBuild();
  const fqn = 'com.coze.openapi.client.workflows.chat.WorkflowChatReq';
  const req = chain(build, fqn, input.body, CHATFLOW_SETTERS);
  if (!req) return undefined;
  return {
    imports: [...build.imports, ...STREAM_IMPORTS],
    lines: [
      ...declare(build, fqn, req),
      'Flowable<ChatEvent> events = coze.workflows().chat().stream(req);',
      ...CHAT_EVENTS,
    ],
  };
}

/** The coze-java program for a chat or workflow call, or undefined for other endpoints. */
export function chatCall(input: SampleInput): JavaCall | undefined {
  switch (sdkCallId(input.endpoint, 'java')) {
    case 'create-chat':
      return createChat(input);
    case 'submit-tool-outputs':
      return submitToolOutputs(input);
    case 'run-workflow':
      return runWorkflow(input);
    case 'stream-run-workflow':
    case 'stream-resume-workflow':
      return streamWorkflow(input);
    case 'run-chatflow':
      return runChatflow(input);
    default:
      return undefined;
  }
}
