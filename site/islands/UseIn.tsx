import { createSignal, For, Show } from 'solid-js';
import { useTargets } from './use-in';
import { pathInLang, type Texts } from '../../lib/i18n/lang';
import { useLang, useTexts } from './lang-context';

const TEXTS: Texts<{ useIn: string }> = { en: { useIn: 'use in…' }, zh: { useIn: '用于…' } };

/** "use in…" beside an id in a response: the calls that take it, each opening its page with the id filled in. */
export default function UseIn(props: { field: string; value: string }) {
  const t = useTexts(TEXTS);
  const lang = useLang();
  const [open, setOpen] = createSignal(false);
  return (
    <span class="pg-use-in">
      {' '}
      <button
        type="button"
        class="pg-link"
        aria-expanded={open()}
        onClick={() => setOpen(!open())}
        data-testid="use-in"
      >
        {t.useIn}
      </button>
      <Show when={open()}>
        <ul class="pg-use-in-list" data-testid="use-in-list">
          <For each={useTargets(props.field, props.value)}>
            {(target) => (
              <li>
                <a href={pathInLang(target.href, lang)}>{target.endpointId}</a>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </span>
  );
}
