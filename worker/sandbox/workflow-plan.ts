import { TRIP_QUESTION, debugUrl, type WorkflowFixture } from './fixtures';
import { chunkText, tokenCount, tripPlan, workflowGreeting } from './text';
import type { RunRecord, Usage } from './records';

/** What one run (or resume) of a workflow does: finish with text, or stop at a question. */
export type RunPlan =
  | { readonly kind: 'finished'; readonly text: string; readonly output: string; readonly usage: Usage }
  | { readonly kind: 'interrupted'; readonly intro: string; readonly question: string; readonly usage: Usage };

/** The intro the question workflow's message node sends before it asks. */
export const TRIP_INTRO = 'I can plan a day trip for you. First I need one detail.';

function usageOf(input: number, output: number): Usage {
  return { input_count: input, output_count: output, token_count: input + output };
}

/**
 * What a workflow does with these parameters, or with the answer to its question (`resumeData`).
 * The end node returns `{"output": text}`, which is what run-workflow's `data` holds as a string.
 */
export function planRun(workflow: WorkflowFixture, parameters: Record<string, unknown>, resumeData?: string): RunPlan {
  const input = 20 + tokenCount(JSON.stringify(parameters)) + (resumeData ? tokenCount(resumeData) : 0);
  if (workflow.kind === 'question' && resumeData === undefined) {
    return {
      kind: 'interrupted',
      intro: TRIP_INTRO,
      question: TRIP_QUESTION,
      usage: usageOf(input, tokenCount(TRIP_INTRO + TRIP_QUESTION)),
    };
  }
  const text = workflow.kind === 'question' ? tripPlan(resumeData ?? '') : workflowGreeting(parameters);
  return { kind: 'finished', text, output: JSON.stringify({ output: text }), usage: usageOf(input, tokenCount(text)) };
}

/** The pieces a finished run's end node streams. */
export function runPieces(text: string): string[] {
  const pieces = chunkText(text);
  return pieces.length > 0 ? pieces : [text];
}

/** Where a workflow `Message` event comes from. */
export interface NodeRef {
  readonly node_id: string;
  readonly node_title: string;
  readonly node_execute_uuid: string;
}

/** The data of a workflow `Message` event: one piece of a node's output; usage rides on the last. */
export function workflowMessage(
  node: NodeRef,
  piece: string,
  seq: number,
  last: boolean,
  usage?: Usage,
): Record<string, unknown> {
  return {
    content: piece,
    content_type: 'text',
    node_is_finish: last,
    node_seq_id: String(seq),
    node_title: node.node_title,
    node_id: node.node_id,
    node_execute_uuid: node.node_execute_uuid,
    ...(last && usage && { usage }),
  };
}

/** A run's execute status at `nowMs`: running until its time comes, and while it waits at a question. */
export function executeStatus(run: RunRecord, nowMs: number): 'Running' | 'Success' {
  return nowMs < run.ready_at_ms || run.outcome === 'Interrupted' ? 'Running' : 'Success';
}

/** One record of retrieve-workflow-run-history, as Coze reports it at `nowMs`. */
export function historyView(run: RunRecord, nowMs: number): Record<string, unknown> {
  const status = executeStatus(run, nowMs);
  const done = status === 'Success';
  return {
    execute_id: run.execute_id,
    execute_status: status,
    bot_id: run.bot_id,
    connector_id: run.connector_id,
    connector_uid: run.connector_uid,
    run_mode: run.run_mode,
    output: done ? JSON.stringify({ Output: run.output }) : '',
    create_time: run.create_time,
    update_time: done ? Math.max(run.update_time, Math.floor(run.ready_at_ms / 1000)) : run.update_time,
    node_execute_status: {
      [run.node_title]: {
        node_id: run.node_id,
        is_finish: done,
        loop_index: 0,
        batch_index: 0,
        update_time: run.update_time,
        sub_execute_id: '0',
        node_execute_uuid: run.node_execute_uuid,
      },
    },
    error_code: '0',
    error_message: '',
    debug_url: debugUrl(run.workflow_id, run.execute_id),
    usage: run.usage,
    token: String(done ? run.usage.token_count : 0),
    cost: '0',
    is_output_trimmed: false,
    logid: run.logid,
    ...(run.interrupt_data && run.outcome === 'Interrupted' && { interrupt_data: run.interrupt_data }),
  };
}
