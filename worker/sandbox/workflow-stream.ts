import { debugUrl, type WorkflowFixture } from './fixtures';
import { delaysOf, type Pace } from './pace';
import { sseResponse, workflowFrame, type SseOut, type StreamSlots } from './sse';
import { runPieces, workflowMessage, type RunPlan } from './workflow-plan';
import type { RunRecord } from './records';

/** The message node the question workflow speaks through before it asks. */
const INTRO_NODE = { node_id: '900102', node_title: 'Intro' };

/**
 * Streams a run as Coze does: `Message` events with the end node's output in pieces and `Done`
 * with the trace link; or, for a run that stops at a question, the intro `Message` and `Interrupt`.
 * Frames are numbered from 0 with `id:` lines.
 */
export function streamRun(
  logid: string,
  workflow: WorkflowFixture,
  run: RunRecord,
  plan: RunPlan,
  pace: Pace,
  slots: StreamSlots,
): Response {
  let id = 0;
  const produce = async (out: SseOut) => {
    const send = (event: string, data: unknown) => out.send(workflowFrame(id++, event, data));
    if (plan.kind === 'interrupted') {
      const [first, second] = delaysOf(pace, 2) as [number, number];
      await out.pause(first);
      const intro = { ...INTRO_NODE, node_execute_uuid: run.node_execute_uuid };
      await send('Message', workflowMessage(intro, plan.intro, 0, true, plan.usage));
      await out.pause(second);
      await send('Interrupt', { interrupt_data: run.interrupt_data, node_title: 'Question' });
      return;
    }
    const node = {
      node_id: workflow.node.id,
      node_title: workflow.node.title,
      node_execute_uuid: run.node_execute_uuid,
    };
    const pieces = runPieces(plan.text);
    const delays = delaysOf(pace, pieces.length);
    for (const [i, piece] of pieces.entries()) {
      await out.pause(delays[i]!);
      await send('Message', workflowMessage(node, piece, i, i === pieces.length - 1, plan.usage));
    }
    await send('Done', { debug_url: debugUrl(workflow.id, run.execute_id) });
  };
  return sseResponse(
    logid,
    produce,
    (message) => workflowFrame(id++, 'Error', { error_code: 5000, error_message: message }),
    slots,
  );
}
