import { createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import type { IdKind } from '../../lib/id-kinds';
import { filterIdOptions } from '../../lib/id-sources';
import { useForm } from './form-context';
import { loadIdOptions } from './id-options';
import SavedIdList from './SavedIdList';

import type { Texts } from '../../lib/i18n/lang';
import { useTexts } from './lang-context';

const TEXTS: Texts<{
  nouns: Record<IdKind, string>;
  search: (noun: string) => string;
  listing: (noun: string) => string;
  failed: (why: string) => string;
  none: string;
  yours: (noun: string) => string;
}> = {
  en: {
    nouns: {
      workspace: 'workspaces',
      bot: 'agents',
      workflow: 'workflows',
      dataset: 'knowledge bases',
      conversation: 'conversations',
      voice: 'voices',
    },
    search: (noun) => `Search your ${noun}`,
    listing: (noun) => `Listing your ${noun}…`,
    failed: (why) => `Could not list them: ${why}`,
    none: 'None found; type the id instead.',
    yours: (noun) => `Your ${noun}`,
  },
  zh: {
    nouns: {
      workspace: '工作空间',
      bot: '智能体',
      workflow: '工作流',
      dataset: '知识库',
      conversation: '会话',
      voice: '音色',
    },
    search: (noun) => `搜索你的${noun}`,
    listing: (noun) => `正在列出你的${noun}…`,
    failed: (why) => `无法列出：${why}`,
    none: '没有找到；请直接输入 ID。',
    yours: (noun) => `你的${noun}`,
  },
};

/** The caller's own objects of one kind, listed through the relay, searchable; a click fills the id. */
export default function IdPicker(props: { kind: IdKind; onPick: (id: string) => void }) {
  const form = useForm();
  const t = useTexts(TEXTS);
  const noun = () => t.nouns[props.kind];
  const controller = new AbortController();
  onCleanup(() => controller.abort());
  const botId = () => {
    const value = form.value(['body', 'bot_id']) ?? form.value(['query', 'bot_id']);
    return typeof value === 'string' && value ? value : undefined;
  };
  const [all] = createResource(async () => {
    const connection = form.connection?.();
    if (!connection) return [];
    return loadIdOptions(props.kind, connection, controller.signal, botId());
  });
  const [query, setQuery] = createSignal('');
  const shown = () => filterIdOptions(all() ?? [], query());
  return (
    <div class="pg-picker" data-testid="id-picker">
      <Show when={form.connection?.()}>
        {(connection) => <SavedIdList kind={props.kind} region={connection().region} onPick={props.onPick} />}
      </Show>
      <input
        type="search"
        class="pg-input"
        placeholder={t.search(noun())}
        aria-label={t.search(noun())}
        value={query()}
        onInput={(event) => setQuery(event.currentTarget.value)}
        data-testid="id-search"
      />
      <Show when={!all.loading} fallback={<p class="pg-muted">{t.listing(noun())}</p>}>
        <Show when={!all.error} fallback={<p class="pg-muted">{t.failed((all.error as Error)?.message)}</p>}>
          <Show when={shown().length} fallback={<p class="pg-muted">{t.none}</p>}>
            <ul class="pg-picker-list" role="listbox" aria-label={t.yours(noun())}>
              <For each={shown()}>
                {(option) => (
                  <li role="option" aria-selected="false">
                    <button
                      type="button"
                      class="pg-link"
                      onClick={() => props.onPick(option.id)}
                      data-testid="id-option"
                    >
                      {option.label}
                      <Show when={option.scope}>
                        <span class="pg-muted"> · {option.scope}</span>
                      </Show>{' '}
                      <code>{option.id}</code>
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Show>
      </Show>
    </div>
  );
}
