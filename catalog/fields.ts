// The catalog's shorthand for a described field: endpoints, objects and doc pages all write a field
// with its description (and, where a form or the sandbox wants one, its examples) through these, so a
// field reads the same wherever it is declared. A field with more rules (a range, a format) is
// written out with `v.pipe`.

import * as v from 'valibot';

type Examples<T> = readonly T[] | undefined;

/** `schema` with its description, and its examples when given. */
function described<const TSchema extends v.GenericSchema>(
  schema: TSchema,
  description: string,
  examples: Examples<v.InferOutput<TSchema>>,
) {
  return examples
    ? v.pipe(schema, v.description(description), v.examples(examples))
    : v.pipe(schema, v.description(description));
}

/** A string field with its description. */
export const text = (description: string, examples?: readonly string[]) => described(v.string(), description, examples);

/** An integer field with its description. */
export const integer = (description: string, examples?: readonly number[]) =>
  examples
    ? v.pipe(v.number(), v.integer(), v.description(description), v.examples(examples))
    : v.pipe(v.number(), v.integer(), v.description(description));

/** A number field (fractions allowed) with its description. */
export const decimal = (description: string, examples?: readonly number[]) =>
  described(v.number(), description, examples);

/** A boolean field with its description. */
export const flag = (description: string, examples?: readonly boolean[]) =>
  described(v.boolean(), description, examples);

/** A field that takes one of a fixed set of values. */
export const choice = <const TOptions extends readonly [string | number, ...(string | number)[]]>(
  options: TOptions,
  description: string,
  examples?: readonly TOptions[number][],
) => described(v.picklist(options), description, examples);

/** An array of strings. */
export const strings = (description: string) => v.pipe(v.array(v.string()), v.description(description));

/** A string-to-string map, as Coze's `meta_data` and `custom_variables`. */
export const stringMap = (description: string) => v.pipe(v.record(v.string(), v.string()), v.description(description));

/** A nested object with its description. */
export const fields = <const TEntries extends v.ObjectEntries>(entries: TEntries, description: string) =>
  v.pipe(v.object(entries), v.description(description));
