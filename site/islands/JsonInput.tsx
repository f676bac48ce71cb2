import { createEffect, createSignal, on, Show } from 'solid-js';
import { isServer } from 'solid-js/web';
import type { Texts } from '../../lib/i18n/lang';
import { useTexts } from './lang-context';

const TEXTS: Texts<{ notJson: (why: string) => string; unchanged: (problem: string) => string }> = {
  en: {
    notJson: (why) => `Not valid JSON, the value is unchanged: ${why}`,
    unchanged: (problem) => `${problem}; the value is unchanged`,
  },
  zh: {
    notJson: (why) => `不是有效的 JSON，值未改变：${why}`,
    unchanged: (problem) => `${problem}；值未改变`,
  },
};

function format(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}

/**
 * A textarea for a value of any JSON type. Text that does not parse stays in the box with its
 * parse error and leaves the value as it was; a value changed elsewhere replaces the text.
 */
export default function JsonInput(props: {
  id: string;
  name: string;
  value: unknown;
  required: boolean;
  'aria-describedby'?: string;
  'aria-invalid': boolean;
  rows?: number;
  /** A further check of parsed values; a message keeps the value unchanged, like a parse error. */
  check?: (value: unknown) => string | undefined;
  onChange: (value: unknown) => void;
}) {
  const t = useTexts(TEXTS);
  const [error, setError] = createSignal('');
  const [text, setText] = createSignal(format(props.value));
  let emitted = format(props.value);
  createEffect(
    on(
      () => format(props.value),
      (next) => {
        if (next !== emitted) {
          emitted = next;
          setText(next);
          setError('');
        }
      },
      { defer: true },
    ),
  );
  const errorId = () => `${props.id}-json`;
  return (
    <>
      <textarea
        id={props.id}
        name={props.name}
        class="pg-input pg-code"
        rows={props.rows ?? 3}
        spellcheck={false}
        aria-required={props.required}
        aria-invalid={props['aria-invalid'] || Boolean(error())}
        aria-describedby={[props['aria-describedby'], error() ? errorId() : ''].filter(Boolean).join(' ') || undefined}
        value={text()}
        onInput={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          let value: unknown;
          try {
            value = next.trim() === '' ? undefined : JSON.parse(next);
          } catch (parseError) {
            setError(t.notJson((parseError as Error).message));
            return;
          }
          const problem = props.check?.(value);
          if (problem) {
            setError(t.unchanged(problem));
            return;
          }
          setError('');
          emitted = format(value);
          props.onChange(value);
        }}
      >
        {/* Static HTML shows a textarea's text from its content, not its value. */}
        {isServer ? text() : undefined}
      </textarea>
      <Show when={error()}>
        <p class="pg-msg" id={errorId()} role="status">
          {error()}
        </p>
      </Show>
    </>
  );
}
