import { SANDBOX_USER, debugUrl, type WorkflowFixture } from '../fixtures';
import { CozeCode, CozeError } from '../envelope';
import { durationOf, sleep } from '../pace';
import { seconds } from '../params';
import { executeStatus, historyView, planRun, runPieces, type RunPlan } from '../workflow-plan';
import { streamRun } from '../workflow-stream';
import { requireBot } from './bots';
import { requireWorkflow } from './workflows';
import type { Call, Handler } from '../call';
import type { RunRecord } from '../records';

/** How long a run takes at the request's pace: one piece per streamed output piece, two for a question. */
function durationOfPlan(call: Call, plan: RunPlan): number {
  return durationOf(call.pace, plan.kind === 'finished' ? runPieces(plan.text).length : 2);
}

async function checkRunTarget(call: Call): Promise<WorkflowFixture> {
  const body = call.body;
  const workflow = requireWorkflow(body['workflow_id']);
  if (workflow.kind === 'chatflow') {
    throw new CozeError(
      CozeCode.badRequest,
      `Workflow ${workflow.id} is a chatflow: run it with POST /v1/workflows/chat`,
    );
  }
  if (body['bot_id'] !== undefined && body['app_id'] !== undefined) {
    throw new CozeError(CozeCode.badRequest, 'Invalid parameter: send bot_id or app_id, not both');
  }
  if (body['bot_id'] !== undefined) await requireBot(call.store, body['bot_id']);
  return workflow;
}

/** Records a new run (and the question it stops at, if it does) and returns it with its plan. */
async function startRun(
  call: Call,
  runMode: 0 | 1 | 2,
): Promise<{ workflow: WorkflowFixture; run: RunRecord; plan: RunPlan }> {
  const workflow = await checkRunTarget(call);
  const plan = planRun(workflow, (call.body['parameters'] as Record<string, unknown> | undefined) ?? {});
  const executeId = await call.store.nextId();
  const ext = (call.body['ext'] as Record<string, unknown> | undefined) ?? {};
  const run: RunRecord = {
    execute_id: executeId,
    workflow_id: workflow.id,
    run_mode: runMode,
    bot_id: String(call.body['bot_id'] ?? '0'),
    connector_id: String(call.body['connector_id'] ?? '1024'),
    connector_uid: typeof ext['user_id'] === 'string' ? ext['user_id'] : SANDBOX_USER.id,
    create_time: seconds(call.nowMs),
    update_time: seconds(call.nowMs),
    ready_at_ms: call.nowMs + durationOfPlan(call, plan),
    outcome: plan.kind === 'finished' ? 'Success' : 'Interrupted',
    output: plan.kind === 'finished' ? plan.output : '',
    usage: plan.usage,
    node_execute_uuid: await call.store.nextId(),
    node_id: workflow.node.id,
    node_title: workflow.node.title,
    logid: call.logid,
  };
  if (plan.kind === 'interrupted') {
    const eventId = await call.store.nextId();
    run.interrupt_data = { event_id: eventId, type: 2, data: plan.question };
    await call.store.putInterrupt({
      event_id: eventId,
      workflow_id: workflow.id,
      execute_id: executeId,
      question: plan.question,
      node_title: 'Question',
      consumed: false,
      fixture: false,
    });
  }
  await call.store.putRun(run);
  return { workflow, run, plan };
}

/** The fields run-workflow and resume-workflow answer beside `data` (a JSON string). */
function runReply(run: RunRecord, plan: RunPlan, async: boolean): Record<string, unknown> {
  return {
    data: async || plan.kind !== 'finished' ? '' : plan.output,
    execute_id: run.execute_id,
    debug_url: debugUrl(run.workflow_id, run.execute_id),
    usage: plan.usage,
    token: async ? 0 : plan.usage.token_count,
    cost: '0',
    ...(!async && plan.kind === 'interrupted' && { interrupt_data: run.interrupt_data }),
  };
}

/** POST /v1/workflow/run: waits for the result, or answers an execute_id at once when `is_async`. */
export const runWorkflow: Handler = async (call) => {
  const async = call.body['is_async'] === true;
  const { run, plan } = await startRun(call, async ? 2 : 0);
  if (!async) await sleep(run.ready_at_ms - call.nowMs);
  return runReply(run, plan, async);
};

/** POST /v1/workflow/stream_run. */
export const streamRunWorkflow: Handler = async (call) => {
  const { workflow, run, plan } = await startRun(call, 1);
  return streamRun(call.logid, workflow, run, plan, call.pace, call.store.streams);
};

/** Checks a resume against its interrupt and moves the run on with the answer. */
async function resumeRun(call: Call): Promise<{ workflow: WorkflowFixture; run: RunRecord; plan: RunPlan }> {
  const body = call.body as { workflow_id: string; event_id: string; interrupt_type: number; resume_data: string };
  const workflow = requireWorkflow(body.workflow_id);
  const event = await call.store.interrupt(body.event_id);
  if (!event) throw new CozeError(CozeCode.notFound, `Interrupt event ${body.event_id} not found`);
  if (event.workflow_id !== workflow.id) {
    throw new CozeError(
      CozeCode.badRequest,
      `Interrupt event ${event.event_id} belongs to workflow ${event.workflow_id}, not ${workflow.id}`,
    );
  }
  if (body.interrupt_type !== 2) {
    throw new CozeError(
      CozeCode.badRequest,
      `Invalid parameter interrupt_type: event ${event.event_id} is a question-node interrupt (2)`,
    );
  }
  if (event.consumed) {
    throw new CozeError(
      CozeCode.executionFinished,
      `The run of event ${event.event_id} was already resumed: run the workflow again for a new event_id`,
    );
  }
  if (!body.resume_data.trim())
    throw new CozeError(CozeCode.badRequest, 'Invalid parameter resume_data: answer the question');
  const run = await call.store.run(event.execute_id);
  if (!run) throw new CozeError(CozeCode.notFound, `Execution ${event.execute_id} not found`);
  const plan = planRun(workflow, {}, body.resume_data);
  if (!event.fixture) await call.store.putInterrupt({ ...event, consumed: true });
  const resumed: RunRecord = {
    ...run,
    outcome: 'Success',
    output: plan.kind === 'finished' ? plan.output : '',
    usage: plan.usage,
    update_time: seconds(call.nowMs),
    ready_at_ms: call.nowMs + durationOfPlan(call, plan),
  };
  await call.store.putRun(resumed);
  return { workflow, run: resumed, plan };
}

/** POST /v1/workflow/stream_resume: the rest of the run, streamed with ids from 0. */
export const streamResumeWorkflow: Handler = async (call) => {
  const { workflow, run, plan } = await resumeRun(call);
  return streamRun(call.logid, workflow, run, plan, call.pace, call.store.streams);
};

/** POST /v1/workflows/resume: waits for the result, unless the run was async (then it stays async). */
export const resumeWorkflow: Handler = async (call) => {
  const { run, plan } = await resumeRun(call);
  const async = run.run_mode === 2;
  if (!async) await sleep(run.ready_at_ms - call.nowMs);
  return runReply(run, plan, async);
};

async function requireRun(call: Call): Promise<RunRecord> {
  const workflow = requireWorkflow(call.path['workflow_id']);
  const run = await call.store.run(String(call.path['execute_id']));
  if (!run || run.workflow_id !== workflow.id) {
    throw new CozeError(
      CozeCode.notFound,
      `Execution ${String(call.path['execute_id'])} of workflow ${workflow.id} not found`,
    );
  }
  return run;
}

/** GET /v1/workflows/:workflow_id/run_histories/:execute_id: `Running` until the run's time has come. */
export const retrieveWorkflowRunHistory: Handler = async (call) => ({
  data: [historyView(await requireRun(call), call.nowMs)],
});

/** GET …/execute_nodes/:node_execute_uuid: the end node's output once it has finished. */
export const retrieveWorkflowNodeOutput: Handler = async (call) => {
  const run = await requireRun(call);
  if (call.path['node_execute_uuid'] !== run.node_execute_uuid) {
    throw new CozeError(
      CozeCode.notFound,
      `Node execution ${String(call.path['node_execute_uuid'])} not found in execution ${run.execute_id}`,
    );
  }
  const finished = executeStatus(run, call.nowMs) === 'Success';
  return { data: { is_finish: finished, node_output: finished ? run.output : '' } };
};
