import { For, Index, Show } from 'solid-js';
import type { FieldDoc } from '../../lib/schema-fields';
import type { Segment } from '../../lib/request-model';
import Field from './Field';
import FieldMessage from './FieldMessage';
import { fieldId, useForm } from './form-context';
import type { Texts } from '../../lib/i18n/lang';
import { useProse, useTexts } from './lang-context';

const TEXTS: Texts<{ remove: string; removeItem: (name: string, n: number) => string; add: (name: string) => string }> =
  {
    en: {
      remove: 'Remove',
      removeItem: (name, n) => `Remove ${name} item ${n}`,
      add: (name) => `Add ${name} item`,
    },
    zh: {
      remove: '删除',
      removeItem: (name, n) => `删除 ${name} 的第 ${n} 项`,
      add: (name) => `添加 ${name} 项`,
    },
  };

/** A value to start a new item with: required enums take their first option, so a new message is `user`/`text`. */
export function newItem(item: FieldDoc): unknown {
  if (item.enumValues) return item.enumValues[0];
  switch (item.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const child of item.children ?? []) if (child.required) out[child.name] = newItem(child);
      return out;
    }
    case 'array':
      return [];
    case 'map':
      return {};
    case 'integer':
    case 'number':
      return 0;
    case 'boolean':
      return false;
    default:
      return '';
  }
}

/** An array: one row per item with a remove button, and an add button. */
export default function ArrayField(props: { field: FieldDoc; segments: readonly Segment[] }) {
  const form = useForm();
  const t = useTexts(TEXTS);
  const prose = useProse();
  const items = () => {
    const value = form.value(props.segments);
    return Array.isArray(value) ? value : [];
  };
  const item = () => props.field.items!;
  const message = () => form.message(props.segments);
  return (
    <fieldset class="pg-group pg-array" aria-describedby={message() ? `${fieldId(props.segments)}-msg` : undefined}>
      <legend title={props.field.description && prose(props.field.description)}>
        <code>{props.field.name}</code>
        <Show when={props.field.required}>
          <span class="pg-req" aria-hidden="true">
            *
          </span>
        </Show>
      </legend>
      <Index each={items()}>
        {(_, index) => (
          <div class="pg-item">
            <div class="pg-item-head">
              <span class="pg-item-title">
                {props.field.name}[{index}]
              </span>
              <button
                type="button"
                class="pg-link"
                aria-label={t.removeItem(props.field.name, index + 1)}
                onClick={() => form.remove([...props.segments, index])}
              >
                {t.remove}
              </button>
            </div>
            <Show
              when={item().type === 'object' && item().children}
              fallback={
                <Field field={item()} segments={[...props.segments, index]} label={`${props.field.name}[${index}]`} />
              }
            >
              {(children) => (
                <For each={children()}>
                  {(child) => <Field field={child} segments={[...props.segments, index, child.name]} />}
                </For>
              )}
            </Show>
          </div>
        )}
      </Index>
      <button
        type="button"
        class="button pg-add"
        onClick={() => form.set([...props.segments, items().length], newItem(item()), false)}
      >
        {t.add(props.field.name)}
      </button>
      <FieldMessage id={`${fieldId(props.segments)}-msg`} message={message()} />
    </fieldset>
  );
}
