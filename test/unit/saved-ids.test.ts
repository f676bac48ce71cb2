import { beforeEach, describe, expect, it } from 'vitest';
import { clearIds, rememberIds, SAVED_PER_KIND, savedIds } from '../../site/islands/saved-ids';
import { idsIn, rememberRun } from '../../site/islands/saved-run';

// The module reads window.localStorage through storage.ts; a Map stands in for it under Node.
const store = new Map<string, string>();
Object.assign(globalThis, {
  window: {
    localStorage: {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
      removeItem: (key: string) => void store.delete(key),
    },
  },
});

describe('saved ids', () => {
  beforeEach(() => store.clear());

  it('keeps ids per region and kind, most recent first, a bounded number', () => {
    rememberIds('cn', [
      ['bot', '111'],
      ['workspace', '9'],
    ]);
    rememberIds('cn', [['bot', '222']]);
    rememberIds('cn', [['bot', '111']]);
    rememberIds('sandbox', [['bot', '333']]);
    expect(savedIds('cn')).toEqual({ bot: ['111', '222'], workspace: ['9'] });
    expect(savedIds('sandbox')).toEqual({ bot: ['333'] });
    expect(savedIds('com')).toEqual({});
    for (let n = 0; n < 20; n++) rememberIds('com', [['dataset', `d${n}`]]);
    expect(savedIds('com').dataset).toHaveLength(SAVED_PER_KIND);
    expect(savedIds('com').dataset?.[0]).toBe('d19');
  });

  it('finds id fields anywhere in a request, and skips what is not an id', () => {
    expect(
      idsIn({
        path: { conversation_id: '7' },
        body: { bot_id: '73', space_id: 5, additional_messages: [{ workflow_id: 'w1' }], user_id: 'u' },
      }),
    ).toEqual([
      ['conversation', '7'],
      ['bot', '73'],
      ['workspace', '5'],
      ['workflow', 'w1'],
    ]);
    rememberIds('cn', [
      ['bot', 'has space'],
      ['bot', '<b>'],
    ]);
    expect(savedIds('cn')).toEqual({});
  });

  it('remembers the ids of an accepted run only', () => {
    rememberRun('cn', { status: 200, json: { code: 4000 } }, { body: { bot_id: '1' } });
    rememberRun('cn', { status: 404 }, { body: { bot_id: '2' } });
    expect(savedIds('cn')).toEqual({});
    rememberRun('cn', { status: 200, json: { code: 0 } }, { body: { bot_id: '3' } });
    rememberRun('cn', { status: 200 }, { body: { workflow_id: '4' } });
    expect(savedIds('cn')).toEqual({ bot: ['3'], workflow: ['4'] });
  });

  it('clears one kind, or all, of one region only', () => {
    rememberIds('cn', [
      ['bot', '1'],
      ['workflow', '2'],
    ]);
    rememberIds('com', [['bot', '3']]);
    clearIds('cn', 'bot');
    expect(savedIds('cn')).toEqual({ workflow: ['2'] });
    clearIds('cn');
    expect(savedIds('cn')).toEqual({});
    expect(store.has('coze-playground.ids.cn')).toBe(false);
    expect(savedIds('com')).toEqual({ bot: ['3'] });
  });
});
