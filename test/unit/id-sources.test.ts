import { describe, expect, it } from 'vitest';
import { idKindOf } from '../../lib/id-kinds';
import { filterIdOptions, ID_SOURCES } from '../../lib/id-sources';

describe('idKindOf', () => {
  it('knows the fields that take a Coze id, and no others', () => {
    expect(idKindOf('bot_id')).toBe('bot');
    expect(idKindOf('space_id')).toBe('workspace');
    expect(idKindOf('workspace_id')).toBe('workspace');
    expect(idKindOf('conversation_id')).toBe('conversation');
    expect(idKindOf('user_id')).toBeUndefined();
    expect(idKindOf('toString')).toBeUndefined();
  });
});

describe('ID_SOURCES', () => {
  it('lists agents of a workspace, drafts included, and reads id and name', () => {
    expect(ID_SOURCES.bot.needs).toBe('workspace');
    expect(ID_SOURCES.bot.path('73 51')).toBe(
      '/v1/bots?workspace_id=73%2051&publish_status=all&page_num=1&page_size=50',
    );
    expect(ID_SOURCES.bot.read({ code: 0, data: { items: [{ id: '1', name: 'Helper' }, { name: 'no id' }] } })).toEqual(
      [{ id: '1', label: 'Helper' }],
    );
  });

  it('reads each list answer by its own field names', () => {
    expect(ID_SOURCES.workflow.read({ data: { items: [{ workflow_id: 'w', workflow_name: 'flow' }] } })).toEqual([
      { id: 'w', label: 'flow' },
    ]);
    expect(ID_SOURCES.dataset.read({ data: { dataset_list: [{ dataset_id: 'd', name: 'kb' }] } })).toEqual([
      { id: 'd', label: 'kb' },
    ]);
    expect(ID_SOURCES.voice.read({ data: { voice_list: [{ voice_id: 'v' }] } })).toEqual([{ id: 'v', label: 'v' }]);
    expect(ID_SOURCES.conversation.path('b')).toBe('/v1/conversations?bot_id=b&page_num=1&page_size=50');
    expect(ID_SOURCES.workspace.read({ data: { workspaces: [{ id: 's', name: 'Mine' }] } })).toEqual([
      { id: 's', label: 'Mine' },
    ]);
    expect(ID_SOURCES.workspace.read('not json')).toEqual([]);
  });
});

describe('filterIdOptions', () => {
  const all = [
    { id: '7351000000000000001', label: 'Sandbox Helper' },
    { id: '7351000000000000002', label: 'Weather Bot', scope: 'Team' },
  ];

  it('matches every typed word in the name, id or scope, whatever the case', () => {
    expect(filterIdOptions(all, 'weather')).toEqual([all[1]]);
    expect(filterIdOptions(all, '0001')).toEqual([all[0]]);
    expect(filterIdOptions(all, 'team bot')).toEqual([all[1]]);
    expect(filterIdOptions(all, '  ')).toEqual(all);
    expect(filterIdOptions(all, 'nothing')).toEqual([]);
  });
});
