import { SANDBOX_IDS } from '../../catalog/sandbox-ids';

/**
 * Ids of the extra objects every session starts with, beyond {@link SANDBOX_IDS}: the parts of the
 * seeded conversation, a chat waiting for `get_weather` and a long-running chat to cancel.
 */
export const FIXTURE_IDS = {
  section: '7351000000000000311',
  // Below SANDBOX_IDS.message (the answer), so the question lists first.
  question: '7351000000000000300',
  verbose: '7351000000000000313',
  followUps: ['7351000000000000314', '7351000000000000315', '7351000000000000316'],
  /** A pluginBot chat in the seeded conversation, in `requires_action`. */
  pluginChat: SANDBOX_IDS.pluginChat,
  /** The tool call that chat waits for. */
  toolCall: SANDBOX_IDS.toolCall,
  pluginQuestion: '7351000000000000321',
  pluginFunctionCall: '7351000000000000322',
  /** A conversation whose chat stays `in_progress` for an hour, so cancel has something to cancel. */
  runningConversation: SANDBOX_IDS.runningConversation,
  runningChat: SANDBOX_IDS.runningChat,
  runningSection: '7351000000000000331',
  runningQuestion: '7351000000000000332',
  /** The run that stopped at the question workflow's question (the seeded interrupt belongs to it). */
  interruptedExecute: '7351000000000000504',
  interruptedNodeExecute: '7351000000000000505',
  plugin: '7351000000000000901',
  // Not 902: that is SANDBOX_IDS.pluginCategory.
  pluginApi: '7351000000000000903',
  /** The knowledge base the agents use: the seeded text dataset. */
  knowledge: SANDBOX_IDS.dataset,
  model: '1737521813',
} as const;

/** Creation and update times of the static fixtures (agents, workflows), Unix seconds. */
export const FIXTURE_CREATED_AT = 1_730_000_000;
export const FIXTURE_UPDATED_AT = 1_731_000_000;

// Icons as data URIs, so a page that shows them needs no network either.
/** A square icon with a letter, as an SVG data URI. */
export function iconUrl(letter: string, color: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${color}"/><text x="32" y="42" font-size="30" text-anchor="middle" fill="#fff" font-family="sans-serif">${letter}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** The sandbox user, owner of everything in the session. */
export const SANDBOX_USER = { id: SANDBOX_IDS.user, name: 'sandbox_user' } as const;

/** One agent of the sandbox workspace. */
export interface BotFixture {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly icon_url: string;
  readonly prompt: string;
  readonly prologue: string;
  readonly suggested_questions: readonly string[];
  /** Set when every answer needs the caller's local `get_weather` plugin first. */
  readonly needsWeatherPlugin: boolean;
  readonly workflow_ids: readonly string[];
}

/** The agents of the sandbox workspace. */
export const BOTS: readonly BotFixture[] = [
  {
    id: SANDBOX_IDS.bot,
    name: 'Sandbox Helper',
    description: 'A friendly assistant that explains the Coze API. It answers from templates, so it needs no model.',
    icon_url: iconUrl('S', '#4d53e8'),
    prompt: 'You are Sandbox Helper, a friendly assistant. Answer briefly and suggest what to try next.',
    prologue: "Hi, I'm Sandbox Helper. Ask me anything and watch the events a Coze agent sends.",
    suggested_questions: ['What can you do?', 'How does streaming work?', 'Hello!'],
    needsWeatherPlugin: false,
    workflow_ids: [SANDBOX_IDS.workflow],
  },
  {
    id: SANDBOX_IDS.pluginBot,
    name: 'Weather Buddy',
    description:
      'Answers weather questions with a local plugin, get_weather, that the caller runs: its chats stop in requires_action.',
    icon_url: iconUrl('W', '#0fa968'),
    prompt: 'You are Weather Buddy. Call get_weather for the city the user names, then describe the weather.',
    prologue: 'Ask me about the weather anywhere; I will ask your get_weather plugin.',
    suggested_questions: ["What's the weather in Beijing?", 'Is it raining in London?'],
    needsWeatherPlugin: true,
    workflow_ids: [],
  },
];

/** The agent with this id, or undefined. */
export function botById(id: string): BotFixture | undefined {
  return BOTS.find((bot) => bot.id === id);
}

/** One workflow of the sandbox workspace; `kind` says how the sandbox runs it. */
export interface WorkflowFixture {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly kind: 'plain' | 'question' | 'chatflow';
  readonly app_id: string;
  readonly icon_url: string;
  readonly input: Readonly<Record<string, unknown>>;
  readonly output: Readonly<Record<string, unknown>>;
  /** The node whose output streams: an output node, or the end node. */
  readonly node: { readonly id: string; readonly title: string };
}

/** The workflows: a plain one, one that stops at a question node, and a chatflow in the app. */
export const WORKFLOWS: readonly WorkflowFixture[] = [
  {
    id: SANDBOX_IDS.workflow,
    name: 'greeting_workflow',
    description: 'Greets the user by name: start node, LLM node, end node.',
    kind: 'plain',
    app_id: '0',
    icon_url: iconUrl('G', '#f79009'),
    input: { user_name: { type: 'string', required: false, description: 'Who to greet.' } },
    output: { terminate_plan: 'return_variables', content: '', parameters: { output: { type: 'string' } } },
    node: { id: '900001', title: 'End' },
  },
  {
    id: SANDBOX_IDS.questionWorkflow,
    name: 'trip_planner',
    description: 'Asks where you are going with a question node, then writes a one-day plan.',
    kind: 'question',
    app_id: '0',
    icon_url: iconUrl('T', '#e04f5f'),
    input: {},
    output: { terminate_plan: 'return_variables', content: '', parameters: { output: { type: 'string' } } },
    node: { id: '900101', title: 'Plan' },
  },
  {
    id: SANDBOX_IDS.chatflow,
    name: 'sandbox_chatflow',
    description: 'A chatflow of the sandbox app: it answers the last user message like Sandbox Helper.',
    kind: 'chatflow',
    app_id: SANDBOX_IDS.app,
    icon_url: iconUrl('C', '#7a5af8'),
    input: {
      USER_INPUT: { type: 'string', required: false, description: 'The user message.' },
      user_name: { type: 'string', required: false, description: 'How to address the user.' },
    },
    output: { terminate_plan: 'use_answer_content', content: '{{output}}', parameters: { output: { type: 'string' } } },
    node: { id: '900201', title: 'End' },
  },
];

/** The question the question workflow asks. */
export const TRIP_QUESTION = 'Which city are you travelling to?';

/** The workflow with this id, or undefined. */
export function workflowById(id: string): WorkflowFixture | undefined {
  return WORKFLOWS.find((workflow) => workflow.id === id);
}

/** Published versions of every workflow, newest first. */
export const WORKFLOW_VERSIONS: readonly {
  readonly version: string;
  readonly created_at: number;
  readonly description: string;
}[] = [
  { version: 'v0.0.5', created_at: FIXTURE_UPDATED_AT, description: 'Shorter answers.' },
  { version: 'v0.0.4', created_at: FIXTURE_UPDATED_AT - 86_400, description: 'Friendlier wording.' },
  { version: 'v0.0.3', created_at: FIXTURE_UPDATED_AT - 3 * 86_400, description: 'Added an input check.' },
  { version: 'v0.0.2', created_at: FIXTURE_UPDATED_AT - 7 * 86_400, description: 'Fixed the end node.' },
  { version: 'v0.0.1', created_at: FIXTURE_CREATED_AT, description: 'First version.' },
];

/** A link to a run's trace, shaped like Coze's. */
export function debugUrl(workflowId: string, executeId: string): string {
  return `https://www.coze.cn/work_flow?execute_id=${executeId}&space_id=${SANDBOX_IDS.workspace}&workflow_id=${workflowId}&execute_mode=2`;
}
