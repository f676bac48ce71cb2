/** What the Coze error codes a playground user meets most often mean, and what to do about them. */
const COZE_ERROR_CODES: Readonly<Record<number, string>> = {
  0: 'Success.',
  4000: 'Bad or conflicting parameters (for example bot_id together with app_id, or bot_version on a draft). Check the fields against the docs.',
  4013: 'Rate limited: too many requests. Wait and retry more slowly.',
  4015: 'The agent is not published to the API channel. Publish it with the API channel ticked, or chat with the draft (publish_status=unpublished_draft).',
  4016: 'The conversation already has a chat in progress. Wait for it to finish or cancel it first.',
  4100: 'The token is invalid, expired, or from the other region: coze.cn tokens work only with api.coze.cn, coze.com tokens only with api.coze.com.',
  4101: 'The token lacks the permission this endpoint needs. Add it to the token in the Coze console.',
  4200: 'The resource does not exist or is not published, or the token cannot see it.',
  5000: 'Coze server error. Retry later; when submitting tool outputs, the chat may have had auto_save_history=false.',
  700012006: 'Token verification failed: the token is malformed or revoked.',
  702242003: 'The agent has been unbound from the channel. Publish it to the API channel again.',
  720702204: 'The named conversation was not found.',
};

/**
 * The meaning of a Coze `code`, or undefined for a code the table does not know.
 * @example cozeErrorMeaning(4015) // 'The agent is not published to the API channel. …'
 */
export function cozeErrorMeaning(code: number): string | undefined {
  return COZE_ERROR_CODES[code];
}

/** A Coze envelope's status: `{ code, msg }` at the top of a JSON body, or undefined when the body has none. */
export function cozeStatusOf(body: unknown): { code: number; msg: string; meaning?: string } | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { code, msg } = body as { code?: unknown; msg?: unknown };
  if (typeof code !== 'number') return undefined;
  const meaning = cozeErrorMeaning(code);
  return { code, msg: typeof msg === 'string' ? msg : '', ...(meaning ? { meaning } : {}) };
}
