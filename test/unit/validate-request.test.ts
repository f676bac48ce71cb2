import { describe, expect, it } from 'vitest';
import { findEndpoint } from '../../catalog';
import { bodyInQuery, coerceQuery, validateRequest } from '../../lib/validate-request';

const listWorkflows = findEndpoint('list-workflows')!;
const createChat = findEndpoint('create-chat')!;

describe('coerceQuery', () => {
  it('turns numeric and boolean text into the types the schema wants', () => {
    expect(coerceQuery(listWorkflows.params.query, { page_num: '2', workspace_id: '7351' })).toEqual({
      page_num: 2,
      workspace_id: '7351',
    });
    expect(coerceQuery(findEndpoint('retrieve-bot')!.params.query, { is_published: 'false' })).toEqual({
      is_published: false,
    });
  });

  it('leaves text it cannot convert for validation to reject', () => {
    const query = coerceQuery(listWorkflows.params.query, { page_num: 'two', workspace_id: '1' });
    expect(query.page_num).toBe('two');
    expect(validateRequest(listWorkflows, { query })).toEqual([
      expect.objectContaining({ location: 'query', path: 'page_num' }),
    ]);
  });

  it('keeps ids as strings even when they are digits', () => {
    expect(coerceQuery(listWorkflows.params.query, { workspace_id: '7351000000000000010' }).workspace_id).toBe(
      '7351000000000000010',
    );
  });
});

describe('validateRequest', () => {
  it('names every missing required field with its location', () => {
    const issues = validateRequest(createChat, { body: {} });
    expect(issues).toEqual(
      expect.arrayContaining([
        { location: 'body', path: 'bot_id', message: 'bot_id is required' },
        { location: 'body', path: 'user_id', message: 'user_id is required' },
      ]),
    );
  });

  it('reports nested fields by their dotted path', () => {
    const issues = validateRequest(createChat, {
      body: { bot_id: '1', user_id: 'u', additional_messages: [{ role: 'robot', content: 'x', content_type: 'text' }] },
    });
    expect(issues).toEqual([expect.objectContaining({ location: 'body', path: 'additional_messages.0.role' })]);
  });

  it('words each problem in Chinese for a Chinese form, the field names and values as they are', () => {
    const issues = validateRequest(createChat, { body: { bot_id: 1, stream: true } }, 'zh');
    expect(issues).toEqual(
      expect.arrayContaining([
        { location: 'body', path: 'user_id', message: 'user_id 为必填项' },
        { location: 'body', path: 'bot_id', message: '类型无效：应为 string，实际为 1' },
      ]),
    );
    for (const issue of issues) expect(issue.message).not.toMatch(/\b(?:is required|Invalid|Expected)\b/);
    // The catalog's own `x is required` (an empty user_id) reads in Chinese as well.
    expect(validateRequest(createChat, { body: { bot_id: '1', user_id: '' } }, 'zh')).toEqual([
      { location: 'body', path: 'user_id', message: 'user_id 为必填项' },
    ]);
  });

  it('accepts a complete request', () => {
    expect(validateRequest(createChat, { body: { bot_id: '1', user_id: 'u', stream: true } })).toEqual([]);
  });
});

describe('bodyInQuery', () => {
  it('reads body fields from the query of a GET to an endpoint documented with a JSON body', () => {
    const list = findEndpoint('knowledge-documents-list')!;
    expect(bodyInQuery(list, 'GET')).toBe(true);
    expect(bodyInQuery(list, 'POST')).toBe(false);
  });

  it('leaves GET endpoints and bodyless endpoints alone', () => {
    expect(bodyInQuery(listWorkflows, 'GET')).toBe(false);
    expect(bodyInQuery(findEndpoint('retrieve-chat')!, 'POST')).toBe(false);
  });
});
