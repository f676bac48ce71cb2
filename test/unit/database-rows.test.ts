import { describe, expect, it } from 'vitest';
import { likePattern, projectRows, selectRows, sortRows } from '../../worker/sandbox/database-rows';
import type { DatabaseRecord, DatabaseRowRecord } from '../../worker/sandbox/records';

const table: DatabaseRecord = {
  id: '1',
  workspace_id: '2',
  app_id: '0',
  creator_id: '3',
  table_name: 'events',
  table_desc: '',
  rw_mode: 'unlimited_read_write',
  connector_read_mode: 'independent_connector',
  fields: [
    { name: 'title', desc: '', type: 'string', is_required: true },
    { name: 'score', desc: '', type: 'number', is_required: false },
    { name: 'at', desc: '', type: 'time', is_required: false },
  ],
  indexs: [],
  create_time: 0,
  update_time: 0,
};

const row = (id: string, values: Record<string, string>): DatabaseRowRecord => ({
  database_id: '1',
  id,
  values,
  connector_id: '1024',
  uuid: '3',
  created_at_ms: 0,
});

// Ids one apart beyond 2^53, where Numbers would call them equal.
const rows = [
  row('7400000000000000002', { title: '50% off', score: '9.5', at: '2026-05-04 10:00:00' }),
  row('7400000000000000001', { title: 'a_b', score: '10', at: '2026-05-03 23:00:00' }),
  row('7400000000000000003', { title: 'plain', at: '2026-05-05 08:00:00' }),
];

describe('likePattern', () => {
  it('reads % and _ as SQL wildcards and everything else literally', () => {
    expect(likePattern('50%').test('50% off')).toBe(true);
    expect(likePattern('a_b').test('axb')).toBe(true);
    expect(likePattern('a.b').test('axb')).toBe(false);
    expect(likePattern('plain').test('plainer')).toBe(false);
  });
});

describe('sortRows', () => {
  it('orders int64 ids exactly when nothing else decides', () => {
    expect(sortRows(table, rows).map((r) => r.id)).toEqual([
      '7400000000000000001',
      '7400000000000000002',
      '7400000000000000003',
    ]);
  });

  it('orders numbers as numbers and times as times, rows without the field first', () => {
    const by = (field_name: string, direction = 'asc') =>
      sortRows(table, rows, [{ field_name, direction }]).map((r) => r.values.title);
    expect(by('score')).toEqual(['plain', '50% off', 'a_b']);
    expect(by('at', 'desc')).toEqual(['plain', '50% off', 'a_b']);
  });
});

describe('selectRows', () => {
  it('compares numbers numerically, not as text', () => {
    const found = selectRows(
      table,
      rows,
      { conditions: [{ left: 'score', operation: 'greater_than', right: '9.9' }] },
      false,
    );
    expect(found.map((r) => r.values.title)).toEqual(['a_b']);
  });

  it('refuses an unknown field even when no row would be compared', () => {
    expect(() =>
      selectRows(table, [], { conditions: [{ left: 'nope', operation: 'equal', right: '1' }] }, false),
    ).toThrow(/no field "nope"/);
  });
});

describe('projectRows', () => {
  it('keeps the chosen fields and drops rows that repeat them when distinct', () => {
    const same = [row('1', { title: 'x', score: '1' }), row('2', { title: 'x', score: '2' })];
    expect(projectRows(table, same, ['title'], true)).toEqual([{ title: 'x' }]);
    expect(projectRows(table, same, ['title'], false)).toHaveLength(2);
  });
});
