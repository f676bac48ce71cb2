import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ENDPOINTS, findEndpoint } from '../../catalog';
import type { Endpoint, ParamLocation } from '../../catalog';
import { fieldsOf, typeLabel, type FieldDoc } from '../../lib/schema-fields';

function endpoint(id: string): Endpoint {
  const found = findEndpoint(id);
  if (!found) throw new Error(`no endpoint ${id}`);
  return found;
}

function field(fields: readonly FieldDoc[] | undefined, name: string): FieldDoc {
  const found = fields?.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no field ${name} in [${fields?.map((f) => f.name).join(', ')}]`);
  return found;
}

/** Every field of a tree, depth first, array items included. */
function flatten(fields: readonly FieldDoc[]): FieldDoc[] {
  return fields.flatMap((f) => [f, ...flatten(f.children ?? [])]);
}

describe('fieldsOf on create-chat', () => {
  const body = fieldsOf(endpoint('create-chat').params.body);

  it('marks bot_id as a required string with its description', () => {
    const botId = field(body, 'bot_id');
    expect(botId).toMatchObject({ name: 'bot_id', path: 'bot_id', type: 'string', required: true });
    expect(botId.description).toBeTruthy();
  });

  it('reads description and examples through optional(pipe(...))', () => {
    const stream = field(body, 'stream');
    expect(stream).toMatchObject({ type: 'boolean', required: false, examples: [true] });
    expect(stream.description).toBeTruthy();
  });

  it('describes additional_messages as an array of objects with the item fields as children', () => {
    const messages = field(body, 'additional_messages');
    expect(messages.type).toBe('array');
    expect(messages.required).toBe(false);
    expect(messages.items?.type).toBe('object');
    expect(messages.children?.map((f) => f.name)).toEqual(
      expect.arrayContaining(['role', 'content', 'content_type', 'meta_data']),
    );
    expect(typeLabel(messages)).toBe('array<object>');
  });

  it('gives item fields a path through [] and their own required flag', () => {
    const messages = field(body, 'additional_messages');
    const role = field(messages.children, 'role');
    expect(role).toMatchObject({ path: 'additional_messages[].role', required: true, type: 'string' });
    expect(role.enumValues).toEqual(['user', 'assistant']);
    expect(typeLabel(role)).toBe('enum');
    expect(field(messages.children, 'meta_data').required).toBe(false);
  });

  it('types string records as maps', () => {
    const extra = field(body, 'extra_params');
    expect(extra.type).toBe('map');
    expect(extra.values).toBeDefined();
    expect(typeLabel(extra)).toBe(`map<string, ${typeLabel(extra.values!)}>`);
    expect(extra.examples).toEqual([{ latitude: '39.9800718', longitude: '116.309314' }]);
  });

  it('describes a nested optional object with its own required children', () => {
    const shortcut = field(body, 'shortcut_command');
    expect(shortcut).toMatchObject({ type: 'object', required: false });
    expect(field(shortcut.children, 'command_id')).toMatchObject({
      path: 'shortcut_command.command_id',
      required: true,
    });
  });

  it('lists fields in declaration order', () => {
    expect(body.slice(0, 3).map((f) => f.name)).toEqual(['bot_id', 'user_id', 'additional_messages']);
  });
});

describe('fieldsOf on other endpoints', () => {
  it('types list-workflows page_num as a required integer with an example', () => {
    const pageNum = field(fieldsOf(endpoint('list-workflows').params.query), 'page_num');
    expect(pageNum).toMatchObject({ type: 'integer', required: true, examples: [1] });
  });

  it('types a blob as a file', () => {
    const file = field(fieldsOf(endpoint('upload-file').params.body), 'file');
    expect(file).toMatchObject({ type: 'file', required: true });
    expect(typeLabel(file)).toBe('file');
  });

  it('walks the response envelope of list-messages', () => {
    const response = fieldsOf(endpoint('list-messages').response);
    expect(response.map((f) => f.name)).toEqual(['code', 'msg', 'data', 'has_more', 'first_id', 'last_id', 'detail']);
    expect(field(response, 'code')).toMatchObject({ type: 'integer', required: true, examples: [0] });
    const data = field(response, 'data');
    expect(typeLabel(data)).toBe('array<object>');
    expect(field(data.children, 'created_at')).toMatchObject({ path: 'data[].created_at', type: 'integer' });
    expect(field(field(response, 'detail').children, 'logid').path).toBe('detail.logid');
  });

  it('reads event payload fields', () => {
    const interrupt = endpoint('stream-run-workflow').streaming?.events.find((event) => event.name === 'Interrupt');
    const data = field(fieldsOf(interrupt?.data), 'interrupt_data');
    expect(field(data.children, 'type')).toMatchObject({ type: 'integer', enumValues: [2, 5, 6, 7] });
  });

  it('returns no fields for a missing schema', () => {
    expect(fieldsOf(undefined)).toEqual([]);
  });
});

describe('fieldsOf on hand-written schemas', () => {
  it('reads the default of optional(schema, default)', () => {
    const [size] = fieldsOf(v.object({ size: v.optional(v.pipe(v.number(), v.integer()), 20) }));
    expect(size).toMatchObject({ type: 'integer', required: false, defaultValue: 20 });
  });

  it('reads a description on a pipe around optional', () => {
    const [name] = fieldsOf(v.object({ name: v.pipe(v.optional(v.string()), v.description('outer')) }));
    expect(name).toMatchObject({ required: false, description: 'outer' });
  });

  it('prefers the outer description over the wrapped one', () => {
    const schema = v.object({
      id: v.pipe(v.optional(v.pipe(v.string(), v.description('inner'))), v.description('outer')),
    });
    expect(fieldsOf(schema)[0]?.description).toBe('outer');
  });

  it('keeps nullable required and makes nullish optional', () => {
    const fields = fieldsOf(v.object({ a: v.nullable(v.string()), b: v.nullish(v.string()) }));
    expect(fields.map((f) => [f.name, f.required])).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });

  it('tells integers from plain numbers, also through nested pipes', () => {
    const fields = fieldsOf(
      v.object({
        ratio: v.number(),
        count: v.pipe(v.pipe(v.number(), v.integer()), v.description('nested')),
      }),
    );
    expect(fields.map((f) => f.type)).toEqual(['number', 'integer']);
  });

  it('turns literals and unions of literals into enums', () => {
    const fields = fieldsOf(v.object({ kind: v.literal('fixed'), mode: v.union([v.literal('a'), v.literal('b')]) }));
    expect(fields.map((f) => f.enumValues)).toEqual([['fixed'], ['a', 'b']]);
  });

  it('labels arrays of scalars and typed maps', () => {
    const [tags, labels, extra] = fieldsOf(
      v.object({
        tags: v.array(v.string()),
        labels: v.record(v.string(), v.string()),
        extra: v.record(v.string(), v.unknown()),
      }),
    );
    expect(tags?.children).toBeUndefined();
    expect(tags?.items).toMatchObject({ type: 'string', path: 'tags[]' });
    expect([tags, labels, extra].map((f) => typeLabel(f!))).toEqual([
      'array<string>',
      'map<string, string>',
      'map<string, any>',
    ]);
  });

  it('calls what it cannot type unknown and labels it any', () => {
    const [blob] = fieldsOf(v.object({ blob: v.unknown() }));
    expect(blob?.type).toBe('unknown');
    expect(typeLabel(blob!)).toBe('any');
  });

  it('yields the item fields of a top-level array', () => {
    expect(fieldsOf(v.array(v.object({ id: v.string() }))).map((f) => f.path)).toEqual(['[].id']);
  });
});

const LOCATIONS: readonly ParamLocation[] = ['path', 'query', 'headers', 'body'];
const PARAM_CASES = ENDPOINTS.flatMap((e) =>
  LOCATIONS.filter((location) => e.params[location]).map((location) => [e.id, location] as const),
);

describe.each(PARAM_CASES)('every %s %s param', (id, location) => {
  const fields = flatten(fieldsOf(endpoint(id).params[location]));

  it('has at least one field', () => {
    expect(fields.length).toBeGreaterThan(0);
  });

  it('has a known type and a description', () => {
    const gaps = fields.filter((f) => f.type === 'unknown' || !f.description?.trim()).map((f) => f.path);
    expect(gaps).toEqual([]);
  });
});

describe.each(ENDPOINTS.map((e) => [e.id] as const))('every %s response field', (id) => {
  it('has a description', () => {
    const gaps = flatten(fieldsOf(endpoint(id).response)).filter((f) => !f.description?.trim());
    expect(gaps.map((f) => f.path)).toEqual([]);
  });
});
