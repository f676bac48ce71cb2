import type { FieldIssue, IssueLocation } from './api-error';
import { VALIDATION_HEADER } from './relay-headers';

// The relay adds {@link VALIDATION_HEADER} when the catalog's schema found problems with a request
// it sent anyway: JSON `{"endpoint","issues":[{location,path,message}],"omitted"}`. The site shows
// it beside the answer; history keeps the issues with the run.
export { VALIDATION_HEADER };

/** Characters of the header value at most; issues that do not fit are counted in `omitted`. */
export const VALIDATION_HEADER_LIMIT = 2048;

/** What the {@link VALIDATION_HEADER} says. */
export interface ValidationReport {
  readonly endpoint: string;
  readonly issues: readonly FieldIssue[];
  /** Issues left out to keep the header within {@link VALIDATION_HEADER_LIMIT}. */
  readonly omitted: number;
}

// Header values are bytes; JSON keeps its meaning with every non-ASCII character escaped.
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The {@link VALIDATION_HEADER} value for issues (already masked by the worker): as many as fit in
 * {@link VALIDATION_HEADER_LIMIT} characters, in order, and the number left out.
 * @example validationHeader('create-chat', [{ location: 'body', path: 'bot_id', message: 'bot_id is required' }])
 *   // → '{"endpoint":"create-chat","issues":[{"location":"body","path":"bot_id","message":"bot_id is required"}],"omitted":0}'
 */
export function validationHeader(endpointId: string, issues: readonly FieldIssue[]): string {
  const kept: FieldIssue[] = [];
  for (const issue of issues) {
    const next = asciiJson({ endpoint: endpointId, issues: [...kept, issue], omitted: issues.length });
    if (next.length > VALIDATION_HEADER_LIMIT) break;
    kept.push(issue);
  }
  return asciiJson({ endpoint: endpointId, issues: kept, omitted: issues.length - kept.length });
}

const LOCATIONS = new Set<IssueLocation>(['path', 'query', 'headers', 'body']);

/**
 * The report a {@link VALIDATION_HEADER} value carries, or undefined for a missing or malformed one.
 * @example readValidationHeader(response.headers.get(VALIDATION_HEADER))?.issues
 */
export function readValidationHeader(value: string | null | undefined): ValidationReport | undefined {
  if (!value) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  const report = parsed as { endpoint?: unknown; issues?: unknown; omitted?: unknown } | null;
  if (typeof report?.endpoint !== 'string' || !Array.isArray(report.issues)) return undefined;
  const issues = report.issues.filter(
    (issue): issue is FieldIssue =>
      LOCATIONS.has((issue as FieldIssue)?.location) &&
      typeof (issue as FieldIssue).path === 'string' &&
      typeof (issue as FieldIssue).message === 'string',
  );
  return { endpoint: report.endpoint, issues, omitted: typeof report.omitted === 'number' ? report.omitted : 0 };
}
