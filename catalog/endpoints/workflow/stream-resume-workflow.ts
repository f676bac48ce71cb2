import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { WORKFLOW_EVENTS } from '../../events';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Resume workflow (streaming): POST /v1/workflow/stream_resume */
export default defineEndpoint({
  id: 'stream-resume-workflow',
  group: 'workflow',
  titleZh: '恢复运行工作流（流式响应）',
  titleEn: 'Resume workflow (streaming)',
  description:
    "Continues a streaming workflow run that stopped at an Interrupt event, sending the user's answer and streaming the rest of the run. Use it after stream-run-workflow paused at a question or input node.",
  notes: [
    'Copy `event_id` and the interrupt type from the Interrupt event.',
    'The stream has the same events and `id:` framing as stream-run-workflow and can interrupt again.',
    'If `resume_data` misses a field the node requires, the run interrupts again.',
  ],
  method: 'POST',
  path: '/v1/workflow/stream_resume',
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
      interrupt_type: v.pipe(
        v.picklist([2, 5, 6, 7]),
        v.description(
          'Interrupt type from the interrupt event: 2 = question node, 5 = input node, 6 = local (client) plugin, 7 = OAuth plugin.',
        ),
        v.examples([2]),
      ),
      resume_data: v.pipe(
        v.string(),
        v.nonEmpty('resume_data is required'),
        v.description(
          "The user's answer for the interrupted node; must cover the node's required fields or the flow interrupts again. Files: pass serialized JSON with a file_id.",
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'sse',
  streaming: { enabledBy: 'always', framedWithIds: true, events: WORKFLOW_EVENTS, assemble: 'workflow' },
  response: envelope({}),
  destructive: false,
  billable: true,
  sdks: ['python', 'node', 'go', 'java'],
  example: {
    body: {
      workflow_id: SANDBOX_IDS.questionWorkflow,
      event_id: SANDBOX_IDS.interruptEvent,
      interrupt_type: 2,
      resume_data: 'Beijing',
    },
  },
});
