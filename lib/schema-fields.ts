import * as v from 'valibot';
import type { AnySchema, ParamsSchema } from '../catalog/types';
import { OPTIONAL_WRAPPERS, schemaLayers } from './schema-layers';

/** What kind of value a field holds, as docs tables and form controls distinguish them. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'map' | 'file' | 'unknown';

/** One field of a params, response or event schema, read from the schema so docs and forms agree. */
export interface FieldDoc {
  readonly name: string;
  /** Dotted path from the schema's root; array items add `[]`, e.g. `additional_messages[].role`. */
  readonly path: string;
  readonly type: FieldType;
  readonly required: boolean;
  readonly description?: string;
  readonly examples: unknown[];
  /** The allowed values of a picklist, or of a literal or a union of literals. */
  readonly enumValues?: readonly (string | number)[];
  readonly defaultValue?: unknown;
  /** Fields of an object, or of the item of an array of objects. */
  readonly children?: FieldDoc[];
  /** The item of an array. */
  readonly items?: FieldDoc;
  /** The value of a map (`record`); keys are always strings. */
  readonly values?: FieldDoc;
}

/** A schema as the walker sees it: any valibot node, possibly wrapped or piped. */
type Node = v.GenericSchema & {
  readonly wrapped?: Node;
  readonly pipe?: readonly (Node | v.PipeItem<unknown, unknown, v.BaseIssue<unknown>>)[];
  readonly entries?: Readonly<Record<string, Node>>;
  readonly item?: Node;
  readonly value?: Node | unknown;
  readonly options?: readonly unknown[];
  readonly literal?: unknown;
};

/** Outer to inner: the schema, then each schema it wraps (`optional(pipe(string, …))`). */
const layersOf = (schema: Node): Node[] => schemaLayers(schema);

function descriptionOf(layers: readonly Node[]): string | undefined {
  for (const layer of layers) {
    const description = v.getDescription(layer);
    if (description !== undefined) return description;
  }
  return undefined;
}

function examplesOf(layers: readonly Node[]): unknown[] {
  for (const layer of layers) {
    const examples = v.getExamples(layer) as readonly unknown[];
    if (examples.length > 0) return [...examples];
  }
  return [];
}

function defaultOf(layers: readonly Node[]): unknown {
  for (const layer of layers) {
    if (!('default' in layer) || layer.default === undefined) continue;
    // A default may be a function of the dataset; static docs have none to give, so a throwing one counts as absent.
    try {
      return v.getDefault(layer);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Whether any pipe of the schema, nested pipes included, holds the given validation action. */
function hasAction(schema: Node, type: string): boolean {
  if (!schema.pipe) return false;
  return schema.pipe.some((item) =>
    item.kind === 'schema' ? item !== schema && hasAction(item as Node, type) : item.type === type,
  );
}

function literalValues(schema: Node): (string | number)[] | undefined {
  if (schema.type === 'literal') {
    const literal = schema.literal;
    return typeof literal === 'string' || typeof literal === 'number' ? [literal] : undefined;
  }
  if (schema.type === 'picklist') return schema.options as (string | number)[];
  if (schema.type === 'union' && schema.options) {
    const values: (string | number)[] = [];
    for (const option of schema.options) {
      const inner = literalValues(layersOf(option as Node).at(-1)!);
      if (!inner) return undefined;
      values.push(...inner);
    }
    return values;
  }
  return undefined;
}

function typeOfValues(values: readonly (string | number)[]): FieldType {
  if (values.every((value) => typeof value === 'string')) return 'string';
  if (values.every((value) => Number.isInteger(value))) return 'integer';
  if (values.every((value) => typeof value === 'number')) return 'number';
  return 'unknown';
}

const OBJECT_TYPES = new Set(['object', 'loose_object', 'strict_object', 'object_with_rest']);

/** Describes one schema as the field `name` at `path`. */
function describe(schema: Node, name: string, path: string, requiredByKey: boolean): FieldDoc {
  const layers = layersOf(schema);
  const base = layers.at(-1)!;
  const required = requiredByKey && !layers.some((layer) => OPTIONAL_WRAPPERS.has(layer.type));
  const description = descriptionOf(layers);
  const defaultValue = defaultOf(layers);
  const common = {
    name,
    path,
    required,
    examples: examplesOf(layers),
    ...(description !== undefined && { description }),
    ...(defaultValue !== undefined && { defaultValue }),
  };

  const enumValues = literalValues(base);
  if (enumValues) return { ...common, type: typeOfValues(enumValues), enumValues };

  switch (base.type) {
    case 'string':
      return { ...common, type: 'string' };
    case 'number':
      return { ...common, type: layers.some((layer) => hasAction(layer, 'integer')) ? 'integer' : 'number' };
    case 'bigint':
      return { ...common, type: 'integer' };
    case 'boolean':
      return { ...common, type: 'boolean' };
    case 'blob':
    case 'file':
      return { ...common, type: 'file' };
    case 'record': {
      const values = describe(base.value as Node, 'value', `${path}{}`, true);
      return { ...common, type: 'map', values };
    }
    case 'array': {
      const items = describe(base.item!, `${name}[]`, `${path}[]`, true);
      return { ...common, type: 'array', items, ...(items.children && { children: items.children }) };
    }
    default:
      if (OBJECT_TYPES.has(base.type)) return { ...common, type: 'object', children: entriesOf(base, path) };
      return { ...common, type: 'unknown' };
  }
}

function entriesOf(schema: Node, parentPath: string): FieldDoc[] {
  return Object.entries(schema.entries ?? {}).map(([name, entry]) =>
    describe(entry, name, parentPath ? `${parentPath}.${name}` : name, true),
  );
}

/**
 * The fields of a params, response or event-data schema, in declaration order, nested objects and
 * array items included. A top-level array yields its item's fields; anything else yields none.
 * @example fieldsOf(findEndpoint('create-chat')!.params.body).map((f) => f.name) // ['bot_id', 'user_id', …]
 */
export function fieldsOf(schema: ParamsSchema | AnySchema | undefined): FieldDoc[] {
  if (!schema) return [];
  const root = describe(schema as Node, '', '', true);
  return root.children ?? [];
}

/**
 * A short type name for docs tables: `string`, `integer`, `enum`, `array<object>`, `map<string, any>`.
 * @example typeLabel({ ...field, type: 'array', items: { ...item, type: 'string' } }) // 'array<string>'
 */
export function typeLabel(field: FieldDoc): string {
  if (field.enumValues) return 'enum';
  switch (field.type) {
    case 'array':
      return `array<${field.items ? typeLabel(field.items) : 'any'}>`;
    case 'map':
      return `map<string, ${field.values ? typeLabel(field.values) : 'any'}>`;
    case 'unknown':
      return 'any';
    default:
      return field.type;
  }
}
