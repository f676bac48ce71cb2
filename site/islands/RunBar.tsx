import { For, Show } from 'solid-js';
import type { Texts } from '../../lib/i18n/lang';
import { useTexts } from './lang-context';

const TEXTS: Texts<{ run: string; stop: string; notSent: string }> = {
  en: { run: 'Run', stop: 'Stop', notSent: 'Not sent. Fix these first:' },
  zh: { run: '运行', stop: '停止', notSent: '未发送。请先修正以下问题：' },
};

/** A reason Run was refused, with the control to fix it when there is one. */
export interface RunProblem {
  readonly text: string;
  readonly controlId?: string;
}

/** Run and Stop, the shortcut hint, and why a run was refused. */
export default function RunBar(props: {
  running: boolean;
  problems: readonly RunProblem[];
  onRun: () => void;
  onStop: () => void;
}) {
  const t = useTexts(TEXTS);
  const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return (
    <div class="pg-runbar" data-testid="run-bar">
      <div class="pg-bar">
        <button
          type="button"
          class="button pg-run"
          onClick={() => props.onRun()}
          disabled={props.running}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          data-testid="run"
        >
          {t.run}
        </button>
        <Show when={props.running}>
          <button type="button" class="button" onClick={() => props.onStop()} data-testid="stop">
            {t.stop}
          </button>
        </Show>
        <span class="pg-muted">
          <kbd>{isMac ? '⌘' : 'Ctrl'}</kbd> + <kbd>Enter</kbd>
        </span>
      </div>
      <Show when={props.problems.length}>
        <div class="pg-status pg-status-failed" role="alert" data-testid="run-refused">
          <p>{t.notSent}</p>
          <ul>
            <For each={props.problems}>
              {(problem) => (
                <li>
                  <Show when={problem.controlId} fallback={problem.text}>
                    {(id) => (
                      <a
                        href={`#${id()}`}
                        onClick={(event) => {
                          event.preventDefault();
                          document.getElementById(id())?.focus();
                        }}
                      >
                        {problem.text}
                      </a>
                    )}
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
    </div>
  );
}
