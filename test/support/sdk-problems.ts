/** A response object of an SDK: where it is declared, and each field's type (notation in test/worker/sdk-response-fields.ts). */
export interface SdkModel {
  readonly source: string;
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * Where a value breaks an SDK type (notation in sdk-response-fields.ts): missing required fields
 * and fields of the wrong JSON type, as dotted paths with the expected type. cozepy's models are
 * pydantic's lax mode: a digit string passes as a number, a number does not pass as a string.
 */
export function sdkProblems(
  type: string,
  value: unknown,
  models: Readonly<Record<string, SdkModel>>,
  at = '$',
  lax = false,
): string[] {
  let expected = type.replace(/^~/, '');
  const nullable = expected.endsWith('?');
  if (nullable) expected = expected.slice(0, -1);
  if (value === null) return nullable || expected === 'any' ? [] : [`${at}: null where ${expected} is expected`];
  if (value === undefined) return [`${at}: missing (${expected})`];
  const wrong = [`${at}: ${JSON.stringify(value)?.slice(0, 40)} is not ${expected}`];
  if (expected === 'any') return [];
  if (expected === 'string') return typeof value === 'string' ? [] : wrong;
  const numeric = lax && typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value);
  if (expected === 'number') return typeof value === 'number' || numeric ? [] : wrong;
  if (expected === 'integer') return Number.isInteger(value) || (numeric && !value.includes('.')) ? [] : wrong;
  if (expected === 'boolean') return typeof value === 'boolean' ? [] : wrong;
  const isObject = typeof value === 'object' && !Array.isArray(value);
  if (expected === 'object') return isObject ? [] : wrong;
  const array = /^array<(.*)>$/.exec(expected);
  if (array)
    return Array.isArray(value)
      ? value.flatMap((item, i) => sdkProblems(array[1]!, item, models, `${at}[${i}]`, lax))
      : wrong;
  const map = /^map<(.*)>$/.exec(expected);
  if (map)
    return isObject
      ? Object.entries(value).flatMap(([k, v]) => sdkProblems(map[1]!, v, models, `${at}.${k}`, lax))
      : wrong;
  const model = /^model:(.*)$/.exec(expected);
  if (model) {
    const fields = models[model[1]!];
    if (!fields) return [`${at}: unknown model ${model[1]}`];
    if (!isObject) return wrong;
    const holder = value as Record<string, unknown>;
    return Object.entries(fields.fields).flatMap(([name, fieldType]) =>
      fieldType.startsWith('~') && holder[name] === undefined
        ? []
        : sdkProblems(fieldType, holder[name], models, `${at}.${name}`, model[1]!.startsWith('py:')),
    );
  }
  return [`${at}: unknown type ${expected}`];
}
