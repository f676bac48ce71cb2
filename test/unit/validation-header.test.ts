import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../lib/api-error';
import { readValidationHeader, VALIDATION_HEADER_LIMIT, validationHeader } from '../../lib/validation-header';

const issue = (path: string, message = `${path} is required`): FieldIssue => ({ location: 'body', path, message });

describe('validationHeader', () => {
  it('writes the endpoint, the issues and how many were left out, and reads back the same', () => {
    const value = validationHeader('create-chat', [issue('bot_id')]);
    expect(JSON.parse(value)).toEqual({ endpoint: 'create-chat', issues: [issue('bot_id')], omitted: 0 });
    expect(readValidationHeader(value)).toEqual({ endpoint: 'create-chat', issues: [issue('bot_id')], omitted: 0 });
  });

  it('keeps to its limit, in order, counting what did not fit', () => {
    const issues = Array.from({ length: 100 }, (_, i) => issue(`additional_messages.${i}.role`, 'x'.repeat(60)));
    const value = validationHeader('create-chat', issues);
    expect(value.length).toBeLessThanOrEqual(VALIDATION_HEADER_LIMIT);
    const report = readValidationHeader(value)!;
    expect(report.issues).toEqual(issues.slice(0, report.issues.length));
    expect(report.issues.length + report.omitted).toBe(100);
  });

  it('is ASCII whatever the messages hold, so it is a valid header value', () => {
    const value = validationHeader('create-chat', [issue('name', '名称 is required\n')]);
    expect(value).toMatch(/^[\x20-\x7e]+$/);
    expect(readValidationHeader(value)!.issues[0]!.message).toBe('名称 is required\n');
  });

  it('reads nothing from a missing or malformed value', () => {
    expect(readValidationHeader(null)).toBeUndefined();
    expect(readValidationHeader('{')).toBeUndefined();
    expect(readValidationHeader('{"issues":[]}')).toBeUndefined();
  });
});
