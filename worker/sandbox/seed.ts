import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import { answerStep, settle, toolCallStep, type TurnContext } from './chat-plan';
import { BOTS, FIXTURE_IDS, SANDBOX_USER, workflowById } from './fixtures';
import { platformEntries } from './seed-platform';
import { planRun } from './workflow-plan';
import type {
  ChatRecord,
  CollaborationRecord,
  ConversationRecord,
  FileRecord,
  InterruptRecord,
  MessageRecord,
  RunRecord,
} from './records';

const sec = (ms: number) => Math.floor(ms / 1000);

function conversation(id: string, name: string, botId: string, sectionId: string, atMs: number): ConversationRecord {
  return {
    id,
    name,
    meta_data: {},
    creator_id: SANDBOX_USER.id,
    created_at: sec(atMs),
    updated_at: sec(atMs),
    last_section_id: sectionId,
    connector_id: '1024',
    bot_id: botId,
  };
}

function question(
  id: string,
  conversationId: string,
  chatId: string,
  sectionId: string,
  text: string,
  atMs: number,
): MessageRecord {
  return {
    id,
    conversation_id: conversationId,
    role: 'user',
    type: 'question',
    chat_id: chatId,
    section_id: sectionId,
    content: text,
    content_type: 'text',
    meta_data: {},
    created_at: sec(atMs),
    updated_at: sec(atMs),
  };
}

function chatOf(ctx: TurnContext, atMs: number, text: string): ChatRecord {
  return {
    id: ctx.chatId,
    conversation_id: ctx.conversationId,
    bot_id: ctx.botId,
    section_id: ctx.sectionId,
    created_at: sec(atMs),
    meta_data: {},
    status: 'in_progress',
    messages: [],
    question: text,
    auto_save_history: true,
  };
}

/** Runs a planned chat to the end of its step, as if its time had passed. */
function settled(chat: ChatRecord): { chat: ChatRecord; saved: MessageRecord[] } {
  return settle(chat, Number.MAX_SAFE_INTEGER)!;
}

function idsFrom(ids: readonly string[]): () => string {
  let next = 0;
  return () => ids[next++]!;
}

/**
 * The storage entries of a new session, keyed as {@link SessionStore} keys them: the conversation
 * with a finished chat and a chat waiting for `get_weather`, a long-running chat, a file, a finished
 * workflow run and a run waiting at its question; then the platform fixtures of {@link platformEntries}.
 */
export function seedEntries(nowMs: number): Record<string, unknown> {
  const entries: Record<string, unknown> = {};
  const add = (key: string, value: unknown) => (entries[key] = value);
  const [helper, weather] = BOTS as [(typeof BOTS)[number], (typeof BOTS)[number]];
  const base = nowMs - 10 * 60_000;

  // The seeded conversation: one answered question, then a weather question waiting for the plugin.
  const convId = SANDBOX_IDS.conversation;
  const welcome = conversation(convId, 'Welcome to the sandbox', helper.id, FIXTURE_IDS.section, base);
  const shared = { conversationId: convId, sectionId: FIXTURE_IDS.section, seed: '', contextTokens: 48 };
  const askText = 'What can you do?';
  const ask: TurnContext = {
    ...shared,
    chatId: SANDBOX_IDS.chat,
    botId: helper.id,
    botName: helper.name,
    question: askText,
    turn: 1,
    readyAtMs: base + 3_000,
  };
  const answerIds = idsFrom([SANDBOX_IDS.message, FIXTURE_IDS.verbose, ...FIXTURE_IDS.followUps]);
  const done = settled({ ...chatOf(ask, base, askText), step: answerStep(ask, answerIds) });

  const weatherText = "What's the weather in Beijing?";
  const weatherAt = base + 60_000;
  const waiting: TurnContext = {
    ...shared,
    chatId: FIXTURE_IDS.pluginChat,
    botId: weather.id,
    botName: weather.name,
    question: weatherText,
    turn: 2,
    readyAtMs: weatherAt + 1_000,
  };
  const waitingStep = toolCallStep(waiting, idsFrom([FIXTURE_IDS.pluginFunctionCall]), FIXTURE_IDS.toolCall);
  const pending = settled({ ...chatOf(waiting, weatherAt, weatherText), step: waitingStep });

  const messages: MessageRecord[] = [
    question(FIXTURE_IDS.question, convId, SANDBOX_IDS.chat, FIXTURE_IDS.section, askText, base),
    ...done.saved,
    question(FIXTURE_IDS.pluginQuestion, convId, FIXTURE_IDS.pluginChat, FIXTURE_IDS.section, weatherText, weatherAt),
    ...pending.saved,
  ];
  add(`conv:${convId}`, { ...welcome, last_chat_id: FIXTURE_IDS.pluginChat, updated_at: sec(weatherAt) });
  for (const message of messages) add(`msg:${convId}:${message.id}`, message);
  add(`chat:${done.chat.id}`, done.chat);
  add(`chat:${pending.chat.id}`, pending.chat);

  // A chat that is still being written an hour from now, so cancel-chat has something to cancel.
  const longId = FIXTURE_IDS.runningConversation;
  const longText = 'Write a long essay about the history of tea.';
  const long: TurnContext = {
    ...shared,
    conversationId: longId,
    sectionId: FIXTURE_IDS.runningSection,
    chatId: FIXTURE_IDS.runningChat,
    botId: helper.id,
    botName: helper.name,
    question: longText,
    turn: 1,
    readyAtMs: nowMs + 60 * 60_000,
  };
  const longIds = idsFrom([
    '7351000000000000333',
    '7351000000000000334',
    '7351000000000000335',
    '7351000000000000336',
    '7351000000000000337',
  ]);
  add(`conv:${longId}`, {
    ...conversation(longId, 'A long essay', helper.id, FIXTURE_IDS.runningSection, nowMs),
    last_chat_id: FIXTURE_IDS.runningChat,
  });
  add(
    `msg:${longId}:${FIXTURE_IDS.runningQuestion}`,
    question(FIXTURE_IDS.runningQuestion, longId, FIXTURE_IDS.runningChat, FIXTURE_IDS.runningSection, longText, nowMs),
  );
  add(`chat:${FIXTURE_IDS.runningChat}`, { ...chatOf(long, nowMs, longText), step: answerStep(long, longIds) });

  const file: FileRecord = {
    id: SANDBOX_IDS.file,
    bytes: 1024,
    file_name: 'sandbox-welcome.txt',
    created_at: sec(base),
  };
  add(`file:${file.id}`, file);

  // A finished run of the plain workflow, and a run of the question workflow waiting for its answer.
  const workflow = workflowById(SANDBOX_IDS.workflow)!;
  const finished = planRun(workflow, { user_name: SANDBOX_USER.name });
  const run: RunRecord = {
    execute_id: SANDBOX_IDS.execute,
    workflow_id: workflow.id,
    run_mode: 0,
    bot_id: '0',
    connector_id: '1024',
    connector_uid: SANDBOX_USER.id,
    create_time: sec(base),
    update_time: sec(base) + 2,
    ready_at_ms: base + 2_000,
    outcome: 'Success',
    output: finished.kind === 'finished' ? finished.output : '',
    usage: finished.usage,
    node_execute_uuid: SANDBOX_IDS.nodeExecute,
    node_id: workflow.node.id,
    node_title: workflow.node.title,
    logid: '202412010000000123456789ABCDEF0001',
  };
  add(`run:${run.execute_id}`, run);

  const questionWorkflow = workflowById(SANDBOX_IDS.questionWorkflow)!;
  const asking = planRun(questionWorkflow, {});
  const interrupt: InterruptRecord = {
    event_id: SANDBOX_IDS.interruptEvent,
    workflow_id: questionWorkflow.id,
    execute_id: FIXTURE_IDS.interruptedExecute,
    question: asking.kind === 'interrupted' ? asking.question : '',
    node_title: 'Question',
    consumed: false,
    fixture: true,
  };
  add(`interrupt:${interrupt.event_id}`, interrupt);
  add(`run:${interrupt.execute_id}`, {
    ...run,
    execute_id: interrupt.execute_id,
    workflow_id: questionWorkflow.id,
    run_mode: 1,
    outcome: 'Interrupted',
    output: '',
    usage: asking.usage,
    node_execute_uuid: FIXTURE_IDS.interruptedNodeExecute,
    node_id: questionWorkflow.node.id,
    node_title: questionWorkflow.node.title,
    interrupt_data: { event_id: interrupt.event_id, type: 2, data: interrupt.question },
    logid: '202412010000000123456789ABCDEF0002',
  } satisfies RunRecord);

  const collaboration: CollaborationRecord = { mode: 'collaboration', user_ids: [SANDBOX_USER.id] };
  add(`collab:${workflow.id}`, collaboration);
  return { ...entries, ...platformEntries(nowMs) };
}
