import { COZE_ERROR_CODE_ROWS } from '../catalog/pages/references/coze-error-code-rows';

/**
 * What a Coze `code` means and what to do about it, from the one error-code table; undefined for
 * a code the table does not know; `prose` puts the table's text in the page's language. A module of its own, so the site loads the table only when it
 * has a code to explain.
 * @example cozeErrorMeaning(4015) // 'The agent is not published to the API channel. Publish the agent …'
 */
export function cozeErrorMeaning(
  code: number,
  prose: (english: string) => string = (english) => english,
): string | undefined {
  const row = COZE_ERROR_CODE_ROWS.find((candidate) => candidate.code === code);
  if (!row) return undefined;
  return row.fix ? `${prose(row.meaning)} ${prose(row.fix)}` : prose(row.meaning);
}
