import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { innermostSchema, isOptionalSchema, schemaLayers } from './schema-layers';

describe('schema layers', () => {
  it('lists a schema and what it wraps, outer to inner', () => {
    const schema = v.optional(v.nullable(v.pipe(v.string(), v.minLength(1))));
    expect(schemaLayers(schema).map((layer) => layer.type)).toEqual(['optional', 'nullable', 'string']);
    expect(innermostSchema(schema).type).toBe('string');
  });

  it('tells a value that may be left out from one that may only be null', () => {
    expect(isOptionalSchema(v.nullable(v.optional(v.number())))).toBe(true);
    expect(isOptionalSchema(v.nullish(v.number()))).toBe(true);
    expect(isOptionalSchema(v.nullable(v.number()))).toBe(false);
    expect(isOptionalSchema(v.number())).toBe(false);
  });
});
