import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { WorkflowDebugUrlSchema, WorkflowInterruptDataSchema, WorkflowRunUsageSchema } from './workflow-run';

/** Resume workflow: POST /v1/workflows/resume */
export default defineEndpoint({
  id: 'resume-workflow',
  group: 'workflow',
  titleZh: '恢复运行工作流',
  titleEn: 'Resume workflow',
  description:
    "Continues an interrupted workflow run with the user's answer and returns the result in one response. Use it after run-workflow came back with `interrupt_data`.",
  notes: [
    'Mind the plural path `/v1/workflows/resume`; the streaming variant is `/v1/workflow/stream_resume`.',
    "Take `event_id` and `interrupt_type` from the run's `interrupt_data`.",
    'If the original run was async, the resume is async too and returns an `execute_id`.',
    '`data` is a JSON string to parse.',
  ],
  method: 'POST',
  path: '/v1/workflows/resume',
  params: {
    body: v.object({
      workflow_id: v.pipe(
        v.string(),
        v.nonEmpty('workflow_id is required'),
        v.description('Workflow that was interrupted.'),
      ),
      event_id: v.pipe(
        v.string(),
        v.nonEmpty('event_id is required'),
        v.description('Interrupt event ID from the Interrupt event / interrupt_data.'),
      ),
      resume_data: v.pipe(
        v.string(),
        v.nonEmpty('resume_data is required'),
        v.description(
          "The user's answer for the interrupted node; must cover the node's required fields or the flow interrupts again. Files: pass serialized JSON with a file_id.",
        ),
      ),
      interrupt_type: v.pipe(
        v.picklist([2, 5, 6, 7]),
        v.description(
          'Interrupt type from the interrupt event: 2 = question node, 5 = input node, 6 = local (client) plugin, 7 = OAuth plugin.',
        ),
        v.examples([2]),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(v.string(), v.description('Output of the resumed run when synchronous (usually a JSON string).')),
    ),
    debug_url: v.optional(WorkflowDebugUrlSchema),
    usage: v.optional(WorkflowRunUsageSchema),
    interrupt_data: v.optional(
      v.pipe(
        WorkflowInterruptDataSchema,
        v.description('Details of a workflow interruption (question node, input node, local plugin, OAuth).'),
      ),
    ),
    execute_id: v.optional(
      v.pipe(
        v.string(),
        v.description('Returned when the original run was asynchronous; this resume is then asynchronous too.'),
      ),
    ),
  }),
  permission: 'run',
  destructive: false,
  billable: true,
  sdks: [],
  example: {
    body: {
      workflow_id: SANDBOX_IDS.questionWorkflow,
      event_id: SANDBOX_IDS.interruptEvent,
      interrupt_type: 2,
      resume_data: 'Beijing',
    },
  },
});
