import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { WorkflowInfoSchema, WorkflowInputSchema, WorkflowOutputSchema } from './workflow-info';

/** Get workflow basic info: GET /v1/workflows/:workflow_id */
export default defineEndpoint({
  id: 'retrieve-workflow',
  group: 'workflow',
  titleZh: '查询工作流基本信息',
  titleEn: 'Get workflow basic info',
  description:
    "Reads a workflow's name, description, icon, creator and app, and on request its input and output parameters. Use it to build a form for a workflow's inputs before running it.",
  notes: [
    'Input and output schemas are only returned with `include_input_output=true`.',
    '`created_at` and `updated_at` are Unix seconds sent as strings.',
  ],
  method: 'GET',
  path: '/v1/workflows/:workflow_id',
  params: {
    path: v.object({
      workflow_id: v.pipe(v.string(), v.nonEmpty('workflow_id is required'), v.description('Workflow to read.')),
    }),
    query: v.object({
      include_input_output: v.optional(
        v.pipe(
          v.boolean(),
          v.description('Include input/output parameter schemas in the result (default false).'),
          v.examples([true]),
        ),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          input: v.optional(WorkflowInputSchema),
          output: v.optional(WorkflowOutputSchema),
          workflow_detail: v.optional(v.pipe(WorkflowInfoSchema, v.description('Basic workflow information.'))),
        }),
        v.description('Workflow details.'),
      ),
    ),
  }),
  permission: 'getMetaData',
  destructive: false,
  billable: false,
  sdks: ['python'],
  example: { path: { workflow_id: SANDBOX_IDS.workflow }, query: { include_input_output: true } },
});
