import { createSignal, For, Show } from 'solid-js';
import type { FormApi } from './form-context';
import { sandboxHintsFor } from './sandbox-hints';

/**
 * In the sandbox: which sandbox object this page's flow needs, with a button that fills it in, and
 * Reset sandbox, which puts this browser's sandbox back to its seed (after a delete, say).
 */
export default function SandboxNote(props: { endpointId: string; form: FormApi; token: string }) {
  const [resetState, setResetState] = createSignal<'idle' | 'busy' | 'done' | string>('idle');
  async function reset(): Promise<void> {
    setResetState('busy');
    try {
      const response = await fetch('/api/sandbox/reset', {
        method: 'POST',
        headers: { Authorization: `Bearer ${props.token}` },
      });
      const answer = (await response.json()) as { error?: { message?: string } };
      setResetState(response.ok ? 'done' : (answer.error?.message ?? `HTTP ${response.status}`));
    } catch (error) {
      setResetState((error as Error).message);
    }
  }
  return (
    <aside class="pg-sandbox-note" aria-label="About the sandbox" data-testid="sandbox-note">
      <For each={sandboxHintsFor(props.endpointId)}>
        {(hint) => (
          <p>
            {hint.text}{' '}
            <button
              type="button"
              class="button"
              onClick={() => hint.fills.forEach((fill) => props.form.set(fill.path, fill.value))}
              data-testid="sandbox-fill"
            >
              {hint.button}
            </button>
          </p>
        )}
      </For>
      <p class="pg-muted">
        The sandbox keeps what you create and delete for 24 hours, for this browser only.{' '}
        <button
          type="button"
          class="pg-link"
          disabled={resetState() === 'busy'}
          onClick={() => void reset()}
          data-testid="sandbox-reset"
        >
          Reset sandbox
        </button>
        <Show when={resetState() === 'done'}>
          <span role="status" data-testid="sandbox-reset-done">
            {' '}
            Reset: every seeded object is back.
          </span>
        </Show>
        <Show when={!['idle', 'busy', 'done'].includes(resetState())}>
          <span role="alert"> Could not reset: {resetState()}</span>
        </Show>
      </p>
    </aside>
  );
}
