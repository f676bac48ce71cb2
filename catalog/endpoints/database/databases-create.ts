import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { FieldItemSchema, IndexItemSchema } from './schemas';

/** Create Coze database: POST /v1/databases */
export default defineEndpoint({
  id: 'databases-create',
  group: 'database',
  titleZh: '创建扣子数据库',
  titleEn: 'Create Coze database',
  description:
    'Creates a Coze database, one table with the fields, indexes and read/write rules you define, in a workspace library or inside a low-code app, and returns its database_id.',
  notes: [
    'One database is one table: its `database_id` is what the record calls take.',
    'Coze adds the system fields `id` (primary key), `uuid`, `sys_platform` and `bstudio_create_time` to every table.',
    'Needs `Workspace.createDatabase`; inside a low-code app (`app_id`), `Project.createDatabase` as well.',
  ],
  method: 'POST',
  path: '/v1/databases',
  params: {
    body: v.object({
      workspace_id: v.pipe(
        v.string(),
        v.nonEmpty('workspace_id is required'),
        v.description('Workspace to create the database in.'),
      ),
      app_id: v.optional(
        v.pipe(
          v.string(),
          v.description('Low-code app to create the database in; the workspace library when left out.'),
        ),
      ),
      table_name: v.pipe(
        v.string(),
        v.nonEmpty('table_name is required'),
        v.description('Name of the table.'),
        v.examples(['user_info']),
      ),
      table_desc: v.optional(v.pipe(v.string(), v.description('What the table stores.'))),
      fields: v.pipe(
        v.array(FieldItemSchema),
        v.minLength(1, 'fields needs at least one field'),
        v.description('The fields of the table (the system fields are added for you).'),
      ),
      rw_mode: v.pipe(
        v.picklist(['limited_read_write', 'unlimited_read_write']),
        v.description(
          '`limited_read_write` (single-user): everyone may add rows but reads and changes only their own; `unlimited_read_write` (multi-user): everyone reads and changes every row of their channel.',
        ),
        v.examples(['unlimited_read_write']),
      ),
      indexs: v.optional(
        v.pipe(v.array(IndexItemSchema), v.description('Indexes, one field each (the docs spell it `indexs`).')),
      ),
      connector_rw_config: v.optional(
        v.pipe(
          v.array(
            v.object({
              connector_id: v.optional(v.pipe(v.string(), v.description('Channel to configure.'))),
              connector_rw_mode: v.optional(
                v.pipe(
                  v.picklist(['draft', 'online']),
                  v.description('`draft` reads and writes test data, `online` live data.'),
                  v.examples(['online']),
                ),
              ),
            }),
          ),
          v.description(
            'Per-channel choice of test or live data; Coze-hosted channels default to `draft`, others to `online`.',
          ),
        ),
      ),
      connector_read_mode: v.optional(
        v.pipe(
          v.picklist(['independent_connector', 'shared_coze_connectors', 'shared_all_connectors']),
          v.description(
            '`independent_connector` (default): each channel sees its own rows; `shared_coze_connectors`: Coze-hosted channels share; `shared_all_connectors`: every channel shares.',
          ),
          v.examples(['independent_connector']),
        ),
      ),
      icon_file_id: v.optional(
        v.pipe(v.string(), v.description('Icon uploaded with upload-file; a default icon when left out.')),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          database_id: v.optional(v.pipe(v.string(), v.description('Id of the new database (table).'))),
        }),
        v.description('The created database.'),
      ),
    ),
  }),
  permission: 'Workspace.createDatabase',
  destructive: false,
  billable: false,
  sdks: [],
  example: {
    body: {
      workspace_id: SANDBOX_IDS.workspace,
      table_name: 'reading_list',
      table_desc: 'Books to read, with a rating.',
      fields: [
        { name: 'title', desc: 'Book title', type: 'string', is_required: true },
        { name: 'rating', desc: 'Stars, 1 to 5', type: 'integer', is_required: false },
      ],
      rw_mode: 'unlimited_read_write',
      indexs: [{ index_name: 'idx_rating', field_names: ['rating'], comment: 'By rating' }],
    },
  },
});
