// Read at build time only (PlaygroundRoot.astro puts the page's own hints, in its language, on the
// playground root); the live playground reads them from there (page-hints.ts), so no browser loads this table.
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import type { Lang, Texts } from '../../lib/i18n/lang';
import type { Fill, PageHint } from './page-hints';

/** Which sandbox object a page's flow needs, why, and the values that use it. */
export interface SandboxHint {
  readonly text: Texts<string>;
  readonly button: Texts<string>;
  readonly fills: readonly Fill[];
}

const body = (name: string, value: unknown): Fill => ({ path: ['body', name], value });
const query = (name: string, value: unknown): Fill => ({ path: ['query', name], value });

const questionWorkflow: SandboxHint = {
  text: {
    en: `The question workflow (${SANDBOX_IDS.questionWorkflow}) stops at an Interrupt and asks which city you are travelling to; answer it below the response and Resume.`,
    zh: `问答工作流（${SANDBOX_IDS.questionWorkflow}）会在中断处停下，问你要去哪个城市；在响应下方回答并恢复运行。`,
  },
  button: { en: 'Use the question workflow', zh: '使用问答工作流' },
  fills: [body('workflow_id', SANDBOX_IDS.questionWorkflow)],
};

const resume: SandboxHint = {
  text: {
    en: `A resume needs the event_id of an Interrupt: run the question workflow (${SANDBOX_IDS.questionWorkflow}) on stream-run-workflow and Resume there, or use the seeded interrupt ${SANDBOX_IDS.interruptEvent} (once; Reset sandbox brings it back).`,
    zh: `恢复运行需要一次中断的 event_id：在 stream-run-workflow 上运行问答工作流（${SANDBOX_IDS.questionWorkflow}）并在那里恢复，或者使用预置的中断 ${SANDBOX_IDS.interruptEvent}（只能用一次；重置沙箱后恢复）。`,
  },
  button: { en: 'Use the seeded interrupt', zh: '使用预置的中断' },
  fills: [
    body('workflow_id', SANDBOX_IDS.questionWorkflow),
    body('event_id', SANDBOX_IDS.interruptEvent),
    body('interrupt_type', 2),
    body('resume_data', 'Hangzhou'),
  ],
};

/** The sandbox objects each page's flow depends on; pages not listed need only the example. */
const HINTS: Readonly<Record<string, readonly SandboxHint[]>> = {
  'create-chat': [
    {
      text: {
        en: `Weather Buddy (${SANDBOX_IDS.pluginBot}) is the plugin agent: its chats stop at requires_action for get_weather, one round per city asked about. Answer each round below the response.`,
        zh: `Weather Buddy（${SANDBOX_IDS.pluginBot}）是带插件的智能体：它的对话会因 get_weather 停在 requires_action，每问一个城市一轮。在响应下方逐轮回答。`,
      },
      button: { en: 'Use the plugin agent (two rounds)', zh: '使用插件智能体（两轮）' },
      fills: [
        body('bot_id', SANDBOX_IDS.pluginBot),
        { path: ['body', 'additional_messages', 0, 'content'], value: 'Weather in Paris and London?' },
        body('stream', true),
      ],
    },
  ],
  'submit-tool-outputs': [
    {
      text: {
        en: `The seeded chat ${SANDBOX_IDS.pluginChat} waits for tool call ${SANDBOX_IDS.toolCall} (once; Reset sandbox makes it wait again). A live round trip is easier from create-chat with the plugin agent.`,
        zh: `预置对话 ${SANDBOX_IDS.pluginChat} 在等待工具调用 ${SANDBOX_IDS.toolCall} 的结果（只能用一次；重置沙箱后会再次等待）。完整走一遍更简单的做法是在 create-chat 上使用插件智能体。`,
      },
      button: { en: 'Use the waiting chat', zh: '使用等待中的对话' },
      fills: [
        query('conversation_id', SANDBOX_IDS.conversation),
        query('chat_id', SANDBOX_IDS.pluginChat),
        body('tool_outputs', [{ tool_call_id: SANDBOX_IDS.toolCall, output: '{"temperature":"21°C"}' }]),
      ],
    },
  ],
  'cancel-chat': [
    {
      text: {
        en: `The seeded chat ${SANDBOX_IDS.runningChat} stays in progress for an hour, so there is something to cancel.`,
        zh: `预置对话 ${SANDBOX_IDS.runningChat} 会保持进行中一小时，所以总有可以取消的对话。`,
      },
      button: { en: 'Use the running chat', zh: '使用进行中的对话' },
      fills: [body('conversation_id', SANDBOX_IDS.runningConversation), body('chat_id', SANDBOX_IDS.runningChat)],
    },
  ],
  'stream-run-workflow': [questionWorkflow],
  'run-workflow': [
    {
      text: {
        en: `greeting_workflow (${SANDBOX_IDS.workflow}) runs to the end; with is_async the page polls its run history for you.`,
        zh: `greeting_workflow（${SANDBOX_IDS.workflow}）会一直运行到结束；设置 is_async 后，页面会替你轮询它的执行历史。`,
      },
      button: { en: 'Run it asynchronously', zh: '异步运行' },
      fills: [body('workflow_id', SANDBOX_IDS.workflow), body('is_async', true)],
    },
  ],
  'stream-resume-workflow': [resume],
  'resume-workflow': [resume],
  'run-chatflow': [
    {
      text: {
        en: `The chatflow (${SANDBOX_IDS.chatflow}) answers like an agent, in chat events.`,
        zh: `对话流（${SANDBOX_IDS.chatflow}）像智能体一样以对话事件作答。`,
      },
      button: { en: 'Use the chatflow', zh: '使用对话流' },
      fills: [body('workflow_id', SANDBOX_IDS.chatflow)],
    },
  ],
};

/**
 * The sandbox objects an endpoint's page should point to, with what fills them in.
 * @example sandboxHintsFor('create-chat')[0].fills[0] // { path: ['body', 'bot_id'], value: '7351000000000000002' }
 */
export function sandboxHintsFor(endpointId: string): readonly SandboxHint[] {
  return Object.hasOwn(HINTS, endpointId) ? HINTS[endpointId]! : [];
}

/**
 * An endpoint's hints in one language, as its page carries them.
 * @example pageHints('create-chat', 'zh')[0].button // '使用插件智能体（两轮）'
 */
export function pageHints(endpointId: string, lang: Lang): readonly PageHint[] {
  return sandboxHintsFor(endpointId).map((hint) => ({
    text: hint.text[lang],
    button: hint.button[lang],
    fills: hint.fills,
  }));
}
