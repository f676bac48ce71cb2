import { describe, expect, it } from 'vitest';
import { ENDPOINTS, findEndpoint } from '../../catalog';
import { filledFromHash, idFieldOf, useTargets } from '../../site/islands/use-in';

const FIELDS = [
  'bot_id',
  'workflow_id',
  'conversation_id',
  'chat_id',
  'dataset_id',
  'document_id',
  'voice_id',
  'workspace_id',
  'file_id',
  'execute_id',
];

describe('useTargets', () => {
  it('lists every call of the catalog that takes the id, with its page and the field in the fragment', () => {
    for (const field of FIELDS) {
      const expected = ENDPOINTS.flatMap((endpoint) =>
        (['path', 'query', 'body'] as const).flatMap((location) =>
          field in ((endpoint.params[location] as { entries?: object } | undefined)?.entries ?? {})
            ? [`/${endpoint.group}/${endpoint.id}/#use=${location}.${field}=7%2F1`]
            : [],
        ),
      );
      expect(
        useTargets(field, '7/1').map((target) => target.href),
        field,
      ).toEqual(expected);
    }
    expect(findEndpoint(useTargets('chat_id', '1')[0]!.endpointId)).toBeDefined();
  });

  it('knows id keys as JsonTree names them, and no others', () => {
    expect(idFieldOf('"bot_id"')).toBe('bot_id');
    expect(idFieldOf('conversation_id')).toBe('conversation_id');
    expect(idFieldOf('"id"')).toBeUndefined();
    expect(idFieldOf(undefined)).toBeUndefined();
    expect(idFieldOf('"constructor"')).toBeUndefined();
  });
});

describe('filledFromHash', () => {
  it('reads the field and value a page was opened with', () => {
    expect(filledFromHash('#use=query.conversation_id=7%2F1')).toEqual({
      path: ['query', 'conversation_id'],
      value: '7/1',
    });
    expect(filledFromHash('#play')).toBeUndefined();
    expect(filledFromHash('#use=headers.x=1')).toBeUndefined();
    expect(filledFromHash('#use=body.bot_id=%E0%A4%A')).toBeUndefined();
  });
});
