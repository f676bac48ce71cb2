import type { DocPage } from '../../types';
import apiFaq from './api-faq';
import bestPractice41004101 from './best-practice-4100-4101';
import bestPracticeGetChatResponse from './best-practice-get-chat-response';
import bestPracticeSessionIsolation from './best-practice-session-isolation';
import cozeErrorCodes from './coze-error-codes';
import modelCapabilityDifferences from './model-capability-differences';
import realtimeErrorCodes from './realtime-error-codes';
import refMessageTypes from './ref-message-types';

/** Every reference page: message types, error codes, FAQ, model differences and best practices. */
export const REFERENCE_PAGES: readonly DocPage[] = [
  refMessageTypes,
  realtimeErrorCodes,
  cozeErrorCodes,
  apiFaq,
  modelCapabilityDifferences,
  bestPracticeGetChatResponse,
  bestPractice41004101,
  bestPracticeSessionIsolation,
];

/** Every code with a row on the error-code page. */
export const KNOWN_ERROR_CODES: ReadonlySet<number> = new Set(
  cozeErrorCodes.sections.flatMap((section) =>
    section.kind === 'error-codes' ? section.codes.map((row) => row.code) : [],
  ),
);

/**
 * The link to a code's row on the error-code page; rows carry the id `code-<code>`.
 * @example errorCodeAnchor(4100) // '/errors/coze-error-codes/#code-4100'
 */
export function errorCodeAnchor(code: number): string {
  return `/errors/coze-error-codes/#code-${code}`;
}
