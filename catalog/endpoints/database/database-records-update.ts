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

/** Update data: PUT /v1/databases/:database_id/records */
export default defineEndpoint({
  id: 'database-records-update',
  group: 'database',
  titleZh: '更新数据',
  titleEn: 'Update records',
  description:
    'Sets fields of every row of a Coze database that matches a filter, at once or as an async task, and reports how many rows changed.',
  notes: [
    'A filter with at least one condition is required: Coze never updates a whole table unconditionally.',
    'New values are strings, converted to each field type.',
  ],
  method: 'PUT',
  path: '/v1/databases/:database_id/records',
  params: {
    path: DatabasePathSchema,
    body: v.object({
      update_fields: v.pipe(
        v.array(
          v.object({
            field_name: v.optional(v.pipe(v.string(), v.description('Field to set.'), v.examples(['level']))),
            value: v.optional(v.pipe(v.string(), v.description('New value, as a string.'), v.examples(['3']))),
          }),
        ),
        v.minLength(1, 'update_fields needs at least one field'),
        v.description('The fields to set and their new values.'),
      ),
      filter: v.pipe(ComplexConditionSchema, v.description('Which rows to update; required.')),
      is_async: v.optional(IsAsyncSchema),
      connector_id: v.optional(ConnectorIdSchema),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({ data: writeResultSchema('update') }),
  permission: 'Database.updateRecord',
  destructive: false,
  billable: false,
  sdks: [],
  example: {
    path: { database_id: SANDBOX_IDS.database },
    body: {
      update_fields: [{ field_name: 'level', value: '3' }],
      filter: { logic: 'and', conditions: [{ left: 'name', operation: 'equal', right: 'alice' }] },
      is_async: false,
    },
  },
});
