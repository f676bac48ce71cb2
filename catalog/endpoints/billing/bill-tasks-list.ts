import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope, PageNumSchema } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { BillTaskSchema } from './bill-task';

/** Query bill export files: GET /v1/commerce/benefit/bill_tasks */
export default defineEndpoint({
  id: 'bill-tasks-list',
  group: 'billing',
  titleZh: '查询账单文件',
  titleEn: 'Query bill export files',
  description:
    'Reports the state of bill export tasks and, for finished ones, the links to their files. Poll it after bill-tasks-create until the task succeeds.',
  notes: [
    'Enterprise flagship plan only, and only for its super admins and admins, as for bill-tasks-create.',
    '`task_ids` travels as one comma-joined query value, up to 100 ids; without it you get the tasks created in the last 7 days.',
    'Download links expire 7 days after the task was created.',
  ],
  method: 'GET',
  path: '/v1/commerce/benefit/bill_tasks',
  params: {
    query: v.object({
      task_ids: v.optional(
        v.pipe(
          v.array(v.string()),
          v.maxLength(100, 'task_ids takes at most 100 ids'),
          v.description('Export tasks to report, up to 100, sent comma-joined in one value; omit for the last 7 days.'),
          v.examples([[SANDBOX_IDS.billTask]]),
        ),
      ),
      page_num: v.optional(PageNumSchema),
      page_size: v.optional(
        v.pipe(
          v.number(),
          v.integer(),
          v.minValue(1),
          v.maxValue(200),
          v.description('Tasks per page, 1 to 200 (default 20).'),
          v.examples([20]),
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
          task_infos: v.optional(v.pipe(v.array(BillTaskSchema), v.description('Export tasks on this page.'))),
          total: v.optional(
            v.pipe(v.number(), v.integer(), v.description('Number of matching tasks.'), v.examples([1])),
          ),
        }),
        v.description('Page of export tasks.'),
      ),
    ),
  }),
  pagination: { style: 'page', page: 'page_num', size: 'page_size' },
  permission: 'listBillDownloadTask',
  destructive: false,
  billable: false,
  sdks: ['python', 'java'],
  example: { query: { task_ids: [SANDBOX_IDS.billTask], page_num: 1, page_size: 20 } },
});
