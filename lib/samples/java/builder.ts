import { cString, type Json } from '../shared';

// coze-java request objects are Lombok builders: `CreateMessageReq.builder().conversationID("…").build()`.
// A request is written from the form's values through a table of setters, one per JSON field.

/** What a builder chain needs besides its text: the classes it names and the fields it leaves out. */
export interface Build {
  readonly imports: Set<string>;
  readonly notes: string[];
}

/**
 * Writes the builder call for one form value: `name(value)`; '' when the method called sets the
 * field itself; undefined when coze-java cannot take this value at all (the sample then falls back).
 */
export type Setter = (value: unknown, build: Build, path: string) => string | undefined;

/** Setters by JSON field name. */
export type Setters = Readonly<Record<string, Setter>>;

/** The simple name of a fully qualified class, recorded as an import. */
export function use(build: Build, fqn: string): string {
  build.imports.add(fqn);
  return fqn.slice(fqn.lastIndexOf('.') + 1);
}

/** The comment a sample carries for a field coze-java's request class has no setter for. */
export function noSetter(build: Build, path: string): void {
  build.notes.push(`// coze-java has no setter for ${path}; the java.net.http sample sends it.`);
}

const isInteger = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);
const isDigits = (value: unknown) => (typeof value === 'string' && /^\d+$/.test(value)) || isInteger(value);

/** A Java double literal: `1.0`, `0.7`. */
const javaDouble = (value: number) => (Number.isInteger(value) ? `${value}.0` : String(value));

/** A setter writing one Java expression from the value, or undefined when the value has the wrong shape. */
const setter =
  (name: string, write: (value: unknown, build: Build, path: string) => string | undefined): Setter =>
  (value, build, path) => {
    const text = write(value, build, path);
    return text === undefined ? undefined : `${name}(${text})`;
  };

/** `name("text")`: numbers and ids are sent as text where the class field is a String. */
export const jString = (name: string) => setter(name, (value) => cString(String(value)));
/** `name(20)` for an Integer or int field. */
export const jInt = (name: string) => setter(name, (value) => (isInteger(value) ? String(value) : undefined));
/** `name(7351…L)` for a Long or long field; the form may hold the id as text. */
export const jLong = (name: string) => setter(name, (value) => (isDigits(value) ? `${value}L` : undefined));
/** `name(1.2f)` for a float field. */
export const jFloat = (name: string) => setter(name, (value) => (typeof value === 'number' ? `${value}f` : undefined));
/** `name(0.7)` for a Double field. */
export const jDouble = (name: string) =>
  setter(name, (value) => (typeof value === 'number' ? javaDouble(value) : undefined));
/** `name(true)` for a Boolean or boolean field. */
export const jBool = (name: string) =>
  setter(name, (value) => (typeof value === 'boolean' ? String(value) : undefined));

/** `List.of("a", "b")` for a List<String>. */
export const jStrings = (name: string) =>
  setter(name, (value) =>
    Array.isArray(value) ? `List.of(${value.map((item) => cString(String(item))).join(', ')})` : undefined,
  );
/** `List.of(1L, 2L)` for a List<Long>. */
export const jLongs = (name: string) =>
  setter(name, (value) =>
    Array.isArray(value) && value.every(isDigits)
      ? `List.of(${value.map((item) => `${item}L`).join(', ')})`
      : undefined,
  );

/** A Java expression for a JSON value: `Map.ofEntries`, `List.of`, strings, numbers, booleans. */
export function javaLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return cString(value);
  if (typeof value === 'number')
    return Number.isInteger(value) ? (Math.abs(value) > 2 ** 31 - 1 ? `${value}L` : String(value)) : String(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `List.of(${value.map(javaLiteral).join(', ')})`;
  const entries = Object.entries(value as Json);
  return `Map.ofEntries(${entries.map(([key, item]) => `Map.entry(${cString(key)}, ${javaLiteral(item)})`).join(', ')})`;
}

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A Map<String, Object> from a JSON object. */
export const jObjectMap = (name: string) => setter(name, (value) => (isRecord(value) ? javaLiteral(value) : undefined));
/** A Map<String, String>: every value written as text, as the class's type wants. */
export const jStringMap = (name: string) =>
  setter(name, (value) =>
    isRecord(value)
      ? javaLiteral(Object.fromEntries(Object.entries(value).map(([key, item]) => [key, String(item)])))
      : undefined,
  );

/**
 * A constant of a coze-java enum (or constant class), by the wire value it stands for. A value
 * the class has no constant for is left out with a note: coze-java cannot send it; for a
 * `required` field the sample falls back to raw HTTP instead.
 */
export const jConstant =
  (name: string, fqn: string, constants: Readonly<Record<string, string>>, required = false): Setter =>
  (value, build, path) => {
    const constant = constants[String(value)];
    if (constant) return `${name}(${use(build, fqn)}.${constant})`;
    if (required) return undefined;
    build.notes.push(
      `// coze-java has no ${fqn.slice(fqn.lastIndexOf('.') + 1)} for ${path.slice(0, -1)} = ${JSON.stringify(value)}; the java.net.http sample sends it.`,
    );
    return '';
  };

/** The setter calls for JSON values; fields without a setter are noted, `path` prefixing their names. */
function calls(build: Build, values: Json, setters: Setters, path: string): string[] | undefined {
  const written: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    const write = setters[key];
    if (!write) {
      noSetter(build, `${path}${key}`);
      continue;
    }
    const call = write(value, build, `${path}${key}.`);
    if (call === undefined) return undefined;
    if (call) written.push(call);
  }
  return written;
}

/** `Type.builder()…build()`: on one line when short, else one call a line. */
function render(type: string, written: readonly string[], nested: boolean): string {
  const flat = `${type}.builder()${written.map((call) => `.${call}`).join('')}.build()`;
  if (nested && !flat.includes('\n') && flat.length <= 72) return flat;
  return [`${type}.builder()`, ...written.map((call) => `    .${call.replace(/\n/g, '\n    ')}`), '    .build()'].join(
    '\n',
  );
}

/**
 * The builder chain for a request class from the form's values, or undefined when coze-java cannot
 * send them; fields the class has no setter for are noted.
 */
export function chain(build: Build, fqn: string, values: Json, setters: Setters): string | undefined {
  const written = calls(build, values, setters, '');
  return written && render(use(build, fqn), written, false);
}

/** `name(Class.builder()…build())` for a nested model object; left out when none of its fields can be set. */
export const jObject =
  (name: string, fqn: string, setters: Setters): Setter =>
  (value, build, path) => {
    if (!isRecord(value)) return undefined;
    const written = calls(build, value, setters, path);
    if (!written) return undefined;
    return written.length ? `${name}(${render(use(build, fqn), written, true)})` : '';
  };

/** `name(List.of(Class.builder()…build(), …))` for a list of model objects. */
export const jObjects =
  (name: string, fqn: string, setters: Setters): Setter =>
  (value, build, path) => {
    if (!Array.isArray(value)) return undefined;
    const items: string[] = [];
    for (const item of value) {
      const written = isRecord(item) ? calls(build, item, setters, path) : undefined;
      if (!written) return undefined;
      items.push(render(use(build, fqn), written, true));
    }
    return `${name}(List.of(\n    ${items.join(',\n').replace(/\n/g, '\n    ')}))`;
  };

/** One coze-java program's body: the code in `main`, the classes it names, helper methods after `main`. */
export interface JavaCall {
  readonly imports: readonly string[];
  readonly lines: readonly string[];
  readonly methods?: readonly string[];
  /** False for the OAuth programs, which build an OAuth client instead of a CozeAPI. */
  readonly client?: boolean;
}

/** `Type req =` and the builder chain, after the notes on fields coze-java cannot send. */
export function declare(build: Build, fqn: string, req: string): string[] {
  return [...build.notes, `${fqn.slice(fqn.lastIndexOf('.') + 1)} req =\n    ${req.replace(/\n/g, '\n    ')};`];
}

/** An empty Build, for one program. */
export const newBuild = (): Build => ({ imports: new Set(), notes: [] });
