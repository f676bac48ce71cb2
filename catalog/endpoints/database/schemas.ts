import * as v from 'valibot';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** `database_id` in the path of every record call. */
export const DatabasePathSchema = v.object({
  database_id: v.pipe(
    v.string(),
    v.nonEmpty('database_id is required'),
    v.description('Database (one table) to work on: the `database_id` databases-create answered with.'),
  ),
});

/** The channel a record call reads or writes the data of. */
export const ConnectorIdSchema = v.pipe(
  v.string(),
  v.description(
    'Channel whose data to work on: `1024` API (the default), `999` Chat SDK, `10000122` Coze store, `10000011` Feishu, a custom channel id… Each channel sees only its own rows unless the database shares them (`connector_read_mode`).',
  ),
  v.examples([SANDBOX_IDS.apiConnector]),
);

/** `is_async`: whether a record call runs as a task polled with database-tasks-retrieve. */
export const IsAsyncSchema = v.pipe(
  v.boolean(),
  v.description(
    '`true` runs the call as a task and answers with its `task_id` at once (poll it with database-tasks-retrieve); `false` (default) waits and answers with the result.',
  ),
  v.examples([false]),
);

/** One field of a database, as databases-create takes it and databases-list reports it. */
export const FieldItemSchema = v.object({
  name: v.optional(
    v.pipe(
      v.string(),
      v.description(
        'Field name: lower-case letters, digits and `_`, starting with a letter, at most 64 characters, not a reserved word.',
      ),
      v.examples(['name']),
    ),
  ),
  desc: v.optional(v.pipe(v.string(), v.description('What the field holds, for the model and for people.'))),
  type: v.optional(
    v.pipe(
      v.picklist(['string', 'integer', 'time', 'number', 'boolean']),
      v.description('Data type: `string`, `integer`, `time`, `number` or `boolean`.'),
      v.examples(['string']),
    ),
  ),
  is_required: v.optional(v.pipe(v.boolean(), v.description('Whether every row must have a value.'))),
  is_system_field: v.optional(
    v.pipe(v.boolean(), v.description('`true` for the fields Coze adds itself (`id`, `uuid`, `sys_platform`…).')),
  ),
  is_primary_key: v.optional(v.pipe(v.boolean(), v.description('`true` only for the system `id` field.'))),
});

/** One single-field index of a database. */
export const IndexItemSchema = v.object({
  index_name: v.optional(
    v.pipe(v.string(), v.description('Unique index name; Coze makes one up when left out.'), v.examples(['idx_level'])),
  ),
  field_names: v.optional(
    v.pipe(v.array(v.string()), v.description('The one field the index covers (single-field indexes only).')),
  ),
  comment: v.optional(v.pipe(v.string(), v.description('What the index is for.'))),
});

/** One comparison of a filter: field, operator, value. */
export const ConditionSchema = v.object({
  left: v.optional(v.pipe(v.string(), v.description('Field to compare.'), v.examples(['level']))),
  operation: v.optional(
    v.pipe(
      v.picklist([
        'equal',
        'not_equal',
        'greater_than',
        'less_than',
        'greater_equal',
        'less_equal',
        'in',
        'not_in',
        'is_null',
        'is_not_null',
        'like',
        'not_like',
      ]),
      v.description(
        'Operator: `equal`, `not_equal`, `greater_than`, `less_than`, `greater_equal`, `less_equal`, `in`, `not_in`, `is_null`, `is_not_null`, `like` (SQL `%`/`_` patterns), `not_like`.',
      ),
      v.examples(['equal']),
    ),
  ),
  right: v.optional(
    v.pipe(
      v.string(),
      v.description(
        'Value to compare with, always a string; for `in`/`not_in` a comma-separated list; left out for `is_null`/`is_not_null`.',
      ),
      v.examples(['2']),
    ),
  ),
});

/** A filter: conditions joined by `and` or `or`. */
export const ComplexConditionSchema = v.object({
  logic: v.optional(
    v.pipe(
      v.picklist(['and', 'or']),
      v.description('`and`: every condition must hold; `or`: any one is enough.'),
      v.examples(['and']),
    ),
  ),
  conditions: v.optional(v.pipe(v.array(ConditionSchema), v.description('The comparisons to join.'))),
});

/** What a record call answers: `affected_rows` when it ran at once, `task_id` when it runs as a task. */
export function writeResultSchema(verb: string) {
  return v.optional(
    v.pipe(
      v.object({
        task_id: v.optional(
          v.pipe(
            v.string(),
            v.description(`Task of an async ${verb} (\`is_async: true\`), to poll with database-tasks-retrieve.`),
          ),
        ),
        affected_rows: v.optional(
          v.pipe(
            v.number(),
            v.integer(),
            v.description(`Rows the ${verb} touched, when it ran at once (\`is_async: false\`).`),
            v.examples([2]),
          ),
        ),
      }),
      v.description('`affected_rows` for a call that ran at once, `task_id` for an async one.'),
    ),
  );
}
