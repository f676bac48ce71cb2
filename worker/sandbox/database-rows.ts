import { CozeCode, CozeError } from './envelope';
import type { DatabaseField, DatabaseRecord, DatabaseRowRecord } from './records';

/** The fields Coze adds to every table; callers read them but never write them. */
export const SYSTEM_FIELDS = ['id', 'uuid', 'sys_platform', 'bstudio_create_time'] as const;

/** A condition of a record filter, as the record calls send it. */
export interface Condition {
  readonly left?: string;
  readonly operation?: string;
  readonly right?: string;
}

/** A record filter: conditions joined by `and` or `or`. */
export interface Filter {
  readonly logic?: 'and' | 'or';
  readonly conditions?: readonly Condition[];
}

const bad = (message: string) => new CozeError(CozeCode.badRequest, message);

/** The field of this name, a system field (typed as Coze types them), or 4000. */
export function fieldOf(database: DatabaseRecord, name: string | undefined): DatabaseField {
  const field = database.fields.find((f) => f.name === name);
  if (field) return field;
  if (name === 'id') return { name, desc: '', type: 'integer', is_required: true };
  if (name === 'bstudio_create_time') return { name, desc: '', type: 'time', is_required: true };
  if (name === 'uuid' || name === 'sys_platform') return { name, desc: '', type: 'string', is_required: true };
  throw bad(`Invalid parameter: table ${database.table_name} has no field ${JSON.stringify(name ?? '')}`);
}

/** Whether `text` is a value of the field's type, written as Coze takes values: as a string. */
function fits(type: DatabaseField['type'], text: string): boolean {
  switch (type) {
    case 'integer':
      return /^-?\d+$/.test(text.trim());
    case 'number':
      return text.trim() !== '' && Number.isFinite(Number(text));
    case 'boolean':
      return text === 'true' || text === 'false';
    case 'time':
      return !Number.isNaN(Date.parse(text.includes('T') ? text : text.replace(' ', 'T')));
    default:
      return true;
  }
}

/** A value for a field, checked against its type (4000 for `level: "high"` in an integer field). */
export function checkValue(field: DatabaseField, value: unknown): string {
  if (typeof value !== 'string')
    throw bad(`Invalid value for field ${field.name}: every value is sent as a string, such as "2" or "true"`);
  if (!fits(field.type, value))
    throw bad(`Invalid value for field ${field.name}: ${JSON.stringify(value)} is not a ${field.type}`);
  return value;
}

/** A row to insert: known user fields only, each value of its type, every required field set. */
export function checkRow(database: DatabaseRecord, row: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(row)) {
    if ((SYSTEM_FIELDS as readonly string[]).includes(name))
      throw bad(`Invalid parameter: ${name} is a system field, which Coze fills in itself`);
    values[name] = checkValue(fieldOf(database, name), value);
  }
  const missing = database.fields.filter((field) => field.is_required && !values[field.name]);
  if (missing.length)
    throw bad(`Invalid parameter: required field ${missing.map((f) => f.name).join(', ')} has no value`);
  return values;
}

/** The row as the query call answers it: system fields, then the table's own, every value a string. */
export function rowView(row: DatabaseRowRecord): Record<string, string> {
  const created = new Date(row.created_at_ms + 8 * 3_600_000).toISOString().replace('T', ' ').slice(0, 19);
  return {
    id: row.id,
    uuid: row.uuid,
    sys_platform: row.connector_id === '1024' ? 'API' : row.connector_id,
    bstudio_create_time: `${created} +0800 CST`,
    ...row.values,
  };
}

const timeOf = (text: string) => Date.parse(text.replace(' +0800 CST', '+08:00').replace(' ', 'T'));

function compare(type: DatabaseField['type'], a: string, b: string): number {
  // Integers as BigInt: row ids are int64, beyond what a Number holds exactly.
  if (type === 'integer' && /^-?\d+$/.test(a.trim()) && /^-?\d+$/.test(b.trim())) {
    const x = BigInt(a.trim());
    const y = BigInt(b.trim());
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (type === 'integer' || type === 'number') return Number(a) - Number(b);
  if (type === 'time') return timeOf(a) - timeOf(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An SQL `LIKE` pattern as a regular expression: `%` any run, `_` one character. */
export function likePattern(pattern: string): RegExp {
  const body = [...pattern]
    .map((c) => (c === '%' ? '.*' : c === '_' ? '.' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, 's');
}

function holds(database: DatabaseRecord, view: Record<string, string>, condition: Condition): boolean {
  const field = fieldOf(database, condition.left);
  const value = view[field.name];
  const right = condition.right ?? '';
  const list = () => right.split(',').map((item) => item.trim());
  switch (condition.operation) {
    case 'is_null':
      return value === undefined || value === '';
    case 'is_not_null':
      return value !== undefined && value !== '';
    case 'in':
      return value !== undefined && list().some((item) => compare(field.type, value, item) === 0);
    case 'not_in':
      return value !== undefined && !list().some((item) => compare(field.type, value, item) === 0);
    case 'like':
      return value !== undefined && likePattern(right).test(value);
    case 'not_like':
      return value !== undefined && !likePattern(right).test(value);
  }
  if (value === undefined) return false;
  const order = compare(field.type, value, right);
  switch (condition.operation) {
    case 'equal':
      return order === 0;
    case 'not_equal':
      return order !== 0;
    case 'greater_than':
      return order > 0;
    case 'less_than':
      return order < 0;
    case 'greater_equal':
      return order >= 0;
    case 'less_equal':
      return order <= 0;
    default:
      throw bad(`Invalid parameter operation: ${JSON.stringify(condition.operation ?? '')} is not an operator`);
  }
}

/**
 * The rows a filter selects. `required` (update and delete) refuses a filter without conditions,
 * as Coze refuses to change a whole table unconditionally.
 */
export function selectRows(
  database: DatabaseRecord,
  rows: readonly DatabaseRowRecord[],
  filter: Filter | undefined,
  required: boolean,
): DatabaseRowRecord[] {
  const conditions = filter?.conditions ?? [];
  if (conditions.length === 0) {
    if (required)
      throw bad('Invalid parameter filter: give at least one condition; a whole table is never changed at once');
    return [...rows];
  }
  // Every condition is checked up front, so a bad field is reported even when no row is there.
  for (const condition of conditions) fieldOf(database, condition.left);
  const any = filter?.logic === 'or';
  return rows.filter((row) => {
    const view = rowView(row);
    return any ? conditions.some((c) => holds(database, view, c)) : conditions.every((c) => holds(database, view, c));
  });
}

/** Rows sorted by `order_by`, field by field; by `id` (insertion order) where they tie. */
export function sortRows(
  database: DatabaseRecord,
  rows: readonly DatabaseRowRecord[],
  orderBy: readonly { readonly field_name?: string; readonly direction?: string }[] = [],
): DatabaseRowRecord[] {
  const keys = orderBy.map((key) => ({
    field: fieldOf(database, key.field_name),
    sign: key.direction === 'desc' ? -1 : 1,
  }));
  return [...rows].sort((a, b) => {
    const va = rowView(a);
    const vb = rowView(b);
    for (const { field, sign } of keys) {
      const x = va[field.name];
      const y = vb[field.name];
      if (x === y) continue;
      if (x === undefined) return -sign;
      if (y === undefined) return sign;
      const order = compare(field.type, x, y);
      if (order !== 0) return sign * order;
    }
    return compare('integer', a.id, b.id);
  });
}

/** Row views with only the chosen fields, duplicates dropped when `distinct`. */
export function projectRows(
  database: DatabaseRecord,
  rows: readonly DatabaseRowRecord[],
  fieldNames: readonly string[] | undefined,
  distinct: boolean,
): Record<string, string>[] {
  const names = fieldNames?.length ? fieldNames.map((name) => fieldOf(database, name).name) : undefined;
  const views = rows.map((row) => {
    const view = rowView(row);
    return names ? Object.fromEntries(names.filter((n) => view[n] !== undefined).map((n) => [n, view[n]!])) : view;
  });
  if (!distinct) return views;
  const seen = new Set<string>();
  return views.filter((view) => {
    const key = JSON.stringify(Object.entries(view).sort());
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
