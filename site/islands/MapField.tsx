import { Index, Show } from 'solid-js';
import type { FieldDoc } from '../../lib/schema-fields';
import type { Segment } from '../../lib/request-model';
import FieldMessage from './FieldMessage';
import JsonInput from './JsonInput';
import { fieldId, useForm } from './form-context';
import type { Texts } from '../../lib/i18n/lang';
import { useProse, useTexts } from './lang-context';

const TEXTS: Texts<{
  key: (name: string, n: number) => string;
  value: (name: string, n: number) => string;
  remove: string;
  removeEntry: (name: string, key: string) => string;
  add: (name: string) => string;
  entry: string;
}> = {
  en: {
    key: (name, n) => `${name} key ${n}`,
    value: (name, n) => `${name} value ${n}`,
    remove: 'Remove',
    removeEntry: (name, key) => `Remove ${name} entry ${key}`,
    add: (name) => `Add ${name} entry`,
    entry: '+ entry',
  },
  zh: {
    key: (name, n) => `${name} 第 ${n} 个键`,
    value: (name, n) => `${name} 第 ${n} 个值`,
    remove: '删除',
    removeEntry: (name, key) => `删除 ${name} 的条目 ${key}`,
    add: (name) => `为 ${name} 添加条目`,
    entry: '+ 条目',
  },
};

/** A string-keyed map: key/value rows. Values are text unless they hold other JSON. */
export default function MapField(props: { field: FieldDoc; segments: readonly Segment[] }) {
  const form = useForm();
  const t = useTexts(TEXTS);
  const prose = useProse();
  const record = () => {
    const value = form.value(props.segments);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  };
  const entries = () => Object.entries(record());
  const message = () => form.message(props.segments);
  const base = () => fieldId(props.segments);

  function rename(from: string, to: string, input: HTMLInputElement): void {
    const key = to.trim();
    if (key === from) return;
    if (key === '' || key in record()) {
      input.value = from;
      return;
    }
    // Rebuilt in order, so the renamed row keeps its place.
    form.set(props.segments, Object.fromEntries(entries().map(([name, value]) => [name === from ? key : name, value])));
  }

  function add(): void {
    let n = entries().length + 1;
    while (`key${n}` in record()) n++;
    form.set([...props.segments, `key${n}`], '', false);
  }

  return (
    <div
      class="pg-field pg-map"
      role="group"
      aria-labelledby={`${base()}-label`}
      aria-describedby={message() ? `${base()}-msg` : undefined}
    >
      <span class="pg-label" id={`${base()}-label`} title={props.field.description && prose(props.field.description)}>
        <code>{props.field.name}</code>
        <Show when={props.field.required}>
          <span class="pg-req" aria-hidden="true">
            *
          </span>
        </Show>
      </span>
      <div class="pg-map-body">
        <Index each={entries()}>
          {(entry, index) => (
            <div class="pg-row">
              <input
                class="pg-input"
                aria-label={t.key(props.field.name, index + 1)}
                id={`${base()}-k${index}`}
                value={entry()[0]}
                spellcheck={false}
                onChange={(event) => rename(entry()[0], event.currentTarget.value, event.currentTarget)}
              />
              <Show
                when={typeof entry()[1] === 'string'}
                fallback={
                  <JsonInput
                    id={`${base()}-v${index}`}
                    name={`${props.segments.join('.')}.${entry()[0]}`}
                    required={false}
                    aria-invalid={false}
                    rows={1}
                    value={entry()[1]}
                    onChange={(value) => form.set([...props.segments, entry()[0]], value ?? '')}
                  />
                }
              >
                <input
                  class="pg-input"
                  aria-label={t.value(props.field.name, index + 1)}
                  name={`${props.segments.join('.')}.${entry()[0]}`}
                  value={entry()[1] as string}
                  onInput={(event) => form.set([...props.segments, entry()[0]], event.currentTarget.value)}
                />
              </Show>
              <button
                type="button"
                class="pg-link"
                aria-label={t.removeEntry(props.field.name, entry()[0])}
                onClick={() => form.remove([...props.segments, entry()[0]])}
              >
                {t.remove}
              </button>
            </div>
          )}
        </Index>
        <button type="button" class="pg-link pg-add-entry" aria-label={t.add(props.field.name)} onClick={add}>
          {t.entry}
        </button>
      </div>
      <FieldMessage id={`${base()}-msg`} message={message()} />
    </div>
  );
}
