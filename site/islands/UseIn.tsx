import { createSignal, For, Show } from 'solid-js';
import { useTargets } from './use-in';

/** "use in…" beside an id in a response: the calls that take it, each opening its page with the id filled in. */
export default function UseIn(props: { field: string; value: string }) {
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
        use in…
      </button>
      <Show when={open()}>
        <ul class="pg-use-in-list" data-testid="use-in-list">
          <For each={useTargets(props.field, props.value)}>
            {(target) => (
              <li>
                <a href={target.href}>{target.endpointId}</a>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </span>
  );
}
