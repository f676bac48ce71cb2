// The catalog's shorthand for a described field: endpoints, objects and doc pages all write a field
// with its description through these, so one field reads the same wherever it is declared.

import * as v from 'valibot';

/** A string field with its description. */
export const text = (description: string) => v.pipe(v.string(), v.description(description));

/** An integer field with its description. */
export const integer = (description: string) => v.pipe(v.number(), v.integer(), v.description(description));

/** A number field (fractions allowed) with its description. */
export const decimal = (description: string) => v.pipe(v.number(), v.description(description));

/** A boolean field with its description. */
export const flag = (description: string) => v.pipe(v.boolean(), v.description(description));

/** A field that takes one of a fixed set of values. */
export const choice = <const TOptions extends readonly [string | number, ...(string | number)[]]>(
  options: TOptions,
  description: string,
) => v.pipe(v.picklist(options), v.description(description));

/** An array of strings. */
export const strings = (description: string) => v.pipe(v.array(v.string()), v.description(description));

/** A string-to-string map, as Coze's `meta_data` and `custom_variables`. */
export const stringMap = (description: string) => v.pipe(v.record(v.string(), v.string()), v.description(description));

/** A nested object with its description. */
export const fields = <const TEntries extends v.ObjectEntries>(entries: TEntries, description: string) =>
  v.pipe(v.object(entries), v.description(description));
