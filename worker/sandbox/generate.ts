import type { FieldDoc } from '../../lib/schema-fields';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import { SANDBOX_USER, iconUrl } from './fixtures';
import { hash } from './text';

/**
 * Values for a response read from its schema: every documented field gets a plausible value of
 * its type, derived from a hash of the seed and the field's path, so the same seed always gives
 * the same body. Known values (a record's fields, the request's own values) are laid over it.
 */
export interface ShapeContext {
  /** What the values derive from: the request, or the id of the record being described. */
  readonly seed: string;
  /** "Now" for timestamps, Unix seconds: created times fall before it, expiry times after. */
  readonly nowSec: number;
  /** Request values by field name, copied into same-named response fields (an update returns the new name). */
  readonly echo: Readonly<Record<string, unknown>>;
  /** What the objects are, for names and descriptions: `dataset`, `organization`… */
  readonly noun: string;
}

/** A value where a field has none: `undefined` means "generate one". */
type Overlay = unknown;

const DAY = 86_400;

/**
 * A 19-digit int64 id as Coze sends them, derived from `key`; generated ids start 7352, after the
 * fixtures' 7351 and before the store's 74…
 * @example idFrom('a') // '7352…' (19 digits, always the same for 'a')
 */
export function idFrom(key: string): string {
  const high = hash(key) % 100_000_000;
  const low = hash(`${key}#`) % 10_000_000;
  return `7352${String(high).padStart(8, '0')}${String(low).padStart(7, '0')}`;
}

/** A hex string of `length` digits derived from `key`, for tokens and secrets. */
export function hexFrom(key: string, length = 32): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += hash(`${key}/${i}`).toString(16).padStart(8, '0');
  return out.slice(0, length);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Blob);
}

function words(name: string): string {
  return name.replace(/_/g, ' ');
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Singular noun of a list field: `dataset_list` → dataset, `photo_infos` → photo, `workspaces` → workspace. */
function nounOfList(name: string): string | undefined {
  if (name === 'items' || name === 'data' || name === 'list') return undefined;
  const stem = name
    .replace(/_(list|infos|info|items)$/, '')
    .replace(/ies$/, 'y')
    .replace(/s$/, '');
  return stem ? words(stem) : undefined;
}

// Ids whose meaning is one of the sandbox's own objects: a response pointing at them links back.
const KNOWN_IDS: Readonly<Record<string, string>> = {
  space_id: SANDBOX_IDS.workspace,
  workspace_id: SANDBOX_IDS.workspace,
  bot_id: SANDBOX_IDS.bot,
  workflow_id: SANDBOX_IDS.workflow,
  app_id: SANDBOX_IDS.app,
  enterprise_id: SANDBOX_IDS.enterprise,
  organization_id: SANDBOX_IDS.organization,
  folder_id: SANDBOX_IDS.folder,
  plugin_id: SANDBOX_IDS.plugin,
  dataset_id: SANDBOX_IDS.dataset,
  conversation_id: SANDBOX_IDS.conversation,
  connector_id: SANDBOX_IDS.apiConnector,
  voice_id: SANDBOX_IDS.voice,
};

const isIdName = (name: string) => name === 'id' || /_(id|uid)$/.test(name) || name === 'uid';
const USER_ID = /(^|_)(creator|owner|operator|modifier|user|uid|publisher)(_id|_uid|_user_id)?$|_uid$|^uid$/;
const IMAGE = /(icon|avatar|image|img|cover|logo|photo|pic|thumbnail)/;
const CREATED =
  /(^|_)(create|created|start|started|begin|join|joined|publish|published|register|registered)(_at|_time)$/;
const FUTURE = /(^|_)(expire|expires|expired|expiry|end|ended|deadline|due)(_at|_time|_in)?$/;
const TIMESTAMP = /(^|_)(at|time|timestamp|date)$|^(created|updated|modified|deleted)$/;

interface Where {
  readonly path: string;
  /** Whether the object being filled is the response itself. */
  readonly root: boolean;
  /** Index of the array item being filled, when inside one. */
  readonly index: number;
  /** Whether echoing request values is allowed here (not inside nested objects). */
  readonly echoes: boolean;
  readonly noun: string;
  /** Seconds: when the object being filled was created; other timestamps follow it. */
  readonly bornSec: number;
}

function fitsType(field: FieldDoc, value: unknown): boolean {
  if (value === undefined || value === null || value instanceof Blob) return false;
  if (field.enumValues && !field.enumValues.includes(value as string | number)) return false;
  switch (field.type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value) && value.every((item) => field.items === undefined || fitsType(field.items, item));
    case 'map':
      return isPlainObject(value);
    default:
      return false;
  }
}

const NAME = /(^|_)(name|title|nickname)$/;

/**
 * An example of the field that is a real value, where one fits: not for ids and timestamps (they
 * must be unique and recent), nor for the names of a list's later items (they must differ).
 */
function exampleOf(field: FieldDoc, where: Where): unknown {
  if (isIdName(field.name) || TIMESTAMP.test(field.name) || FUTURE.test(field.name)) return undefined;
  if (where.index > 0 && NAME.test(field.name)) return undefined;
  const example = field.examples.find((value) => !(typeof value === 'string' && value.includes('***')));
  return example !== undefined && (field.type === 'unknown' || fitsType(field, example)) ? example : undefined;
}

function timestamp(field: FieldDoc, ctx: ShapeContext, where: Where): number {
  const h = hash(`${ctx.seed}:${where.path}`);
  const name = field.name;
  let seconds: number;
  if (FUTURE.test(name)) seconds = ctx.nowSec + DAY * (1 + (h % 30));
  else if (CREATED.test(name)) seconds = where.bornSec;
  else seconds = Math.min(ctx.nowSec, where.bornSec + (h % (3 * DAY)));
  return /millisecond|\bms\b|\(ms\)/i.test(field.description ?? '') || /_ms$/.test(name) ? seconds * 1000 : seconds;
}

function stringValue(field: FieldDoc, ctx: ShapeContext, where: Where): string {
  const name = field.name;
  const key = `${ctx.seed}:${where.path}`;
  const ordinal = Math.max(1, where.index + 1);
  if (isIdName(name) || USER_ID.test(name)) {
    // The first user a response names is the sandbox user; further list items are other people.
    if (USER_ID.test(name) && !/^(bot|app|connector)/.test(name) && where.index <= 0) return SANDBOX_USER.id;
    // The id of the endpoint's own object (create-bot's bot_id) is new; others point at fixtures.
    const own = name === `${ctx.noun.split(' ')[0]}_id`;
    const known = KNOWN_IDS[name];
    return known !== undefined && !own && where.index <= 0 ? known : idFrom(key);
  }
  if (/(^|_)(url|uri)$/.test(name)) {
    if (IMAGE.test(name)) return iconUrl(capitalized(where.noun).charAt(0) || 'S', '#4d53e8');
    if (/(^|_)uri$/.test(name)) return `sandbox/${where.noun.replace(/\s/g, '_')}/${idFrom(key)}`;
    const ext = /audio/.test(name) ? '.wav' : '';
    return `https://sandbox.coze.invalid/${where.noun.replace(/\s/g, '-')}/${idFrom(key)}${ext}`;
  }
  if (/page_token$/.test(name)) return '';
  if (/(token|secret|signature)$/.test(name)) return hexFrom(key);
  if (/(^|_)(nickname|user_name|creator_name|owner_name|unique_name|operator_name)$/.test(name))
    return name === 'nickname' ? 'Sandbox User' : SANDBOX_USER.name;
  if (name === 'name' || name === 'title' || /_(name|title)$/.test(name)) {
    const subject = name === 'name' || name === 'title' ? where.noun : words(name.replace(/_(name|title)$/, ''));
    return `${capitalized(subject)} ${ordinal}`;
  }
  if (/(^|_)(description|desc|intro|summary|caption|remark|reason)$/.test(name))
    return `${capitalized(where.noun)} ${ordinal} of the Coze API Playground sandbox.`;
  if (/email$/.test(name)) return `${SANDBOX_USER.name}@example.com`;
  if (/(^|_)(language|lang|language_code|locale)$/.test(name)) return 'zh';
  if (/(^|_)version$/.test(name)) return String((where.bornSec + Math.max(0, where.index) * DAY) * 1000);
  if (/(^|_)type$/.test(name)) return 'txt';
  if (/(^|_)(content|text|message|msg|output|answer)$/.test(name))
    return `Sandbox ${words(name)} ${ordinal}: generated from the endpoint's response schema.`;
  if (TIMESTAMP.test(name)) return String(timestamp(field, ctx, where));
  if (/json$/.test(name)) return '{}';
  return `${capitalized(words(name))} ${ordinal}`;
}

function integerValue(field: FieldDoc, ctx: ShapeContext, where: Where): number {
  const name = field.name;
  const h = hash(`${ctx.seed}:${where.path}`);
  if (/(^|_)(duration|remaining_time|interval)/.test(name)) return /remaining/.test(name) ? 0 : 1 + (h % 60);
  if (TIMESTAMP.test(name) || FUTURE.test(name)) return timestamp(field, ctx, where);
  if (name === 'code' || /(_|^)error_code$/.test(name)) return 0;
  if (name === 'page_num' || name === 'page' || name === 'page_index') return 1;
  if (name === 'page_size' || (name === 'size' && /per page/i.test(field.description ?? ''))) return 20;
  if (/(^|_)(size|bytes)$/.test(name)) return 1024 * (1 + (h % 512));
  if (/progress|percent/.test(name)) return 100;
  if (/(^|_)status$/.test(name)) return 1;
  if (/(^|_)(type|mode)$/.test(name)) return 0;
  if (/(count|total|num|times)$/.test(name)) return 1 + (h % 20);
  if (/(limit|quota|max)/.test(name)) return 100 * (1 + (h % 10));
  return 1 + (h % 100);
}

function numberValue(field: FieldDoc, ctx: ShapeContext, where: Where): number {
  const h = hash(`${ctx.seed}:${where.path}`);
  if (/score|similarity/.test(field.name)) return 60 + (h % 4000) / 100;
  if (/(ratio|rate|percent)/.test(field.name)) return (h % 100) / 100;
  return Math.round((1 + (h % 10_000) / 100) * 100) / 100;
}

function booleanValue(field: FieldDoc): boolean {
  return !/(^has_more$|deleted|disabled|banned|frozen|error|fail|expired)/.test(field.name);
}

/** How many items a generated array holds: two for the lists of a response, one deeper down. */
function lengthOf(ctx: ShapeContext, where: Where): number {
  if (!where.echoes) return 1;
  const size = Number(ctx.echo['page_size'] ?? ctx.echo['size'] ?? ctx.echo['limit'] ?? 2);
  return Number.isInteger(size) && size > 0 ? Math.min(2, size) : 2;
}

function arrayValue(field: FieldDoc, overlay: Overlay, ctx: ShapeContext, where: Where): unknown[] {
  const item = field.items;
  const children = field.children;
  const noun = nounOfList(field.name) ?? where.noun;
  const at = (i: number): Where => ({ ...where, path: `${where.path}[${i}]`, index: i, noun });
  if (Array.isArray(overlay)) {
    if (!item) return overlay;
    return overlay.map((entry, i) => valueOf(item, entry, ctx, at(i)));
  }
  if (!item) return [];
  // A generated answer is a success: its lists of failures are empty.
  if (/(fail|error)/.test(field.name)) return [];
  const count = lengthOf(ctx, where);
  if (!children && item.type === 'string' && /_ids$/.test(field.name)) {
    return Array.from({ length: count }, (_, i) => idFrom(`${ctx.seed}:${where.path}[${i}]`));
  }
  // A list of plain values is named after the list: `file_urls` holds file URLs.
  const named = children ? item : { ...item, name: field.name.replace(/ies$/, 'y').replace(/s$/, '') };
  return Array.from({ length: count }, (_, i) => valueOf(named, undefined, ctx, at(i)));
}

/** Fills an object's documented fields, known values first; `total`-like counts follow the list beside them. */
function objectValue(
  fields: readonly FieldDoc[],
  overlay: Overlay,
  ctx: ShapeContext,
  where: Where,
): Record<string, unknown> {
  const known = isPlainObject(overlay) ? overlay : {};
  // A record seeds its own generated fields, so a list and a retrieve of it agree.
  const ownId = Object.entries(known).find(
    ([key, value]) => (key === 'id' || /_id$/.test(key)) && typeof value === 'string',
  );
  const inner: ShapeContext = ownId ? { ...ctx, seed: String(ownId[1]) } : ctx;
  const h = hash(`${inner.seed}:${ownId ? '' : where.path}:born`);
  const born =
    typeof known['created_at'] === 'number'
      ? known['created_at']
      : typeof known['create_time'] === 'number'
        ? known['create_time']
        : ctx.nowSec - DAY * (1 + (h % 30)) - (h % DAY);
  const out: Record<string, unknown> = {};
  let listLength: number | undefined;
  for (const field of fields) {
    const here: Where = {
      ...where,
      path: ownId ? field.name : `${where.path}.${field.name}`,
      root: false,
      bornSec: born,
      // Request values land in the response's own fields, not in nested ones like `creator.name`.
      echoes: where.echoes && (field.type !== 'object' || where.root || field.name === 'data'),
    };
    out[field.name] = valueOf(field, known[field.name], inner, here);
    const value = out[field.name];
    if (field.type === 'array' && field.children && Array.isArray(value)) listLength ??= value.length;
  }
  for (const field of fields) {
    const counts = /^(total|total_count|count)$/.test(field.name) && field.type === 'integer';
    if (counts && listLength !== undefined && known[field.name] === undefined) out[field.name] = listLength;
  }
  return out;
}

function valueOf(field: FieldDoc, overlay: Overlay, ctx: ShapeContext, where: Where): unknown {
  const nested = field.type === 'object' && field.children;
  if (nested) return objectValue(field.children!, overlay, ctx, where);
  if (field.type === 'array') return arrayValue(field, overlay, ctx, where);
  if (overlay !== undefined) return overlay;
  const echoed = ctx.echo[field.name];
  if (where.echoes && fitsType(field, echoed) && !(field.name === 'id' && where.index >= 0)) return echoed;
  if (field.name === 'has_more') return false;
  const example = exampleOf(field, where);
  if (example !== undefined) return example;
  if (field.enumValues) return field.enumValues[0];
  if (field.defaultValue !== undefined && fitsType(field, field.defaultValue)) return field.defaultValue;
  switch (field.type) {
    case 'string':
      return stringValue(field, ctx, where);
    case 'integer':
      return integerValue(field, ctx, where);
    case 'number':
      return numberValue(field, ctx, where);
    case 'boolean':
      return booleanValue(field);
    case 'map':
      return {};
    case 'object':
      return {};
    default:
      return {};
  }
}

/**
 * The top-level fields of a response (the envelope's `code`, `msg` and `detail` excepted), every
 * documented field filled: `overlay` where it has a value, generated otherwise.
 * @example shape(fieldsOf(endpoint.response), { data: { name: 'Renamed' } }, ctx) // { data: { id: '7352…', name: 'Renamed', … } }
 */
export function shape(
  fields: readonly FieldDoc[],
  overlay: Readonly<Record<string, unknown>>,
  ctx: ShapeContext,
  skip: readonly string[] = ['code', 'msg', 'detail'],
): Record<string, unknown> {
  const kept = fields.filter((field) => !skip.includes(field.name));
  const root: Where = { path: '', root: true, index: -1, echoes: true, noun: ctx.noun, bornSec: ctx.nowSec - DAY };
  return objectValue(kept, overlay, ctx, root);
}
