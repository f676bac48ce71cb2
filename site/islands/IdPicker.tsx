import { createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import type { IdKind } from '../../lib/id-kinds';
import { filterIdOptions } from '../../lib/id-sources';
import { useForm } from './form-context';
import { loadIdOptions } from './id-options';
import SavedIdList from './SavedIdList';

const NOUNS: Record<IdKind, string> = {
  workspace: 'workspaces',
  bot: 'agents',
  workflow: 'workflows',
  dataset: 'knowledge bases',
  conversation: 'conversations',
  voice: 'voices',
};

/** The caller's own objects of one kind, listed through the relay, searchable; a click fills the id. */
export default function IdPicker(props: { kind: IdKind; onPick: (id: string) => void }) {
  const form = useForm();
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
        placeholder={`Search your ${NOUNS[props.kind]}`}
        aria-label={`Search your ${NOUNS[props.kind]}`}
        value={query()}
        onInput={(event) => setQuery(event.currentTarget.value)}
        data-testid="id-search"
      />
      <Show when={!all.loading} fallback={<p class="pg-muted">Listing your {NOUNS[props.kind]}…</p>}>
        <Show when={!all.error} fallback={<p class="pg-muted">Could not list them: {(all.error as Error)?.message}</p>}>
          <Show when={shown().length} fallback={<p class="pg-muted">None found; type the id instead.</p>}>
            <ul class="pg-picker-list" role="listbox" aria-label={`Your ${NOUNS[props.kind]}`}>
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
