import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import {
  ComplexConditionSchema,
  ConnectorIdSchema,
  DatabasePathSchema,
  IsAsyncSchema,
  writeResultSchema,
} from './schemas';

/** Delete data: DELETE /v1/databases/:database_id/records */
export default defineEndpoint({
  id: 'database-records-delete',
  group: 'database',
  titleZh: '删除数据',
  titleEn: 'Delete records',
  description:
    'Deletes every row of a Coze database that matches a filter, at once or as an async task, and reports how many rows went.',
  notes: [
    'A DELETE with a JSON body.',
    'A filter with at least one condition is required: Coze never empties a whole table unconditionally.',
  ],
  method: 'DELETE',
  path: '/v1/databases/:database_id/records',
  params: {
    path: DatabasePathSchema,
    body: v.object({
      filter: v.pipe(ComplexConditionSchema, v.description('Which rows to delete; required.')),
      is_async: v.optional(IsAsyncSchema),
      connector_id: v.optional(ConnectorIdSchema),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({ data: writeResultSchema('delete') }),
  permission: 'Database.deleteRecord',
  destructive: true,
  billable: false,
  sdks: [],
  example: {
    path: { database_id: SANDBOX_IDS.database },
    body: {
      filter: { logic: 'or', conditions: [{ left: 'name', operation: 'equal', right: 'molly' }] },
      is_async: true,
    },
  },
});
