import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { WorkflowCreatorSchema, WorkflowInputSchema, WorkflowOutputSchema } from './workflow-info';

/** List workflow versions: GET /v1/workflows/:workflow_id/versions */
export default defineEndpoint({
  id: 'list-workflow-versions',
  group: 'workflow',
  titleZh: '查询工作流的版本列表',
  titleEn: 'List workflow versions',
  description:
    'Lists the versions of a workflow with who made each one and, on request, their inputs and outputs. Use it to choose the `workflow_version` to run.',
  notes: [
    'Pages with a cursor: pass the previous `next_page_token` as `page_token`; there are no page numbers.',
    '`page_size` is 1-30, default 10.',
    '`created_at` and `updated_at` are Unix seconds sent as strings.',
  ],
  method: 'GET',
  path: '/v1/workflows/:workflow_id/versions',
  params: {
    path: v.object({
      workflow_id: v.pipe(
        v.string(),
        v.nonEmpty('workflow_id is required'),
        v.description('Workflow whose versions to list.'),
      ),
    }),
    query: v.object({
      publish_status: v.optional(
        v.pipe(
          v.picklist(['all', 'published_online', 'unpublished_draft']),
          v.description('`all`, `published_online` (default) or `unpublished_draft`.'),
          v.examples(['all']),
        ),
      ),
      page_size: v.optional(
        v.pipe(
          v.number(),
          v.integer(),
          v.minValue(1),
          v.maxValue(30),
          v.description('Items per page (1-30, default 10).'),
          v.examples([20]),
        ),
      ),
      page_token: v.optional(
        v.pipe(
          v.string(),
          v.description(
            "Cursor for the next page; empty for the first page, then the previous response's `next_page_token`.",
          ),
          v.examples(['1752666079000']),
        ),
      ),
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
          items: v.optional(
            v.pipe(
              v.array(
                v.object({
                  input: v.optional(WorkflowInputSchema),
                  output: v.optional(WorkflowOutputSchema),
                  creator: v.optional(
                    v.pipe(WorkflowCreatorSchema, v.description('Operator who produced the version (id, name).')),
                  ),
                  version: v.optional(
                    v.pipe(v.string(), v.description('Version string, e.g. v0.0.2.'), v.examples(['v0.0.2'])),
                  ),
                  created_at: v.optional(
                    v.pipe(
                      v.string(),
                      v.description('Creation time, Unix seconds (string).'),
                      v.examples(['1700000000']),
                    ),
                  ),
                  updated_at: v.optional(
                    v.pipe(
                      v.string(),
                      v.description('Update time, Unix seconds (string).'),
                      v.examples(['1701234567']),
                    ),
                  ),
                  description: v.optional(v.pipe(v.string(), v.description('Version description.'))),
                  workflow_id: v.optional(v.pipe(v.string(), v.description('Workflow ID.'))),
                }),
              ),
              v.description('Versions on this page.'),
            ),
          ),
          has_more: v.optional(
            v.pipe(v.boolean(), v.description('True when more results exist beyond this page.'), v.examples([false])),
          ),
          next_page_token: v.optional(
            v.pipe(v.string(), v.description('Cursor to pass as `page_token` to get the next page.')),
          ),
        }),
        v.description('Version page.'),
      ),
    ),
  }),
  pagination: { style: 'cursor', cursor: 'page_token', size: 'page_size', next: 'data.next_page_token' },
  permission: 'listVersion',
  destructive: false,
  billable: false,
  sdks: ['python'],
  example: { path: { workflow_id: SANDBOX_IDS.workflow }, query: { publish_status: 'all', page_size: 10 } },
});
