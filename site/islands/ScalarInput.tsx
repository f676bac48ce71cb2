import { Match, Switch, For } from 'solid-js';
import type { FieldDoc } from '../../lib/schema-fields';
import JsonInput from './JsonInput';

/** Fields whose text is usually long enough for a textarea. */
const LONG_TEXT = new Set(['content', 'output', 'resume_data', 'query', 'prompt_info', 'description']);

/** The props every control takes. */
export interface ControlProps {
  field: FieldDoc;
  id: string;
  name: string;
  value: unknown;
  describedBy?: string;
  invalid: boolean;
  onChange: (value: unknown) => void;
}

function fromNumber(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const number = Number(text);
  return Number.isNaN(number) ? undefined : number;
}

/** One control for a value that is not a container: select, checkbox, number, text, file or JSON. */
export default function ScalarInput(props: ControlProps) {
  const numeric = () => props.field.type === 'integer' || props.field.type === 'number';
  const text = () => (props.value === undefined || props.value === null ? '' : String(props.value));
  const emptyText = () => (props.field.required ? '' : undefined);
  return (
    <Switch
      fallback={
        <JsonInput
          id={props.id}
          name={props.name}
          required={props.field.required}
          aria-invalid={props.invalid}
          aria-describedby={props.describedBy}
          value={props.value}
          onChange={props.onChange}
        />
      }
    >
      <Match when={props.field.enumValues}>
        {(values) => (
          <select
            id={props.id}
            name={props.name}
            aria-required={props.field.required}
            aria-invalid={props.invalid}
            aria-describedby={props.describedBy}
            class="pg-input"
            value={text()}
            onChange={(event) => {
              const chosen = event.currentTarget.value;
              props.onChange(chosen === '' ? undefined : numeric() ? Number(chosen) : chosen);
            }}
          >
            <option value="">{props.field.required ? 'Choose…' : '— not set —'}</option>
            <For each={values()}>
              {/* `selected` per option: the select's own value is set before <For> adds its options. */}
              {(option) => (
                <option value={String(option)} selected={text() === String(option)}>
                  {String(option)}
                </option>
              )}
            </For>
          </select>
        )}
      </Match>
      <Match when={props.field.type === 'boolean' && props.field.required}>
        <input id={props.id}
            name={props.name}
            aria-required={props.field.required}
            aria-invalid={props.invalid}
            aria-describedby={props.describedBy} type="checkbox" checked={props.value === true} onChange={(event) => props.onChange(event.currentTarget.checked)} />
      </Match>
      <Match when={props.field.type === 'boolean'}>
        <select
          id={props.id}
            name={props.name}
            aria-required={props.field.required}
            aria-invalid={props.invalid}
            aria-describedby={props.describedBy}
          class="pg-input"
          value={props.value === undefined ? '' : String(props.value)}
          onChange={(event) => {
            const chosen = event.currentTarget.value;
            props.onChange(chosen === '' ? undefined : chosen === 'true');
          }}
        >
          <option value="">— not set —</option>
          <option value="true">true</option>
          <option value="false">false</option>
        </select>
      </Match>
      <Match when={numeric()}>
        <input
          id={props.id}
            name={props.name}
            aria-required={props.field.required}
            aria-invalid={props.invalid}
            aria-describedby={props.describedBy}
          class="pg-input"
          type="number"
          step={props.field.type === 'integer' ? 1 : 'any'}
          value={text()}
          onInput={(event) => props.onChange(fromNumber(event.currentTarget.value))}
        />
      </Match>
      <Match when={props.field.type === 'file'}>
        <input id={props.id}
            name={props.name}
            aria-required={props.field.required}
            aria-invalid={props.invalid}
            aria-describedby={props.describedBy} class="pg-input" type="file" onChange={(event) => props.onChange(event.currentTarget.files?.[0])} />
      </Match>
      <Match when={props.field.type === 'string' && LONG_TEXT.has(props.field.name)}>
        <textarea id={props.id}
            name={props.name}
            aria-required={props.field.required}
            aria-invalid={props.invalid}
            aria-describedby={props.describedBy} class="pg-input" rows={2} value={text()} onInput={(event) => props.onChange(event.currentTarget.value || emptyText())} />
      </Match>
      <Match when={props.field.type === 'string'}>
        <input
          id={props.id}
            name={props.name}
            aria-required={props.field.required}
            aria-invalid={props.invalid}
            aria-describedby={props.describedBy}
          class="pg-input"
          type="text"
          spellcheck={false}
          autocomplete="off"
          placeholder={props.field.examples[0] === undefined ? undefined : String(props.field.examples[0])}
          value={text()}
          onInput={(event) => props.onChange(event.currentTarget.value || emptyText())}
        />
      </Match>
    </Switch>
  );
}
