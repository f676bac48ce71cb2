import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import type { Segment } from '../../lib/request-model';

/** A value a hint puts into the form, at its path (location first). */
export interface Fill {
  readonly path: readonly Segment[];
  readonly value: unknown;
}

/** Which sandbox object a page's flow needs, why, and the values that use it. */
export interface SandboxHint {
  readonly text: string;
  readonly button: string;
  readonly fills: readonly Fill[];
}

const body = (name: string, value: unknown): Fill => ({ path: ['body', name], value });
const query = (name: string, value: unknown): Fill => ({ path: ['query', name], value });

const questionWorkflow: SandboxHint = {
  text: `The question workflow (${SANDBOX_IDS.questionWorkflow}) stops at an Interrupt and asks which city you are travelling to; answer it below the response and Resume.`,
  button: 'Use the question workflow',
  fills: [body('workflow_id', SANDBOX_IDS.questionWorkflow)],
};

const resume: SandboxHint = {
  text: `A resume needs the event_id of an Interrupt: run the question workflow (${SANDBOX_IDS.questionWorkflow}) on stream-run-workflow and Resume there, or use the seeded interrupt ${SANDBOX_IDS.interruptEvent} (once; Reset sandbox brings it back).`,
  button: 'Use the seeded interrupt',
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
      text: `Weather Buddy (${SANDBOX_IDS.pluginBot}) is the plugin agent: its chats stop at requires_action for get_weather, one round per city asked about. Answer each round below the response.`,
      button: 'Use the plugin agent (two rounds)',
      fills: [
        body('bot_id', SANDBOX_IDS.pluginBot),
        { path: ['body', 'additional_messages', 0, 'content'], value: 'Weather in Paris and London?' },
        body('stream', true),
      ],
    },
  ],
  'submit-tool-outputs': [
    {
      text: `The seeded chat ${SANDBOX_IDS.pluginChat} waits for tool call ${SANDBOX_IDS.toolCall} (once; Reset sandbox makes it wait again). A live round trip is easier from create-chat with the plugin agent.`,
      button: 'Use the waiting chat',
      fills: [
        query('conversation_id', SANDBOX_IDS.conversation),
        query('chat_id', SANDBOX_IDS.pluginChat),
        body('tool_outputs', [{ tool_call_id: SANDBOX_IDS.toolCall, output: '{"temperature":"21°C"}' }]),
      ],
    },
  ],
  'cancel-chat': [
    {
      text: `The seeded chat ${SANDBOX_IDS.runningChat} stays in progress for an hour, so there is something to cancel.`,
      button: 'Use the running chat',
      fills: [body('conversation_id', SANDBOX_IDS.runningConversation), body('chat_id', SANDBOX_IDS.runningChat)],
    },
  ],
  'stream-run-workflow': [questionWorkflow],
  'run-workflow': [
    {
      text: `greeting_workflow (${SANDBOX_IDS.workflow}) runs to the end; with is_async the page polls its run history for you.`,
      button: 'Run it asynchronously',
      fills: [body('workflow_id', SANDBOX_IDS.workflow), body('is_async', true)],
    },
  ],
  'stream-resume-workflow': [resume],
  'resume-workflow': [resume],
  'run-chatflow': [
    {
      text: `The chatflow (${SANDBOX_IDS.chatflow}) answers like an agent, in chat events.`,
      button: 'Use the chatflow',
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
