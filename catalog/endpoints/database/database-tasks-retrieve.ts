import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Get async task result: GET /v1/database_tasks/:task_id */
export default defineEndpoint({
  id: 'database-tasks-retrieve',
  group: 'database',
  titleZh: '查询异步执行结果',
  titleEn: 'Get async task result',
  description:
    'Reports how an async insert, update, query or delete of a Coze database is going and, once it has succeeded, the rows it touched or the file of rows it found.',
  notes: [
    'Poll until `status` is `succeed` or `failed`.',
    'Only the caller who started the task may read it, and results are kept for 12 hours.',
    'A query task answers with `select_total_count` and `select_items_file_url`, a JSON file of the rows, not the rows themselves.',
  ],
  method: 'GET',
  path: '/v1/database_tasks/:task_id',
  params: {
    path: v.object({
      task_id: v.pipe(
        v.string(),
        v.nonEmpty('task_id is required'),
        v.description('`task_id` an async record call answered with.'),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          status: v.optional(
            v.pipe(
              v.picklist(['pending', 'running', 'succeed', 'failed']),
              v.description('`pending`, `running`, `succeed` or `failed`.'),
              v.examples(['succeed']),
            ),
          ),
          task_type: v.optional(
            v.pipe(
              v.picklist(['select', 'insert', 'update', 'delete']),
              v.description('What the task does: `select`, `insert`, `update` or `delete`.'),
              v.examples(['insert']),
            ),
          ),
          has_more: v.optional(v.pipe(v.boolean(), v.description('Whether the result leaves rows out.'))),
          error_msg: v.optional(v.pipe(v.string(), v.description('Why the task failed; empty otherwise.'))),
          affected_rows: v.optional(
            v.pipe(
              v.number(),
              v.integer(),
              v.description('Rows an insert, update or delete touched, once it has succeeded.'),
              v.examples([2]),
            ),
          ),
          select_total_count: v.optional(
            v.pipe(v.number(), v.integer(), v.description('Rows a query matched.'), v.examples([3])),
          ),
          select_items_file_url: v.optional(
            v.pipe(v.string(), v.description("URL of a JSON file with a succeeded query's rows.")),
          ),
        }),
        v.description('State and result of the task.'),
      ),
    ),
  }),
  destructive: false,
  billable: false,
  sdks: [],
  example: { path: { task_id: SANDBOX_IDS.databaseTask } },
});
