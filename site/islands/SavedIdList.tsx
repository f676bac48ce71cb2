import { createSignal, For, onCleanup, Show } from 'solid-js';
import type { IdKind } from '../../lib/id-kinds';
import type { Texts } from '../../lib/i18n/lang';
import type { Region } from '../../lib/request-model';
import { useTexts } from './lang-context';
import { clearIds, SAVED_IDS_EVENT, savedIds } from './saved-ids';

const TEXTS: Texts<{
  saved: (region: string) => string;
  clearKind: string;
  clearAll: string;
  kinds: Record<IdKind, string>;
}> = {
  en: {
    saved: (region) => `Used before (${region})`,
    clearKind: 'Clear these',
    clearAll: 'Clear all saved ids',
    kinds: {
      workspace: 'workspaces',
      bot: 'agents',
      workflow: 'workflows',
      dataset: 'knowledge bases',
      conversation: 'conversations',
      voice: 'voices',
    },
  },
  zh: {
    saved: (region) => `最近使用（${region}）`,
    clearKind: '清除这些',
    clearAll: '清除所有已保存的 ID',
    kinds: {
      workspace: '工作空间',
      bot: '智能体',
      workflow: '工作流',
      dataset: '知识库',
      conversation: '会话',
      voice: '音色',
    },
  },
};

/** The ids of one kind used before in this region: pick one, clear them, or clear every kind. */
export default function SavedIdList(props: { kind: IdKind; region: Region; onPick: (id: string) => void }) {
  const text = useTexts(TEXTS);
  // Read again after every change (a clear here, a run elsewhere on the page).
  const [version, setVersion] = createSignal(0);
  const saved = () => (version(), savedIds(props.region));
  const reread = () => setVersion((n) => n + 1);
  window.addEventListener(SAVED_IDS_EVENT, reread);
  onCleanup(() => window.removeEventListener(SAVED_IDS_EVENT, reread));
  const ids = () => saved()[props.kind] ?? [];
  const any = () => Object.keys(saved()).length > 0;
  return (
    <Show when={any()}>
      <div class="pg-saved-ids" data-testid="saved-ids">
        <Show when={ids().length}>
          <p class="pg-muted">
            {text.saved(props.region)} · {text.kinds[props.kind]}
          </p>
          <ul class="pg-picker-list">
            <For each={ids()}>
              {(id) => (
                <li>
                  <button type="button" class="pg-link" onClick={() => props.onPick(id)} data-testid="saved-id">
                    <code>{id}</code>
                  </button>
                </li>
              )}
            </For>
          </ul>
          <button
            type="button"
            class="pg-link"
            onClick={() => clearIds(props.region, props.kind)}
            data-testid="clear-saved-kind"
          >
            {text.clearKind}
          </button>{' '}
        </Show>
        <button type="button" class="pg-link" onClick={() => clearIds(props.region)} data-testid="clear-saved-all">
          {text.clearAll}
        </button>
      </div>
    </Show>
  );
}
