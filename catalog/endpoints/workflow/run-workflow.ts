import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { WorkflowDebugUrlSchema, WorkflowInterruptDataSchema, WorkflowRunUsageSchema } from './workflow-run';

/** Run workflow: POST /v1/workflow/run */
export default defineEndpoint({
  id: 'run-workflow',
  group: 'workflow',
  titleZh: '执行工作流',
  titleEn: 'Run workflow',
  description:
    'Runs a published workflow with the given inputs and returns its output in one response. Use it for short workflows; stream-run-workflow covers long runs and workflows that stream or ask questions.',
  notes: [
    'The connection drops after 90 s without a response; a run may last 10 min (24 h when async). Requests are limited to 20 MB.',
    'Workflows with output nodes or a streaming end node need stream-run-workflow.',
    "Send `parameters` as a JSON object; the response's `data` is a JSON string to parse.",
    '`is_async: true` (paid plans) returns an `execute_id` to poll with retrieve-workflow-run-history.',
    'An unpublished workflow fails with 4200; `bot_id` together with `app_id` fails with 4000.',
  ],
  method: 'POST',
  path: '/v1/workflow/run',
  params: {
    body: v.object({
      workflow_id: v.pipe(
        v.string(),
        v.nonEmpty('workflow_id is required'),
        v.description('Published workflow to run.'),
      ),
      parameters: v.optional(
        v.pipe(
          v.record(v.string(), v.unknown()),
          v.description(
            'Start-node inputs as key/values. Files: pass a URL, or a JSON string like `{"file_id":"..."}` (arrays for file lists).',
          ),
          v.examples([{ user_name: 'George' }]),
        ),
      ),
      bot_id: v.optional(
        v.pipe(
          v.string(),
          v.description(
            'Agent to run the workflow on behalf of (needed for database/variable nodes). Do not combine with app_id.',
          ),
        ),
      ),
      app_id: v.optional(
        v.pipe(
          v.string(),
          v.description(
            'App that owns the workflow; only for workflows inside a low-code app. Do not combine with bot_id (error 4000).',
          ),
        ),
      ),
      ext: v.optional(
        v.pipe(
          v.record(v.string(), v.string()),
          v.description('Extra string key/values; only `latitude`, `longitude` and `user_id` are supported.'),
          v.examples([{ latitude: '39.9042', longitude: '116.4074' }]),
        ),
      ),
      is_async: v.optional(
        v.pipe(
          v.boolean(),
          v.description('Run asynchronously and return an execute_id immediately (paid editions only).'),
          v.examples([true]),
        ),
      ),
      workflow_version: v.optional(
        v.pipe(
          v.string(),
          v.description('Version of a library workflow to run; latest when omitted.'),
          v.examples(['v0.0.5']),
        ),
      ),
      connector_id: v.optional(
        v.pipe(
          v.string(),
          v.description(
            'Channel the run is attributed to (default 1024 API; 999 Chat SDK, 998 Web SDK, store/WeChat/Douyin/Feishu/Juejin IDs, or custom). Data is isolated per channel.',
          ),
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.string(),
        v.description('Workflow output, usually a JSON string (sometimes plain text). Empty for async runs.'),
      ),
    ),
    execute_id: v.optional(
      v.pipe(v.string(), v.description('Execution ID of an async run; use with retrieve-workflow-run-history.')),
    ),
    debug_url: v.optional(WorkflowDebugUrlSchema),
    usage: v.optional(WorkflowRunUsageSchema),
    token: v.optional(
      v.pipe(
        v.number(),
        v.integer(),
        v.description('Tokens the run used (the older figure beside `usage`; @coze/api reads it).'),
        v.examples([120]),
      ),
    ),
    cost: v.optional(
      v.pipe(
        v.string(),
        v.description('Cost of the run, as a decimal string (the older figure beside `usage`).'),
        v.examples(['0']),
      ),
    ),
    interrupt_data: v.optional(
      v.pipe(WorkflowInterruptDataSchema, v.description('Present when the run stopped at a question/input node etc.')),
    ),
  }),
  permission: 'run',
  destructive: false,
  billable: true,
  sdks: ['python', 'node', 'go', 'java'],
  example: { body: { workflow_id: SANDBOX_IDS.workflow, parameters: { user_name: 'George' } } },
});
