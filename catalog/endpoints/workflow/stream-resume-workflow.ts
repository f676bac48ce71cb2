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
  description: 'Resume workflow (streaming).',
  notes: [
    'Resume after an Interrupt event of a streaming run; response is SSE with the same events as stream-run-workflow.',
    'coze-js/coze-py/coze-go/coze-java all implement it.',
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
  billable: false,
  example: { body: { workflow_id: 'example', event_id: 'example', interrupt_type: 2, resume_data: 'example' } },
});
