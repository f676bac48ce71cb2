import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { ComplexConditionSchema, ConnectorIdSchema, DatabasePathSchema, IsAsyncSchema } from './schemas';

/** Query data: POST /v1/databases/:database_id/records/query */
export default defineEndpoint({
  id: 'database-records-query',
  group: 'database',
  titleZh: '查询数据',
  titleEn: 'Query records',
  description:
    'Reads rows of a Coze database with a filter, chosen fields, sorting and pages, at once or as an async task whose result is a JSON file.',
  notes: [
    'A read sent as POST with a JSON body.',
    'Every value comes back as a string, the system fields (`id`, `uuid`, `sys_platform`, `bstudio_create_time`) included unless `select_fields` names others.',
    'Pages with `page_num` and `page_size` (default 20, at most 1000).',
  ],
  method: 'POST',
  path: '/v1/databases/:database_id/records/query',
  params: {
    path: DatabasePathSchema,
    body: v.object({
      connector_id: v.optional(ConnectorIdSchema),
      select_fields: v.optional(
        v.pipe(
          v.object({
            field_names: v.optional(
              v.pipe(v.array(v.string()), v.description('Fields to return; every field when left out.')),
            ),
            is_distinct: v.optional(
              v.pipe(v.boolean(), v.description('`true` drops duplicate rows (of the returned fields).')),
            ),
          }),
          v.description('Which fields to return, and whether to drop duplicates.'),
        ),
      ),
      order_by: v.optional(
        v.pipe(
          v.array(
            v.object({
              field_name: v.optional(v.pipe(v.string(), v.description('Field to sort by.'), v.examples(['level']))),
              direction: v.optional(
                v.pipe(v.picklist(['asc', 'desc']), v.description('`asc` (default) or `desc`.'), v.examples(['desc'])),
              ),
            }),
          ),
          v.description('Sort order, by one or more fields in turn.'),
        ),
      ),
      page_num: v.optional(
        v.pipe(v.number(), v.integer(), v.minValue(1), v.description('Page number, from 1.'), v.examples([1])),
        1,
      ),
      page_size: v.optional(
        v.pipe(
          v.number(),
          v.integer(),
          v.minValue(1),
          v.maxValue(1000),
          v.description('Rows per page, at most 1000.'),
          v.examples([20]),
        ),
        20,
      ),
      filter: v.optional(
        v.pipe(ComplexConditionSchema, v.description('Which rows to return; every row when left out.')),
      ),
      is_async: v.optional(IsAsyncSchema),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          items: v.optional(
            v.pipe(
              v.array(v.record(v.string(), v.string())),
              v.description('Rows of this page, each a map of field name to value (as a string).'),
            ),
          ),
          task_id: v.optional(
            v.pipe(v.string(), v.description('Task of an async query, to poll with database-tasks-retrieve.')),
          ),
          has_more: v.optional(v.pipe(v.boolean(), v.description('Whether more pages follow.'))),
          total_count: v.optional(
            v.pipe(v.number(), v.integer(), v.description('Rows matching the filter.'), v.examples([1])),
          ),
        }),
        v.description('The rows (a query that ran at once) or the task (an async one).'),
      ),
    ),
  }),
  pagination: { style: 'page', page: 'page_num', size: 'page_size' },
  permission: 'Database.readRecord',
  destructive: false,
  billable: false,
  sdks: [],
  example: {
    path: { database_id: SANDBOX_IDS.database },
    body: {
      select_fields: { field_names: ['name', 'level', 'city'], is_distinct: false },
      order_by: [{ field_name: 'level', direction: 'desc' }],
      page_num: 1,
      page_size: 20,
      filter: { logic: 'and', conditions: [{ left: 'level', operation: 'greater_equal', right: '2' }] },
      is_async: false,
    },
  },
});
