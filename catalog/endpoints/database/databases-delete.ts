import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { DatabasePathSchema } from './schemas';

/** Delete Coze database: DELETE /v1/databases/:database_id */
export default defineEndpoint({
  id: 'databases-delete',
  group: 'database',
  titleZh: '删除扣子数据库',
  titleEn: 'Delete Coze database',
  description: 'Deletes a Coze database with every row in it, for good.',
  notes: ['There is no undo: the table and all its data are gone.'],
  method: 'DELETE',
  path: '/v1/databases/:database_id',
  params: { path: DatabasePathSchema },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({}),
  permission: 'Database.delete',
  destructive: true,
  billable: false,
  sdks: [],
  example: { path: { database_id: SANDBOX_IDS.database } },
});
