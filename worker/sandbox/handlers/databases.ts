import { SANDBOX_IDS } from '../../../catalog/sandbox-ids';
import {
  checkRow,
  checkValue,
  fieldOf,
  projectRows,
  selectRows,
  sortRows,
  SYSTEM_FIELDS,
  type Filter,
} from '../database-rows';
import { CozeCode, CozeError } from '../envelope';
import { SANDBOX_USER } from '../fixtures';
import { intParam, pageOf, seconds } from '../params';
import { iconFor } from '../platform-fixtures';
import { durationOf } from '../pace';
import { requireWorkspace } from './workspaces';
import type { Call, Handler } from '../call';
import type { DatabaseField, DatabaseRecord, DatabaseRowRecord, DatabaseTaskRecord } from '../records';
import type { SessionStore } from '../state';

/** Coze keeps the results of async record calls this long. */
const TASK_TTL_MS = 12 * 60 * 60 * 1000;

const bad = (message: string) => new CozeError(CozeCode.badRequest, message);

/** The database with this id, or 4200. */
async function requireDatabase(store: SessionStore, id: unknown): Promise<DatabaseRecord> {
  const database = await store.item('database', String(id));
  if (!database) throw new CozeError(CozeCode.notFound, `Database ${String(id)} not found`);
  return database;
}

/** The channel a record call works in: `connector_id`, the API channel when left out. */
function channelOf(call: Call): string {
  return String(call.body['connector_id'] ?? SANDBOX_IDS.apiConnector);
}

/** The rows a channel sees: its own, or every channel's when the database shares them all. */
async function visibleRows(call: Call, database: DatabaseRecord): Promise<DatabaseRowRecord[]> {
  const rows = await call.store.itemsUnder('database-row', `${database.id}:`);
  if (database.connector_read_mode === 'shared_all_connectors') return rows;
  const channel = channelOf(call);
  return rows.filter((row) => row.connector_id === channel);
}

const FIELD_NAME = /^[a-z][a-z0-9_]{0,63}$/;
const TYPES = new Set<DatabaseField['type']>(['string', 'integer', 'time', 'number', 'boolean']);

function checkFields(value: unknown): DatabaseField[] {
  const fields = (value as Record<string, unknown>[]).map((field) => {
    const name = String(field['name'] ?? '');
    if (!FIELD_NAME.test(name))
      throw bad(
        `Invalid field name ${JSON.stringify(name)}: lower-case letters, digits and _, starting with a letter, at most 64`,
      );
    if ((SYSTEM_FIELDS as readonly string[]).includes(name))
      throw bad(`Invalid field name ${name}: a system field has it`);
    const type = String(field['type'] ?? 'string').toLowerCase() as DatabaseField['type'];
    if (!TYPES.has(type)) throw bad(`Invalid type of field ${name}: string, integer, time, number or boolean`);
    return { name, desc: String(field['desc'] ?? ''), type, is_required: field['is_required'] === true };
  });
  const names = fields.map((field) => field.name);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice) throw bad(`Invalid parameter fields: ${twice} is listed twice`);
  return fields;
}

function checkIndexes(value: unknown, fields: readonly DatabaseField[]): DatabaseRecord['indexs'] {
  return ((value ?? []) as Record<string, unknown>[]).map((index) => {
    const names = (index['field_names'] ?? []) as string[];
    if (names.length !== 1) throw bad('Invalid parameter indexs: an index covers exactly one field');
    if (!fields.some((field) => field.name === names[0])) throw bad(`Invalid parameter indexs: no field ${names[0]}`);
    return {
      index_name: String(index['index_name'] ?? `idx_${names[0]}`),
      field_names: [...names],
      comment: String(index['comment'] ?? ''),
    };
  });
}

function databaseView(database: DatabaseRecord): Record<string, unknown> {
  return {
    id: database.id,
    app_id: database.app_id,
    workspace_id: database.workspace_id,
    creator_id: database.creator_id,
    table_name: database.table_name,
    table_desc: database.table_desc,
    database_type: 'coze_database',
    rw_mode: database.rw_mode,
    icon_url: iconFor(database.table_name),
    create_time: String(database.create_time),
    update_time: String(database.update_time),
    fields: database.fields.map((field) => ({ ...field, is_system_field: false, is_primary_key: false })),
    indexs: database.indexs,
  };
}

/** POST /v1/databases: a table in a workspace library or in its low-code app. */
export const createDatabase: Handler = async (call) => {
  const body = call.body;
  await requireWorkspace(call.store, body['workspace_id']);
  if (body['app_id'] !== undefined && body['app_id'] !== SANDBOX_IDS.app)
    throw new CozeError(
      CozeCode.notFound,
      `App ${String(body['app_id'])} not found: the sandbox has ${SANDBOX_IDS.app}`,
    );
  if (body['icon_file_id'] !== undefined && !(await call.store.file(String(body['icon_file_id']))))
    throw new CozeError(CozeCode.notFound, `File ${String(body['icon_file_id'])} not found: upload the icon first`);
  const fields = checkFields(body['fields']);
  const at = seconds(call.nowMs);
  const database: DatabaseRecord = {
    id: await call.store.nextId(),
    workspace_id: String(body['workspace_id']),
    app_id: String(body['app_id'] ?? '0'),
    creator_id: SANDBOX_USER.id,
    table_name: String(body['table_name']),
    table_desc: String(body['table_desc'] ?? ''),
    rw_mode: body['rw_mode'] as DatabaseRecord['rw_mode'],
    connector_read_mode: (body['connector_read_mode'] ??
      'independent_connector') as DatabaseRecord['connector_read_mode'],
    fields,
    indexs: checkIndexes(body['indexs'], fields),
    ...(body['icon_file_id'] !== undefined && { icon_file_id: String(body['icon_file_id']) }),
    create_time: at,
    update_time: at,
  };
  await call.store.putItem('database', database.id, database);
  return { data: { database_id: database.id } };
};

/** GET /v1/databases: a workspace's databases, oldest first, page by page. */
export const listDatabases: Handler = async (call) => {
  const workspace = await requireWorkspace(call.store, call.query['workspace_id']);
  const pageNum = intParam(call.query['page_num'], 'page_num', 1, 1, 100_000);
  const pageSize = intParam(call.query['page_size'], 'page_size', 20, 1, 1000);
  const all = (await call.store.items('database')).filter((database) => database.workspace_id === workspace.id);
  const page = pageOf(all, pageNum, pageSize);
  return {
    data: { has_more: page.hasMore, total_count: all.length, items: page.items.map(databaseView) },
  };
};

/** DELETE /v1/databases/:database_id: the table, its rows and its tasks. */
export const deleteDatabase: Handler = async (call) => {
  const database = await requireDatabase(call.store, call.path['database_id']);
  const rows = await call.store.itemsUnder('database-row', `${database.id}:`);
  await call.store.deleteItems(
    'database-row',
    rows.map((row) => `${database.id}:${row.id}`),
  );
  await call.store.deleteItems('database', [database.id]);
  return {};
};

// Answers are written out whole rather than shaped from the schema: a call that ran at once has no
// `task_id`, an async one no `affected_rows`, and a running task no result.

/**
 * What a record call answers: `affected_rows` when it ran at once; for `is_async`, a task that
 * reports `pending`, `running`, then `succeed` (quickly at a fast `x-sandbox-pace-ms`).
 */
async function answer(
  call: Call,
  database: DatabaseRecord,
  type: DatabaseTaskRecord['task_type'],
  result: Pick<DatabaseTaskRecord, 'affected_rows' | 'select_total_count' | 'select_items' | 'has_more'>,
): Promise<Record<string, unknown> | undefined> {
  if (call.body['is_async'] !== true) return undefined;
  const task: DatabaseTaskRecord = {
    task_id: await call.store.nextId(),
    database_id: database.id,
    task_type: type,
    created_at_ms: call.nowMs,
    ready_at_ms: call.nowMs + durationOf(call.pace, 25),
    ...result,
    fixture: false,
  };
  await call.store.putItem('database-task', task.task_id, task);
  return { data: { task_id: task.task_id } };
}

/** POST /v1/databases/:database_id/records: checked rows, added to the caller's channel. */
export const insertRecords: Handler = async (call) => {
  const database = await requireDatabase(call.store, call.path['database_id']);
  const rows = (call.body['insert_rows'] as Record<string, unknown>[]).map((row) => checkRow(database, row));
  const uuid = String(call.body['connector_uid'] ?? SANDBOX_USER.id);
  const records: (readonly [string, DatabaseRowRecord])[] = [];
  for (const values of rows) {
    const id = await call.store.nextId();
    records.push([
      `${database.id}:${id}`,
      { database_id: database.id, id, values, connector_id: channelOf(call), uuid, created_at_ms: call.nowMs },
    ]);
  }
  await call.store.putItems('database-row', records);
  const queued = await answer(call, database, 'insert', { affected_rows: rows.length, has_more: false });
  return queued ?? { data: { affected_rows: rows.length } };
};

/** PUT /v1/databases/:database_id/records: sets fields of the rows the (required) filter selects. */
export const updateRecords: Handler = async (call) => {
  const database = await requireDatabase(call.store, call.path['database_id']);
  const updates = (call.body['update_fields'] as { field_name?: string; value?: unknown }[]).map((update) => {
    if ((SYSTEM_FIELDS as readonly string[]).includes(update.field_name ?? ''))
      throw bad(`Invalid parameter: ${String(update.field_name)} is a system field, which Coze fills in itself`);
    const field = fieldOf(database, update.field_name);
    const value = checkValue(field, update.value ?? '');
    if (field.is_required && value === '')
      throw bad(`Invalid parameter: required field ${field.name} cannot be emptied`);
    return [field.name, value] as const;
  });
  const selected = selectRows(database, await visibleRows(call, database), call.body['filter'] as Filter, true);
  await call.store.putItems(
    'database-row',
    selected.map((row) => [
      `${database.id}:${row.id}`,
      { ...row, values: { ...row.values, ...Object.fromEntries(updates) } },
    ]),
  );
  const queued = await answer(call, database, 'update', { affected_rows: selected.length, has_more: false });
  return queued ?? { data: { affected_rows: selected.length } };
};

/** DELETE /v1/databases/:database_id/records: removes the rows the (required) filter selects. */
export const deleteRecords: Handler = async (call) => {
  const database = await requireDatabase(call.store, call.path['database_id']);
  const selected = selectRows(database, await visibleRows(call, database), call.body['filter'] as Filter, true);
  await call.store.deleteItems(
    'database-row',
    selected.map((row) => `${database.id}:${row.id}`),
  );
  const queued = await answer(call, database, 'delete', { affected_rows: selected.length, has_more: false });
  return queued ?? { data: { affected_rows: selected.length } };
};

/** POST /v1/databases/:database_id/records/query: filtered, sorted, projected rows, page by page. */
export const queryRecords: Handler = async (call) => {
  const body = call.body;
  const database = await requireDatabase(call.store, call.path['database_id']);
  const pageNum = intParam(body['page_num'], 'page_num', 1, 1, 100_000);
  const pageSize = intParam(body['page_size'], 'page_size', 20, 1, 1000);
  const selected = selectRows(database, await visibleRows(call, database), body['filter'] as Filter, false);
  const sorted = sortRows(database, selected, body['order_by'] as { field_name?: string; direction?: string }[]);
  const select = (body['select_fields'] ?? {}) as { field_names?: string[]; is_distinct?: boolean };
  const views = projectRows(database, sorted, select.field_names, select.is_distinct === true);
  const page = pageOf(views, pageNum, pageSize);
  const queued = await answer(call, database, 'select', {
    select_total_count: views.length,
    select_items: page.items,
    has_more: page.hasMore,
  });
  return queued ?? { data: { items: page.items, has_more: page.hasMore, total_count: views.length } };
};

/** A data: URL of a select task's rows, so the result file opens without another host. */
function itemsFileUrl(items: readonly Record<string, string>[]): string {
  const bytes = new TextEncoder().encode(JSON.stringify(items));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:application/json;base64,${btoa(binary)}`;
}

/** GET /v1/database_tasks/:task_id: the task's state, and its result once it has succeeded. */
export const retrieveDatabaseTask: Handler = async (call) => {
  const id = String(call.path['task_id']);
  const task = await call.store.item('database-task', id);
  if (!task || (!task.fixture && call.nowMs - task.created_at_ms > TASK_TTL_MS))
    throw new CozeError(CozeCode.notFound, `Task ${id} not found: async results are kept for 12 hours`);
  const total = Math.max(1, task.ready_at_ms - task.created_at_ms);
  const done = call.nowMs >= task.ready_at_ms;
  const status = done ? 'succeed' : call.nowMs - task.created_at_ms < total / 3 ? 'pending' : 'running';
  const result = !done
    ? {}
    : task.task_type === 'select'
      ? {
          select_total_count: task.select_total_count ?? 0,
          select_items_file_url: itemsFileUrl(task.select_items ?? []),
        }
      : { affected_rows: task.affected_rows ?? 0 };
  return {
    data: { status, task_type: task.task_type, has_more: task.has_more, error_msg: '', ...result },
  };
};
