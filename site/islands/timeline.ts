import type { FormValues } from '../../lib/request-model';
import type { StreamStatus, StreamView, ToolCall } from '../../lib/stream-view';
import type { RunState } from './runner';

/** One call of a run's timeline: the first run, then each call that carries it on (tool outputs, a resume, a poll). */
export interface Segment {
  /** The catalog endpoint it called. */
  readonly endpointId: string;
  /** What it was, in words, shown above its response. */
  readonly label: string;
  /** The values it was sent with, kept so the next call can reuse them (the workflow_id of a resume). */
  readonly values: FormValues;
  readonly state: RunState;
}

/** The next call of a timeline, before it is sent. */
export interface FollowUp {
  readonly endpointId: string;
  readonly label: string;
  readonly values: FormValues;
}

type RequiresAction = Extract<StreamStatus, { state: 'requires_action' }>;
type Interrupted = Extract<StreamStatus, { state: 'interrupted' }>;

const values = (parts: Partial<FormValues>): FormValues => ({ path: {}, query: {}, headers: {}, body: {}, ...parts });

/** Canned outputs for the tools the sandbox's agents call, so a round needs no typing; other tools get a generic one. */
const CANNED: Record<string, (args: Record<string, unknown>) => unknown> = {
  get_weather: () => ({ temperature: '21°C', condition: 'sunny' }),
};

/**
 * A plausible output for one tool call, as JSON text: what the local plugin would have answered.
 * @example cannedToolOutput({ id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}' }) // '{"temperature":"21°C","condition":"sunny"}'
 */
export function cannedToolOutput(call: ToolCall): string {
  let args: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(call.arguments) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) args = parsed as Record<string, unknown>;
  } catch {
    // Arguments that are not JSON are ignored by the canned answer.
  }
  const canned = CANNED[call.name];
  return JSON.stringify(canned ? canned(args) : { result: `${call.name} ran`, arguments: args });
}

/**
 * The submit-tool-outputs call that answers every pending tool call of a chat, streaming when the chat streamed.
 * @example toolOutputsFollowUp(status, ['{"temperature":"21°C"}'], true, 1).values.body // { stream: true, tool_outputs: [{ tool_call_id, output }] }
 */
export function toolOutputsFollowUp(
  status: RequiresAction,
  outputs: readonly string[],
  stream: boolean,
  round: number,
): FollowUp {
  return {
    endpointId: 'submit-tool-outputs',
    label: `Tool outputs, round ${round}: ${status.toolCalls.map((call) => call.name).join(', ')}`,
    values: values({
      query: { conversation_id: status.conversationId ?? '', chat_id: status.chatId ?? '' },
      body: {
        stream,
        tool_outputs: status.toolCalls.map((call, i) => ({ tool_call_id: call.id, output: outputs[i] ?? '' })),
      },
    }),
  };
}

/** The stream-resume call that answers an Interrupt with the user's `answer`. */
export function resumeFollowUp(workflowId: string, status: Interrupted, answer: string): FollowUp {
  return {
    endpointId: 'stream-resume-workflow',
    label: `Resume ${status.nodeTitle ?? 'the workflow'} with “${answer}”`,
    values: values({
      body: { workflow_id: workflowId, event_id: status.eventId, interrupt_type: status.type, resume_data: answer },
    }),
  };
}

/** The workflow a timeline runs: the first segment's workflow_id, which every resume sends again. */
export function workflowIdOf(segments: readonly Segment[]): string {
  const id = segments[0]?.values.body['workflow_id'];
  return typeof id === 'string' ? id : '';
}

/** How many tool-output rounds a timeline has had, for the next round's number. */
export function roundsOf(segments: readonly Segment[]): number {
  return segments.filter((segment) => segment.endpointId === 'submit-tool-outputs').length;
}

/** The `interrupt_data` of the last Interrupt event of a stream, for display. */
export function interruptDataOf(view: StreamView): unknown {
  const event = [...view.events].reverse().find((e) => e.event === 'Interrupt');
  const data = event?.data;
  return data && typeof data === 'object' ? (data as Record<string, unknown>)['interrupt_data'] : undefined;
}

/** The timeline with segment `index` set to `state` (appended when it is the next one). */
export function withSegmentState(segments: readonly Segment[], index: number, segment: Segment): Segment[] {
  const next = segments.slice(0, index);
  next[index] = segment;
  return [...next, ...segments.slice(index + 1)];
}
