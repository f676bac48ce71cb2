import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { ConnectorIdSchema, DatabasePathSchema, IsAsyncSchema, writeResultSchema } from './schemas';

/** Insert data: POST /v1/databases/:database_id/records */
export default defineEndpoint({
  id: 'database-records-insert',
  group: 'database',
  titleZh: '插入数据',
  titleEn: 'Insert records',
  description:
    'Adds one or more rows to a Coze database, at once or as an async task for large batches. Each row maps field names to values written as strings.',
  notes: [
    'Every value is a string (`"2"`, `"true"`); Coze converts it to the field type and refuses a row it cannot convert.',
    'At most 1000 rows per call.',
    'With `is_async: true` the answer is a `task_id`; poll database-tasks-retrieve for `affected_rows`.',
  ],
  method: 'POST',
  path: '/v1/databases/:database_id/records',
  params: {
    path: DatabasePathSchema,
    body: v.object({
      insert_rows: v.pipe(
        v.array(v.record(v.string(), v.string())),
        v.minLength(1, 'insert_rows needs at least one row'),
        v.maxLength(1000, 'insert_rows takes at most 1000 rows'),
        v.description('Rows to add, each a map of field name to value (as a string).'),
      ),
      is_async: v.optional(IsAsyncSchema),
      connector_id: v.optional(ConnectorIdSchema),
      connector_uid: v.optional(
        v.pipe(
          v.string(),
          v.description(
            "The end user's id within the channel, which single-user databases file the rows under; for Coze-hosted channels, the number in the user's Coze profile URL.",
          ),
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({ data: writeResultSchema('insert') }),
  permission: 'Database.createRecord',
  destructive: false,
  billable: false,
  sdks: [],
  example: {
    path: { database_id: SANDBOX_IDS.database },
    body: {
      insert_rows: [
        { name: 'lucy', level: '3', city: 'Chengdu' },
        { name: 'tom', level: '1', city: 'Suzhou' },
      ],
      is_async: false,
    },
  },
});
