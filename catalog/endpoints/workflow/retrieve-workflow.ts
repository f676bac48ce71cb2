import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

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
          input: v.optional(
            v.pipe(
              v.object({
                parameters: v.optional(
                  v.pipe(
                    v.record(v.string(), v.unknown()),
                    v.description(
                      'Start-node input parameters: map of name -> definition (type, required, description, ...).',
                    ),
                  ),
                ),
              }),
              v.description('Start-node input schema.'),
            ),
          ),
          output: v.optional(
            v.pipe(
              v.object({
                content: v.optional(
                  v.pipe(
                    v.string(),
                    v.description('Reply template when the end node returns text (only with `use_answer_content`).'),
                  ),
                ),
                parameters: v.optional(
                  v.pipe(
                    v.record(v.string(), v.unknown()),
                    v.description('End-node output variables: map of name -> {type}.'),
                    v.examples([{ output: { type: 'string' } }]),
                  ),
                ),
                terminate_plan: v.optional(
                  v.pipe(
                    v.picklist(['return_variables', 'use_answer_content']),
                    v.description('How the end node returns: `return_variables` or `use_answer_content` (text).'),
                    v.examples(['return_variables']),
                  ),
                ),
              }),
              v.description('End-node output schema.'),
            ),
          ),
          workflow_detail: v.optional(
            v.pipe(
              v.object({
                app_id: v.optional(v.pipe(v.string(), v.description('App the workflow belongs to; `0` when none.'))),
                creator: v.optional(
                  v.pipe(
                    v.object({
                      id: v.optional(v.pipe(v.string(), v.description('Coze UID of the creator.'))),
                      name: v.optional(v.pipe(v.string(), v.description('Coze username of the creator.'))),
                    }),
                    v.description('Creator (id and name).'),
                  ),
                ),
                icon_url: v.optional(
                  v.pipe(
                    v.string(),
                    v.description('Workflow icon URL.'),
                    v.examples(['https://example.com/icon/workflow_123.png']),
                  ),
                ),
                created_at: v.optional(
                  v.pipe(
                    v.string(),
                    v.description('Creation time, Unix seconds (string).'),
                    v.examples(['1752060786']),
                  ),
                ),
                updated_at: v.optional(
                  v.pipe(v.string(), v.description('Last update, Unix seconds (string).'), v.examples(['1752060827'])),
                ),
                description: v.optional(v.pipe(v.string(), v.description('Workflow description.'))),
                workflow_id: v.optional(v.pipe(v.string(), v.description('Workflow ID.'))),
                workflow_name: v.optional(
                  v.pipe(v.string(), v.description('Workflow name.'), v.examples(['workflow_example'])),
                ),
              }),
              v.description('Basic workflow information.'),
            ),
          ),
        }),
        v.description('Workflow details.'),
      ),
    ),
  }),
  permission: 'getMetaData',
  destructive: false,
  billable: false,
  example: { path: { workflow_id: SANDBOX_IDS.workflow }, query: { include_input_output: true } },
});
