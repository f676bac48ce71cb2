import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { WorkflowDebugUrlSchema, WorkflowInterruptDataSchema, WorkflowRunUsageSchema } from './workflow-run';

/** Get async workflow run result: GET /v1/workflows/:workflow_id/run_histories/:execute_id */
export default defineEndpoint({
  id: 'retrieve-workflow-run-history',
  group: 'workflow',
  titleZh: '查询工作流异步运行结果',
  titleEn: 'Get async workflow run result',
  description:
    'Reads the status and output of one workflow run. Use it to poll a run started with `is_async: true` until it succeeds or fails.',
  notes: [
    '`data` is an array holding a single record.',
    '`execute_status` is capitalized: `Running`, `Success` or `Fail`.',
    'Output-node results over 1 MB may be trimmed (`is_output_trimmed`); fetch them with retrieve-workflow-node-output.',
  ],
  method: 'GET',
  path: '/v1/workflows/:workflow_id/run_histories/:execute_id',
  params: {
    path: v.object({
      workflow_id: v.pipe(v.string(), v.nonEmpty('workflow_id is required'), v.description('Workflow that was run.')),
      execute_id: v.pipe(
        v.string(),
        v.nonEmpty('execute_id is required'),
        v.description('Execution ID returned by an async run.'),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.array(
          v.object({
            execute_id: v.optional(v.pipe(v.string(), v.description('Execution ID.'))),
            execute_status: v.optional(
              v.pipe(
                v.picklist(['Success', 'Running', 'Fail']),
                v.description('`Running`, `Success` or `Fail`.'),
                v.examples(['Success']),
              ),
            ),
            bot_id: v.optional(v.pipe(v.string(), v.description('Agent ID given at run time; `0` if none.'))),
            connector_id: v.optional(
              v.pipe(v.string(), v.description('Channel of the run (1024 by default).'), v.examples(['1024'])),
            ),
            connector_uid: v.optional(
              v.pipe(
                v.string(),
                v.description(
                  "User identifier of the run: the `ext.user_id` passed when running, otherwise the token owner's UID.",
                ),
                v.examples(['123']),
              ),
            ),
            run_mode: v.optional(
              v.pipe(
                v.picklist([0, 1, 2]),
                v.description('0 = synchronous, 1 = streaming, 2 = asynchronous.'),
                v.examples([0]),
              ),
            ),
            output: v.optional(
              v.pipe(
                v.string(),
                v.description(
                  "Run output, usually JSON: output-node results plus the end node's result under key `Output`.",
                ),
              ),
            ),
            create_time: v.optional(
              v.pipe(v.number(), v.integer(), v.description('Run start time, Unix seconds.'), v.examples([1730174063])),
            ),
            update_time: v.optional(
              v.pipe(
                v.number(),
                v.integer(),
                v.description('Time the run was last resumed/updated, Unix seconds.'),
                v.examples([1730174063]),
              ),
            ),
            node_execute_status: v.optional(
              v.pipe(
                v.record(v.string(), v.unknown()),
                v.description(
                  'Map of node title -> status object for output nodes; fetch large outputs with retrieve-workflow-node-output.',
                ),
              ),
            ),
            error_code: v.optional(v.pipe(v.string(), v.description('Failure code (string); 0/empty on success.'))),
            debug_url: v.optional(WorkflowDebugUrlSchema),
            usage: v.optional(WorkflowRunUsageSchema),
            token: v.optional(
              v.pipe(
                v.string(),
                v.description('Tokens the run used, as a digit string (the older figure beside `usage`).'),
                v.examples(['120']),
              ),
            ),
            cost: v.optional(
              v.pipe(v.string(), v.description('Cost of the run, as a decimal string.'), v.examples(['0'])),
            ),
            is_output_trimmed: v.optional(
              v.pipe(
                v.boolean(),
                v.description('True when the output was too large and got truncated.'),
                v.examples([false]),
              ),
            ),
            logid: v.optional(v.pipe(v.string(), v.description('Log ID of the run (useful for support).'))),
            error_message: v.optional(v.pipe(v.string(), v.description('Failure message.'))),
            interrupt_data: v.optional(
              v.pipe(
                WorkflowInterruptDataSchema,
                v.description('Details of a workflow interruption (question node, input node, local plugin, OAuth).'),
              ),
            ),
          }),
        ),
        v.description('Array with exactly one execution record.'),
      ),
    ),
  }),
  permission: 'listRunHistory',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: { path: { workflow_id: SANDBOX_IDS.workflow, execute_id: SANDBOX_IDS.execute } },
});
