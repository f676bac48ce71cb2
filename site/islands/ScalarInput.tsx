import { createSignal, For, lazy, Match, Show, Switch } from 'solid-js';
import { isServer } from 'solid-js/web';
import type { FieldDoc } from '../../lib/schema-fields';
import { idKindOf } from '../../lib/id-kinds';
import JsonInput from './JsonInput';
import type { Texts } from '../../lib/i18n/lang';
import { useTexts } from './lang-context';

const TEXTS: Texts<{ pick: string; choose: string; notSet: string }> = {
  en: { pick: 'Pick from your list', choose: 'Choose…', notSet: '— not set —' },
  zh: { pick: '从列表中选择', choose: '请选择…', notSet: '— 不设置 —' },
};

// Loaded when someone asks to pick an id: the list calls and the search.
const IdPicker = lazy(() => import('./IdPicker'));

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

/** Which control a field gets. */
function controlOf(field: FieldDoc): 'select' | 'checkbox' | 'number' | 'file' | 'textarea' | 'text' | 'json' {
  if (field.enumValues) return 'select';
  switch (field.type) {
    case 'boolean':
      return field.required ? 'checkbox' : 'select';
    case 'integer':
    case 'number':
      return 'number';
    case 'file':
      return 'file';
    case 'string':
      return LONG_TEXT.has(field.name) ? 'textarea' : 'text';
    default:
      return 'json';
  }
}

/**
 * One control for a value that is not a container: a select for enums and optional booleans
 * (with "not set"), a checkbox for required booleans, number, text, file, or JSON for anything else.
 */
export default function ScalarInput(props: ControlProps) {
  const t = useTexts(TEXTS);
  const control = controlOf(props.field);
  const numeric = props.field.type === 'integer' || props.field.type === 'number';
  const options = () => (props.field.enumValues ?? ['true', 'false']).map(String);
  const text = () => (props.value === undefined || props.value === null ? '' : String(props.value));

  function fromText(raw: string): unknown {
    if (raw === '')
      return control === 'text' || control === 'textarea' ? (props.field.required ? '' : undefined) : undefined;
    if (props.field.type === 'boolean') return raw === 'true';
    if (numeric) return Number.isNaN(Number(raw)) ? undefined : Number(raw);
    return raw;
  }

  const idKind = control === 'text' ? idKindOf(props.field.name) : undefined;
  const [picking, setPicking] = createSignal(false);
  const input = () => (
    <input
      id={props.id}
      name={props.name}
      aria-required={props.field.required}
      aria-invalid={props.invalid}
      aria-describedby={props.describedBy}
      class="pg-input"
      type={control === 'number' ? 'number' : control === 'file' ? 'file' : 'text'}
      step={props.field.type === 'integer' ? 1 : undefined}
      spellcheck={false}
      autocomplete="off"
      placeholder={
        control === 'text' && props.field.examples[0] !== undefined ? String(props.field.examples[0]) : undefined
      }
      // A file input takes only '' as a value; the browser-only compile sets it after the type.
      value={control === 'file' ? '' : text()}
      list={idKind ? `${props.id}-saved` : undefined}
      onInput={(event) => control !== 'file' && props.onChange(fromText(event.currentTarget.value))}
      onChange={(event) => control === 'file' && props.onChange(event.currentTarget.files?.[0])}
    />
  );

  return (
    <Switch
      fallback={
        idKind ? (
          <>
            {input()}
            {/* Ids used before, filled when the input is focused (saved-id-offer.ts, from the top bar's script). */}
            <datalist id={`${props.id}-saved`} data-kind={idKind} />
            {/* Beside the input, not around it: the input stays a direct child of its field row. */}
            <div class="pg-id-tools">
              <button
                type="button"
                class="pg-link"
                aria-expanded={picking()}
                onClick={() => setPicking(!picking())}
                data-testid="id-pick"
              >
                {t.pick}
              </button>
              <Show when={picking()}>
                <IdPicker
                  kind={idKind}
                  onPick={(id) => {
                    props.onChange(id);
                    setPicking(false);
                  }}
                />
              </Show>
            </div>
          </>
        ) : (
          input()
        )
      }
    >
      <Match when={control === 'select'}>
        <select
          id={props.id}
          name={props.name}
          aria-required={props.field.required}
          aria-invalid={props.invalid}
          aria-describedby={props.describedBy}
          class="pg-input"
          onChange={(event) => props.onChange(fromText(event.currentTarget.value))}
        >
          <option value="">{props.field.required ? t.choose : t.notSet}</option>
          {/* `selected` per option: a select's value set before <For> adds the options would not stick. */}
          <For each={options()}>
            {(option) => (
              <option value={option} selected={text() === option}>
                {option}
              </option>
            )}
          </For>
        </select>
      </Match>
      <Match when={control === 'checkbox'}>
        <input
          id={props.id}
          name={props.name}
          aria-required={props.field.required}
          aria-invalid={props.invalid}
          aria-describedby={props.describedBy}
          type="checkbox"
          checked={props.value === true}
          onChange={(event) => props.onChange(event.currentTarget.checked)}
        />
      </Match>
      <Match when={control === 'textarea'}>
        <textarea
          id={props.id}
          name={props.name}
          aria-required={props.field.required}
          aria-invalid={props.invalid}
          aria-describedby={props.describedBy}
          class="pg-input"
          rows={2}
          value={text()}
          onInput={(event) => props.onChange(fromText(event.currentTarget.value))}
        >
          {/* Static HTML shows a textarea's text from its content, not its value. */}
          {isServer ? text() : undefined}
        </textarea>
      </Match>
      <Match when={control === 'json'}>
        <JsonInput
          id={props.id}
          name={props.name}
          required={props.field.required}
          aria-invalid={props.invalid}
          aria-describedby={props.describedBy}
          value={props.value}
          onChange={props.onChange}
        />
      </Match>
    </Switch>
  );
}
