import type * as v from 'valibot';

// Walking a valibot schema through its wrappers (`optional(nullable(pipe(...)))`) is done here
// once; the field walker, the request model, validation and the samples read schemas through it.

/** A schema as the walkers see it: any valibot node, possibly wrapping another. */
export type WrappingSchema = v.GenericSchema & { readonly wrapped?: WrappingSchema };

/** Wrappers that let a value be left out; `nullable` alone still needs the key. */
export const OPTIONAL_WRAPPERS: ReadonlySet<string> = new Set([
  'optional',
  'exact_optional',
  'nullish',
  'undefinedable',
]);

/**
 * Outer to inner: the schema, then each schema it wraps.
 * @example schemaLayers(v.optional(v.string())).map((s) => s.type) // → ['optional', 'string']
 */
export function schemaLayers<S extends WrappingSchema>(schema: S): S[] {
  const layers: S[] = [schema];
  for (let current = schema.wrapped; current; current = current.wrapped) layers.push(current as S);
  return layers;
}

/** The innermost schema: the one that says what a value is, without `optional`, `nullable` and the like. */
export function innermostSchema<S extends WrappingSchema>(schema: S): S {
  return schemaLayers(schema).at(-1)!;
}

/** Whether any wrapper lets the value be left out. */
export function isOptionalSchema(schema: WrappingSchema): boolean {
  return schemaLayers(schema).some((layer) => OPTIONAL_WRAPPERS.has(layer.type));
}
