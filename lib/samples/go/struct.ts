import { cString, type Json } from '../shared';

// Go struct literals for coze-go requests, written from form values: each writer turns one value
// into the Go expression its field's type takes, or gives up (undefined) when Go cannot say it, so
// the sample falls back to net/http rather than print a program that would not compile.

/** Writes the Go expression for one form value, at the indent of the line it starts on. */
export type GoWriter = (value: unknown, indent?: string) => string | undefined;

/** A request field: its Go name and how its value is written. */
export interface GoField {
  readonly name: string;
  readonly write: GoWriter;
}

/**
 * The fields of one request type by JSON key. `implied` keys are sent by the method itself
 * (`stream`, OAuth's `grant_type`); a key the table lacks gets a comment saying coze-go has no
 * field for it, so nothing the form sends is dropped silently.
 */
export type GoFields = Readonly<Record<string, GoField | 'implied'>>;

/** A field named `name` in Go, its value written by `write`. */
export const field = (name: string, write: GoWriter): GoField => ({ name, write });

/** A Go string. */
export const goStr: GoWriter = (value) =>
  typeof value === 'string' || typeof value === 'number' ? cString(String(value)) : undefined;

/** A Go integer. */
export const goInt: GoWriter = (value) =>
  typeof value === 'number' && Number.isInteger(value) ? String(value) : undefined;

const INT64_MAX = BigInt('9223372036854775807');

/** A Go int64 from an id the form holds as a decimal string (coze-go takes some ids as int64). */
export const goInt64: GoWriter = (value) =>
  typeof value === 'string' && /^(0|[1-9]\d{0,18})$/.test(value) && BigInt(value) <= INT64_MAX ? value : goInt(value);

/** A Go float constant. */
export const goFloat: GoWriter = (value) =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;

/** A Go bool. */
export const goBool: GoWriter = (value) => (typeof value === 'boolean' ? String(value) : undefined);

/** An integer from a multipart text part, which carries numbers as text. */
export const goIntText: GoWriter = (value) =>
  typeof value === 'string' && /^\d{1,9}$/.test(value) ? String(Number(value)) : goInt(value);

/** `ptr(...)` around a value: the program's generic helper, since coze-go exports none. */
export const goPtr =
  (write: GoWriter, cast?: string): GoWriter =>
  (value, indent) => {
    const text = write(value, indent);
    return text === undefined ? undefined : `ptr(${cast ? `${cast}(${text})` : text})`;
  };

/** A `[]T` on one line. */
export const goSlice =
  (type: string, write: GoWriter): GoWriter =>
  (value, indent) => {
    if (!Array.isArray(value)) return undefined;
    const items = value.map((item) => write(item, indent));
    return items.every((item) => item !== undefined) ? `[]${type}{${items.join(', ')}}` : undefined;
  };

/** A `[]string` on one line. */
export const goStrings = goSlice('string', goStr);

/** A `map[string]string`, one entry a line. */
export const goStringMap: GoWriter = (value, indent = '') => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value as Json);
  if (!entries.every(([, item]) => typeof item === 'string')) return undefined;
  return `map[string]string{\n${entries.map(([key, item]) => `${indent}\t${cString(key)}: ${cString(item as string)},`).join('\n')}\n${indent}}`;
};

/** A value of one of coze-go's named types: its constant where coze-go has one, else a conversion. */
export const goEnum =
  (type: string, constants: Readonly<Record<string, string>>): GoWriter =>
  (value) => {
    if (typeof value !== 'string' && typeof value !== 'number') return undefined;
    const name = constants[String(value)];
    if (name) return `coze.${name}`;
    return `coze.${type}(${typeof value === 'string' ? cString(value) : value})`;
  };

/** Struct fields one a line, the keys of consecutive one-line fields aligned as gofmt does. */
export function aligned(lines: string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    const width = Math.max(...run.map((line) => line.indexOf(':')));
    out.push(
      ...run.map((line) =>
        line.replace(
          /^(\t+)(\w+):\s*/,
          (_, tabs: string, key: string) => `${tabs}${key}:${' '.repeat(width - tabs.length - key.length + 1)}`,
        ),
      ),
    );
    run = [];
  };
  for (const line of lines) {
    if (/^\t+\w+: .*,$/.test(line) && !line.includes('\n')) run.push(line);
    else {
      if (run.length) flush();
      out.push(line);
    }
  }
  if (run.length) flush();
  return out;
}

/** The comment a request carries for a form field coze-go's type has no field for. */
export function absentComment(path: string): string {
  return `// coze-go has no field for ${path}; the net/http sample sends it.`;
}

/** How a struct literal treats form keys its type has no field for. */
export interface StructOptions {
  /** The keys' path, for nested comments (`prompt_info.`). */
  readonly path?: string;
  /** Lines (fields the sample sets itself) after the form's fields. */
  readonly extra?: readonly string[];
  /** `fail` gives up on the literal (the sample falls back to net/http) instead of commenting. */
  readonly absent?: 'comment' | 'fail';
}

/** The lines inside a struct literal for a form object, or undefined when a value cannot be written. */
export function structBody(
  value: Json,
  fields: GoFields,
  indent: string,
  options: StructOptions = {},
): string[] | undefined {
  const lines: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    const spec = fields[key];
    if (spec === 'implied') continue;
    if (!spec) {
      if (options.absent === 'fail') return undefined;
      lines.push(`${indent}\t${absentComment((options.path ?? '') + key)}`);
      continue;
    }
    const text = spec.write(item, `${indent}\t`);
    if (text === undefined) return undefined;
    lines.push(`${indent}\t${spec.name}: ${text},`);
  }
  return aligned([...lines, ...(options.extra ?? []).map((line) => `${indent}\t${line}`)]);
}

/** A `&coze.T{...}` (or `coze.T{...}` when `pointer` is false) from a form object. */
export const goStruct =
  (type: string, fields: GoFields, pointer = true, path = ''): GoWriter =>
  (value, indent = '') => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const lines = structBody(value as Json, fields, indent, { path });
    return lines && `${pointer ? '&' : ''}coze.${type}{\n${lines.join('\n')}\n${indent}}`;
  };

/** A `[]*coze.T` (or `[]coze.T`) of form objects, one element a line group. */
export const goStructs =
  (type: string, fields: GoFields, pointer = true, path = ''): GoWriter =>
  (value, indent = '') => {
    if (!Array.isArray(value)) return undefined;
    const items: string[] = [];
    for (const item of value) {
      if (typeof item !== 'object' || item === null) return undefined;
      const lines = structBody(item as Json, fields, `${indent}\t`, { path });
      if (!lines) return undefined;
      items.push(`${indent}\t{\n${lines.join('\n')}\n${indent}\t},`);
    }
    return `[]${pointer ? '*' : ''}coze.${type}{\n${items.join('\n')}\n${indent}}`;
  };
