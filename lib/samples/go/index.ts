import { sdkCallId } from '../../endpoint-table';
import { goApiProgram, goBaseURL, goImportsOf, type GoProgram } from './api';
import { field, goInt, goStr, goStringMap, structBody, type GoFields } from './struct';
import {
  cString,
  headersToSend,
  outputFileName,
  pick,
  sampleParts,
  streamKind,
  TOKEN_ENV,
  without,
  type Json,
  type SampleInput,
  type SampleWriter,
} from '../shared';

/** A Go value for a JSON value: `map[string]any`, `[]any`, strings, numbers, booleans, nil. */
export function goLiteral(value: unknown, indent = '\t'): string {
  if (value === null || value === undefined) return 'nil';
  if (typeof value === 'string') return cString(value);
  if (typeof value !== 'object') return String(value);
  const inner = `${indent}\t`;
  if (Array.isArray(value))
    return value.length
      ? `[]any{\n${value.map((item) => `${inner}${goLiteral(item, inner)},`).join('\n')}\n${indent}}`
      : '[]any{}';
  const entries = Object.entries(value as Json);
  return entries.length
    ? `map[string]any{\n${entries.map(([key, item]) => `${inner}${cString(key)}: ${goLiteral(item, inner)},`).join('\n')}\n${indent}}`
    : 'map[string]any{}';
}

/** Text messages as coze-go builds them, or undefined when one is not plain text. */
function goMessages(list: unknown, indent = ''): string | undefined {
  if (!Array.isArray(list)) return undefined;
  const built: string[] = [];
  for (const message of list as Json[]) {
    if ((message.content_type ?? 'text') !== 'text' || typeof message.content !== 'string' || message.meta_data)
      return undefined;
    if (message.role === 'user') built.push(`${indent}\tcoze.BuildUserQuestionText(${cString(message.content)}, nil),`);
    else if (message.role === 'assistant')
      built.push(`${indent}\tcoze.BuildAssistantAnswer(${cString(message.content)}, nil),`);
    else return undefined;
  }
  return `[]*coze.Message{\n${built.join('\n')}\n${indent}}`;
}

const CHAT_FIELDS: GoFields = {
  conversation_id: field('ConversationID', goStr),
  bot_id: field('BotID', goStr),
  user_id: field('UserID', goStr),
  additional_messages: field('Messages', goMessages),
  custom_variables: field('CustomVariables', goStringMap),
  meta_data: field('MetaData', goStringMap),
  parameters: field('Parameters', goLiteral),
  connector_id: field('ConnectorID', goStr),
  // Stream and auto_save_history are set by the method called.
  stream: 'implied',
  auto_save_history: 'implied',
};

const WORKFLOW_FIELDS: GoFields = {
  workflow_id: field('WorkflowID', goStr),
  parameters: field('Parameters', goLiteral),
  bot_id: field('BotID', goStr),
  app_id: field('AppID', goStr),
  ext: field('Ext', goStringMap),
  is_async: field('IsAsync', (value) => String(value === true)),
};

const RESUME_FIELDS: GoFields = {
  workflow_id: field('WorkflowID', goStr),
  event_id: field('EventID', goStr),
  resume_data: field('ResumeData', goStr),
  interrupt_type: field('InterruptType', goInt),
};

/** A chat or workflow request: any form field these types lack leaves the call to net/http. */
function struct(type: string, body: Json, fields: GoFields): string | undefined {
  const lines = structBody(body, fields, '\t', { absent: 'fail' });
  return lines && `&coze.${type}{\n${lines.join('\n')}\n\t}`;
}

const RECV = [
  '\t\tevent, err := stream.Recv()',
  '\t\tif errors.Is(err, io.EOF) {',
  '\t\t\tbreak',
  '\t\t}',
  '\t\tif err != nil {',
  '\t\t\tpanic(err)',
  '\t\t}',
];

function chatLoop(streamExpr: string, extra: string[] = []): string[] {
  return [
    `\tstream, err := ${streamExpr}`,
    '\tif err != nil {',
    '\t\tpanic(err)',
    '\t}',
    '\tdefer stream.Close()',
    '\tfor {',
    ...RECV,
    '\t\tswitch event.Event {',
    '\t\tcase coze.ChatEventConversationMessageDelta:',
    '\t\t\tfmt.Print(event.Message.Content)',
    '\t\tcase coze.ChatEventConversationChatCompleted:',
    '\t\t\tfmt.Println("\\ntokens:", event.Chat.Usage.TokenCount)',
    ...extra,
    '\t\t}',
    '\t}',
  ];
}

/** The body of `main` for the coze-go call, or undefined when the samples don't write one. */
function goCall(input: SampleInput): GoProgram | undefined {
  const { body, query } = input;
  const stream = ['errors', 'io'];
  const id = sdkCallId(input.endpoint, 'go');
  switch (id) {
    case 'create-chat': {
      const req = struct('CreateChatsReq', { ...pick(query, 'conversation_id'), ...body }, CHAT_FIELDS);
      if (!req) return undefined;
      if (input.variant === 'non-streaming')
        return {
          imports: [],
          lines: [
            `\treq := ${req}`,
            '\t// CreateAndPoll creates the chat, polls it every second until it ends and lists its messages.',
            '\tresult, err := cozeCli.Chat.CreateAndPoll(ctx, req, nil)',
            '\tif err != nil {',
            '\t\tpanic(err)',
            '\t}',
            '\tfmt.Println("status:", result.Chat.Status)',
            '\tfor _, message := range result.Messages {',
            '\t\tif message.Type == "answer" {',
            '\t\t\tfmt.Println(message.Content)',
            '\t\t}',
            '\t}',
          ],
        };
      if (input.variant === 'plugin')
        return {
          imports: [...stream, 'encoding/json'],
          lines: [
            `\treq := ${req}`,
            '\tstream, err := cozeCli.Chat.Stream(ctx, req)',
            '\tfor err == nil && stream != nil {',
            '\t\tvar waiting *coze.Chat',
            '\t\tfor {',
            '\t\t\tevent, recvErr := stream.Recv()',
            '\t\t\tif errors.Is(recvErr, io.EOF) {',
            '\t\t\t\tbreak',
            '\t\t\t}',
            '\t\t\tif recvErr != nil {',
            '\t\t\t\tpanic(recvErr)',
            '\t\t\t}',
            '\t\t\tif event.Event == coze.ChatEventConversationMessageDelta {',
            '\t\t\t\tfmt.Print(event.Message.Content)',
            '\t\t\t} else if event.Event == coze.ChatEventConversationChatRequiresAction {',
            '\t\t\t\twaiting = event.Chat',
            '\t\t\t}',
            '\t\t}',
            '\t\tstream.Close()',
            '\t\tstream = nil',
            '\t\tif waiting == nil {',
            '\t\t\tbreak',
            '\t\t}',
            '\t\t// Run each requested tool here, then submit its output; the chat goes on in a new stream.',
            '\t\tvar outputs []*coze.ToolOutput',
            '\t\tfor _, call := range waiting.RequiredAction.SubmitToolOutputs.ToolCalls {',
            '\t\t\toutput, _ := json.Marshal(runTool(call.Function.Name, call.Function.Arguments))',
            '\t\t\toutputs = append(outputs, &coze.ToolOutput{ToolCallID: call.ID, Output: string(output)})',
            '\t\t}',
            '\t\tstream, err = cozeCli.Chat.StreamSubmitToolOutputs(ctx, &coze.SubmitToolOutputsChatReq{',
            '\t\t\tConversationID: waiting.ConversationID,',
            '\t\t\tChatID:         waiting.ID,',
            '\t\t\tToolOutputs:    outputs,',
            '\t\t})',
            '\t}',
            '\tif err != nil {',
            '\t\tpanic(err)',
            '\t}',
            '}',
            '',
            '// runTool is the end-side plugin: it runs here when the bot asks for it.',
            'func runTool(name string, arguments string) map[string]any {',
            '\tvar args map[string]any',
            '\t_ = json.Unmarshal([]byte(arguments), &args)',
            '\tif name == "get_weather" {',
            '\t\treturn map[string]any{"city": args["city"], "temperature": "21°C", "condition": "sunny"}',
            '\t}',
            '\treturn map[string]any{"error": "no local tool named " + name}',
          ],
        };
      return { imports: stream, lines: [`\treq := ${req}`, ...chatLoop('cozeCli.Chat.Stream(ctx, req)')] };
    }
    case 'submit-tool-outputs': {
      const outputs = (Array.isArray(body.tool_outputs) ? body.tool_outputs : []) as Json[];
      const req = [
        '&coze.SubmitToolOutputsChatReq{',
        `\t\tConversationID: ${goStr(query.conversation_id ?? '')},`,
        `\t\tChatID:         ${goStr(query.chat_id ?? '')},`,
        '\t\tToolOutputs: []*coze.ToolOutput{',
        ...outputs.map((o) => `\t\t\t{ToolCallID: ${goStr(o.tool_call_id ?? '')}, Output: ${goStr(o.output ?? '')}},`),
        '\t\t},',
        '\t}',
      ].join('\n');
      if (body.stream === true)
        return {
          imports: stream,
          lines: [`\treq := ${req}`, ...chatLoop('cozeCli.Chat.StreamSubmitToolOutputs(ctx, req)')],
        };
      return {
        imports: [],
        lines: [
          `\tchat, err := cozeCli.Chat.SubmitToolOutputs(ctx, ${req})`,
          '\tif err != nil {',
          '\t\tpanic(err)',
          '\t}',
          '\tfmt.Println("status:", chat.Status)',
        ],
      };
    }
    case 'retrieve-chat':
    case 'cancel-chat': {
      const ids = id === 'retrieve-chat' ? query : body;
      const [method, type] = id === 'retrieve-chat' ? ['Retrieve', 'RetrieveChatsReq'] : ['Cancel', 'CancelChatsReq'];
      return {
        imports: [],
        lines: [
          `\tchat, err := cozeCli.Chat.${method}(ctx, &coze.${type}{`,
          `\t\tConversationID: ${goStr(ids.conversation_id ?? '')},`,
          `\t\tChatID:         ${goStr(ids.chat_id ?? '')},`,
          '\t})',
          '\tif err != nil {',
          '\t\tpanic(err)',
          '\t}',
          '\tfmt.Println("status:", chat.Status)',
        ],
      };
    }
    case 'list-chat-messages':
      return {
        imports: [],
        lines: [
          '\tresult, err := cozeCli.Chat.Messages.List(ctx, &coze.ListChatsMessagesReq{',
          `\t\tConversationID: ${goStr(query.conversation_id ?? '')},`,
          `\t\tChatID:         ${goStr(query.chat_id ?? '')},`,
          '\t})',
          '\tif err != nil {',
          '\t\tpanic(err)',
          '\t}',
          '\tfor _, message := range result.Messages {',
          '\t\tfmt.Println(message.Role, message.Type, message.Content)',
          '\t}',
        ],
      };
    case 'run-workflow': {
      const req = struct('RunWorkflowsReq', body, WORKFLOW_FIELDS);
      if (!req) return undefined;
      return {
        imports: [],
        lines: [
          `\tresult, err := cozeCli.Workflows.Runs.Create(ctx, ${req})`,
          '\tif err != nil {',
          '\t\tpanic(err)',
          '\t}',
          '\tfmt.Println(result.Data)',
        ],
      };
    }
    case 'stream-run-workflow':
    case 'stream-resume-workflow': {
      const resume = id === 'stream-resume-workflow';
      const req = resume
        ? struct('ResumeRunWorkflowsReq', body, RESUME_FIELDS)
        : struct('RunWorkflowsReq', without(body, 'is_async'), WORKFLOW_FIELDS);
      if (!req) return undefined;
      const answer = typeof body.resume_data === 'string' ? body.resume_data : 'Beijing';
      return {
        imports: [...stream, 'context'],
        lines: [
          `\tstream, err := cozeCli.Workflows.Runs.${resume ? 'Resume' : 'Stream'}(ctx, ${req})`,
          '\tif err != nil {',
          '\t\tpanic(err)',
          '\t}',
          `\thandle(ctx, cozeCli, ${goStr(body.workflow_id ?? '')}, stream)`,
          '}',
          '',
          '// answer is what to reply when the workflow stops at a question node; the run then resumes.',
          `const answer = ${cString(answer)}`,
          '',
          'func handle(ctx context.Context, cozeCli coze.CozeAPI, workflowID string, stream coze.Stream[coze.WorkflowEvent]) {',
          '\tdefer stream.Close()',
          '\tfor {',
          ...RECV,
          '\t\tswitch event.Event {',
          '\t\tcase coze.WorkflowEventTypeMessage:',
          '\t\t\tfmt.Print(event.Message.Content)',
          '\t\tcase coze.WorkflowEventTypeError:',
          '\t\t\tfmt.Println("\\nerror:", event.Error.ErrorMessage)',
          '\t\tcase coze.WorkflowEventTypeDone:',
          '\t\t\tfmt.Println("\\ndone")',
          '\t\tcase coze.WorkflowEventTypeInterrupt:',
          '\t\t\tdata := event.Interrupt.InterruptData',
          '\t\t\tfmt.Println("\\ninterrupted at", event.Interrupt.NodeTitle, "answering", answer)',
          '\t\t\tnext, err := cozeCli.Workflows.Runs.Resume(ctx, &coze.ResumeRunWorkflowsReq{',
          '\t\t\t\tWorkflowID:    workflowID,',
          '\t\t\t\tEventID:       data.EventID,',
          '\t\t\t\tResumeData:    answer,',
          '\t\t\t\tInterruptType: data.Type,',
          '\t\t\t})',
          '\t\t\tif err != nil {',
          '\t\t\t\tpanic(err)',
          '\t\t\t}',
          '\t\t\thandle(ctx, cozeCli, workflowID, next)',
          '\t\t}',
          '\t}',
        ],
      };
    }
    case 'run-chatflow': {
      const fields = {
        workflow_id: field('WorkflowID', goStr),
        bot_id: field('BotID', () => '&botID'),
        additional_messages: field('AdditionalMessages', goMessages),
        parameters: field('Parameters', goLiteral),
      };
      const req = struct('WorkflowsChatStreamReq', body, fields);
      if (!req) return undefined;
      const botId = body.bot_id === undefined ? [] : [`\tbotID := ${goStr(body.bot_id)}`];
      return {
        imports: stream,
        lines: [...botId, `\treq := ${req}`, ...chatLoop('cozeCli.Workflows.Chat.Stream(ctx, req)')],
      };
    }
    default:
      return goApiProgram(input);
  }
}

/** Whether the samples write a coze-go call for this request. */
export function goCallFor(input: SampleInput): boolean {
  return goCall(input) !== undefined;
}

/** A Go program calling the endpoint with coze-go: its `NewCozeAPI` client, or its OAuth clients. */
export function goSdkSample(input: SampleInput): string {
  const call = goCall(input)!;
  const client =
    call.client === false
      ? []
      : [
          `\tcozeCli := coze.NewCozeAPI(coze.NewTokenAuth(os.Getenv("${TOKEN_ENV}")), coze.WithBaseURL(${goBaseURL(input)}))`,
          '',
        ];
  const imports = [...new Set(['context', 'fmt', ...call.imports, ...goImportsOf([...client, ...call.lines])])].sort();
  // coze-go exports no pointer helper, and takes optional fields as pointers.
  const ptr = call.lines.some((line) => line.includes('ptr('))
    ? ['', '// ptr gives coze-go the pointers its optional fields take.', 'func ptr[T any](v T) *T { return &v }']
    : [];
  return [
    'package main',
    '',
    'import (',
    ...imports.map((name) => `\t"${name}"`),
    '',
    '\t"github.com/coze-dev/coze-go"',
    ')',
    '',
    'func main() {',
    '\tctx := context.Background()',
    ...client,
    ...call.lines,
    '}',
    ...ptr,
  ].join('\n');
}

/** A Go program sending the same request with net/http, for calls coze-go lacks. */
export function goHttpSample(input: SampleInput): string {
  const { model, endpoint } = input;
  const imports = new Set(['fmt', 'net/http', 'os']);
  const lines: string[] = [];
  let bodyArg = 'nil';
  if (model.body.kind === 'json') {
    imports.add('strings');
    lines.push(`\tbody := strings.NewReader(${cString(model.body.text)})`);
    bodyArg = 'body';
  } else if (model.body.kind === 'multipart') {
    for (const name of ['bytes', 'io', 'mime/multipart', 'path/filepath']) imports.add(name);
    lines.push('\tvar body bytes.Buffer', '\tform := multipart.NewWriter(&body)');
    for (const part of sampleParts(input)) {
      if ('value' in part) lines.push(`\tform.WriteField(${cString(part.name)}, ${cString(part.value)})`);
      else
        lines.push(
          `\tfile, err := os.Open(${cString(part.path)})`,
          '\tif err != nil {',
          '\t\tpanic(err)',
          '\t}',
          `\tpart, _ := form.CreateFormFile(${cString(part.name)}, filepath.Base(file.Name()))`,
          '\tio.Copy(part, file)',
          '\tfile.Close()',
        );
    }
    lines.push('\tform.Close()');
    bodyArg = '&body';
  }
  lines.push(
    `\treq, err := http.NewRequest(${cString(model.method)}, ${cString(model.upstreamUrl)}, ${bodyArg})`,
    '\tif err != nil {',
    '\t\tpanic(err)',
    '\t}',
    `\treq.Header.Set("Authorization", "Bearer "+os.Getenv("${TOKEN_ENV}"))`,
  );
  for (const [name, value] of headersToSend(model)) lines.push(`\treq.Header.Set(${cString(name)}, ${cString(value)})`);
  if (model.body.kind === 'multipart') lines.push('\treq.Header.Set("Content-Type", form.FormDataContentType())');
  lines.push(
    '\tresp, err := http.DefaultClient.Do(req)',
    '\tif err != nil {',
    '\t\tpanic(err)',
    '\t}',
    '\tdefer resp.Body.Close()',
    '\tfmt.Println(resp.Status, "logid", resp.Header.Get("X-Tt-Logid"))',
  );
  if (model.streams) {
    imports.add('bufio');
    lines.push(
      `\t// Server-sent events, line by line as they arrive (${streamKind(endpoint) === 'workflow' ? 'Message events carry the output' : 'answer deltas arrive in conversation.message.delta'}).`,
      '\tscanner := bufio.NewScanner(resp.Body)',
      '\tfor scanner.Scan() {',
      '\t\tfmt.Println(scanner.Text())',
      '\t}',
    );
  } else if (endpoint.responseKind === 'binary') {
    imports.add('io');
    lines.push(
      `\tout, err := os.Create(${cString(outputFileName(input))})`,
      '\tif err != nil {',
      '\t\tpanic(err)',
      '\t}',
      '\tdefer out.Close()',
      '\tn, _ := io.Copy(out, resp.Body)',
      `\tfmt.Println("wrote", n, "bytes to ${outputFileName(input)}")`,
    );
  } else {
    imports.add('io');
    lines.push('\tdata, _ := io.ReadAll(resp.Body)', '\tfmt.Println(string(data))');
  }
  return [
    'package main',
    '',
    'import (',
    ...[...imports].sort().map((name) => `\t"${name}"`),
    ')',
    '',
    'func main() {',
    ...lines,
    '}',
  ].join('\n');
}

/** The coze-go tab's writer: coze-go where the samples have its call, else net/http. */
export const writer: SampleWriter = { http: goHttpSample, sdk: { has: goCallFor, write: goSdkSample } };
