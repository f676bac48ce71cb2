/**
 * The Coze codes the playground answers with itself (the sandbox, and the relay's own refusals),
 * by name. Each has its meaning in the one table, `COZE_ERROR_CODE_ROWS`
 * (catalog/pages/references/coze-error-code-rows.ts).
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
 * A Coze envelope's status: `{ code, msg }` at the top of a JSON body, or undefined when the body
 * has none. What a code means is `cozeErrorMeaning` (lib/coze-error-meaning.ts), loaded apart.
 */
export function cozeStatusOf(body: unknown): { code: number; msg: string } | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { code, msg } = body as { code?: unknown; msg?: unknown };
  if (typeof code !== 'number') return undefined;
  return { code, msg: typeof msg === 'string' ? msg : '' };
}
