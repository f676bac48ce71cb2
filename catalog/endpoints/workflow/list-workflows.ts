import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { WorkflowInfoSchema } from './workflow-info';

/** List workflows: GET /v1/workflows */
export default defineEndpoint({
  id: 'list-workflows',
  group: 'workflow',
  titleZh: '查询工作流列表',
  titleEn: 'List workflows',
  description:
    'Lists the workflows and chatflows of a workspace, page by page. Use it to find the workflow_id to run or inspect.',
  notes: [
    '`page_num` is required here, unlike most lists.',
    '`page_size` defaults to 10 and cannot exceed 30.',
    '`created_at` and `updated_at` are Unix seconds sent as strings.',
  ],
  method: 'GET',
  path: '/v1/workflows',
  params: {
    query: v.object({
      workspace_id: v.pipe(
        v.string(),
        v.nonEmpty('workspace_id is required'),
        v.description('Workspace to list workflows from.'),
      ),
      page_num: v.pipe(
        v.number(),
        v.integer(),
        v.minValue(1),
        v.description('Page number, from 1 (required here).'),
        v.examples([1]),
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
      workflow_mode: v.optional(
        v.pipe(
          v.picklist(['workflow', 'chatflow']),
          v.description('`workflow` or `chatflow`; empty = both.'),
          v.examples(['workflow']),
        ),
      ),
      app_id: v.optional(v.pipe(v.string(), v.description('Only workflows belonging to this app.'))),
      publish_status: v.optional(
        v.pipe(
          v.picklist(['all', 'published_online', 'unpublished_draft']),
          v.description('`all`, `published_online` (default) or `unpublished_draft`.'),
          v.examples(['all']),
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
          items: v.optional(v.pipe(v.array(WorkflowInfoSchema), v.description('Workflows on this page.'))),
          has_more: v.optional(
            v.pipe(v.boolean(), v.description('True when more results exist beyond this page.'), v.examples([false])),
          ),
        }),
        v.description('Workflow page.'),
      ),
    ),
  }),
  pagination: { style: 'page', page: 'page_num', size: 'page_size' },
  permission: 'listWorkflow',
  destructive: false,
  billable: false,
  sdks: ['python', 'go'],
  example: { query: { workspace_id: SANDBOX_IDS.workspace, page_num: 1, page_size: 20 } },
});
