import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { FieldItemSchema, IndexItemSchema } from './schemas';

/** List databases: GET /v1/databases */
export default defineEndpoint({
  id: 'databases-list',
  group: 'database',
  titleZh: '查询数据库列表',
  titleEn: 'List databases',
  description:
    'Lists the Coze databases of a workspace, page by page, each with its fields, indexes and read/write mode. Use it to find a database_id for the record calls.',
  notes: [
    'Pages with `page_num` and `page_size` (default 20, at most 1000); `has_more` says whether another page follows.',
    'Timestamps are Unix seconds written as strings.',
  ],
  method: 'GET',
  path: '/v1/databases',
  params: {
    query: v.object({
      workspace_id: v.pipe(
        v.string(),
        v.nonEmpty('workspace_id is required'),
        v.description('Workspace whose databases to list.'),
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
          v.description('Databases per page, at most 1000.'),
          v.examples([20]),
        ),
        20,
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          has_more: v.optional(v.pipe(v.boolean(), v.description('Whether more pages follow.'))),
          total_count: v.optional(
            v.pipe(v.number(), v.integer(), v.description('Databases in the workspace.'), v.examples([2])),
          ),
          items: v.optional(
            v.pipe(
              v.array(
                v.object({
                  id: v.optional(v.pipe(v.string(), v.description('Database id.'))),
                  app_id: v.optional(
                    v.pipe(v.string(), v.description('Low-code app holding the database; `0` for the library.')),
                  ),
                  workspace_id: v.optional(v.pipe(v.string(), v.description('Workspace of the database.'))),
                  creator_id: v.optional(v.pipe(v.string(), v.description('Who created it.'))),
                  table_name: v.optional(v.pipe(v.string(), v.description('Table name.'), v.examples(['user_info']))),
                  table_desc: v.optional(v.pipe(v.string(), v.description('Table description.'))),
                  database_type: v.optional(
                    v.pipe(
                      v.picklist(['coze_database', 'volcano_database']),
                      v.description('`coze_database` or `volcano_database`.'),
                      v.examples(['coze_database']),
                    ),
                  ),
                  rw_mode: v.optional(
                    v.pipe(
                      v.picklist(['limited_read_write', 'read_only', 'unlimited_read_write']),
                      v.description('Read/write mode: single-user, read-only or multi-user.'),
                      v.examples(['unlimited_read_write']),
                    ),
                  ),
                  icon_url: v.optional(v.pipe(v.string(), v.description('Icon URL.'))),
                  create_time: v.optional(
                    v.pipe(v.string(), v.description('Creation time, Unix seconds as a string.')),
                  ),
                  update_time: v.optional(v.pipe(v.string(), v.description('Last change, Unix seconds as a string.'))),
                  fields: v.optional(v.pipe(v.array(FieldItemSchema), v.description('The fields of the table.'))),
                  indexs: v.optional(v.pipe(v.array(IndexItemSchema), v.description('The indexes of the table.'))),
                }),
              ),
              v.description('Databases on this page.'),
            ),
          ),
        }),
        v.description('One page of databases.'),
      ),
    ),
  }),
  pagination: { style: 'page', page: 'page_num', size: 'page_size' },
  permission: 'Workspace.listDatabase',
  destructive: false,
  billable: false,
  sdks: [],
  example: { query: { workspace_id: SANDBOX_IDS.workspace, page_num: 1, page_size: 20 } },
});
