import { COZE_ERROR_CODE_ROWS } from '../catalog/pages/references/coze-error-code-rows';

/**
 * The Coze codes the playground answers with itself (the sandbox, and the relay's own refusals),
 * by name. Each has its meaning in the one table, `COZE_ERROR_CODE_ROWS`.
 */
export const CozeCode = {
  ok: 0,
  badRequest: 4000,
  metaDataTooLarge: 4003,
  /** Too many requests: coze-js raises code 4013 as a `RateLimitError`, as it does HTTP 429. */
  tooManyRequests: 4013,
  chatRunning: 4016,
  unauthorized: 4100,
  forbidden: 4101,
  notCancelable: 4104,
  notFound: 4200,
  emptyFile: 4300,
  fileTooLarge: 4302,
  unsupportedFile: 4303,
  invalidFile: 4304,
  executionFinished: 4315,
  serverError: 5000,
  toolOutputsNotSaved: 5000,
} as const;

/**
 * What a Coze `code` means and what to do about it, from the error-code table; undefined for a
 * code the table does not know.
 * @example cozeErrorMeaning(4015) // 'The agent is not published to the API channel. Publish the agent …'
 */
export function cozeErrorMeaning(code: number): string | undefined {
  // Looked up in the array, not a module-level map: the worker imports `CozeCode` from this module
  // and must not carry the table, which only the site explains codes from.
  const row = COZE_ERROR_CODE_ROWS.find((candidate) => candidate.code === code);
  if (!row) return undefined;
  return row.fix ? `${row.meaning} ${row.fix}` : row.meaning;
}

/** A Coze envelope's status: `{ code, msg }` at the top of a JSON body, or undefined when the body has none. */
export function cozeStatusOf(body: unknown): { code: number; msg: string; meaning?: string } | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { code, msg } = body as { code?: unknown; msg?: unknown };
  if (typeof code !== 'number') return undefined;
  const meaning = cozeErrorMeaning(code);
  return { code, msg: typeof msg === 'string' ? msg : '', ...(meaning ? { meaning } : {}) };
}
