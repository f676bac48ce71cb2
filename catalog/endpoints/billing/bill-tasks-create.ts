import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { BillTaskSchema } from './bill-task';

/** Export end-user bills (create export task): POST /v1/commerce/benefit/bill_tasks */
export default defineEndpoint({
  id: 'bill-tasks-create',
  group: 'billing',
  titleZh: '导出终端用户账单',
  titleEn: 'Export end-user bills (create export task)',
  description:
    "Starts an export of the enterprise's usage bills per end user or device (speech recognition seconds, speech synthesis characters, RTC minutes and amounts) for a range of days. The export runs in the background; fetch its files with bill-tasks-list.",
  notes: [
    'Enterprise flagship plan only, and only for its super admins and admins.',
    'Covers only devices that have reported their device information.',
    'Whole days: the start snaps to 00:00:00 and the end to 23:59:59 of their days. Today cannot be included, and data begins on 2025-03-13.',
    'Poll bill-tasks-list with the `task_id` until `status` is `succeed`; the files expire after 7 days.',
    'The columns of the files match the fields of the `benefit.usage` callback.',
  ],
  method: 'POST',
  path: '/v1/commerce/benefit/bill_tasks',
  params: {
    body: v.object({
      started_at: v.optional(
        v.pipe(
          v.number(),
          v.integer(),
          v.description('First day to export, as Unix seconds anywhere in that day; not before 2025-03-13.'),
          v.examples([1746028800]),
        ),
      ),
      ended_at: v.optional(
        v.pipe(
          v.number(),
          v.integer(),
          v.description('Last day to export, as Unix seconds anywhere in that day; must be before today.'),
          v.examples([1748707199]),
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    data: v.optional(v.pipe(BillTaskSchema, v.description('The export task, usually still `init` or `running`.'))),
  }),
  permission: 'createBillDownloadTask',
  destructive: false,
  billable: false,
  sdks: ['java'],
  example: { body: { started_at: 1746028800, ended_at: 1748707199 } },
});
