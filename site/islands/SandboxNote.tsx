import { createSignal, For, Show } from 'solid-js';
import type { FormApi } from './form-context';
import type { PageHint } from './page-hints';
import type { Texts } from '../../lib/i18n/lang';
import { useTexts } from './lang-context';

const TEXTS: Texts<{ about: string; keeps: string; reset: string; done: string; failed: (why: string) => string }> = {
  en: {
    about: 'About the sandbox',
    keeps: 'The sandbox keeps what you create and delete for 24 hours, for this browser only.',
    reset: 'Reset sandbox',
    done: 'Reset: every seeded object is back.',
    failed: (why) => `Could not reset: ${why}`,
  },
  zh: {
    about: '关于沙箱',
    keeps: '沙箱会把你创建和删除的内容保留 24 小时，仅对这个浏览器有效。',
    reset: '重置沙箱',
    done: '已重置：所有预置对象都已恢复。',
    failed: (why) => `无法重置：${why}`,
  },
};

/**
 * In the sandbox: which sandbox object this page's flow needs, with a button that fills it in, and
 * Reset sandbox, which puts this browser's sandbox back to its seed (after a delete, say).
 */
export default function SandboxNote(props: { hints: readonly PageHint[]; form: FormApi; token: string }) {
  const t = useTexts(TEXTS);
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
    <aside class="pg-sandbox-note" aria-label={t.about} data-testid="sandbox-note">
      <For each={props.hints}>
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
        {t.keeps}{' '}
        <button
          type="button"
          class="pg-link"
          disabled={resetState() === 'busy'}
          onClick={() => void reset()}
          data-testid="sandbox-reset"
        >
          {t.reset}
        </button>
        <Show when={resetState() === 'done'}>
          <span role="status" data-testid="sandbox-reset-done">
            {' '}
            {t.done}
          </span>
        </Show>
        <Show when={!['idle', 'busy', 'done'].includes(resetState())}>
          <span role="alert"> {t.failed(resetState())}</span>
        </Show>
      </p>
    </aside>
  );
}
