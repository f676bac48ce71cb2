import { For, Show } from 'solid-js';
import type { FieldDoc } from '../../lib/schema-fields';
import type { Segment } from '../../lib/request-model';
import Field from './Field';
import FieldMessage from './FieldMessage';
import { fieldId, useForm } from './form-context';
import { useProse } from './lang-context';

/** A nested object: its fields in a group that starts open when required or filled. */
export default function ObjectField(props: { field: FieldDoc; segments: readonly Segment[] }) {
  const form = useForm();
  const prose = useProse();
  const message = () => form.message(props.segments);
  const filled = form.value(props.segments) !== undefined;
  return (
    <details class="pg-group" open={props.field.required || filled}>
      <summary title={props.field.description && prose(props.field.description)}>
        <code>{props.field.name}</code>
        <Show when={props.field.required}>
          <span class="pg-req" aria-hidden="true">
            *
          </span>
        </Show>
      </summary>
      <div class="pg-group-body">
        <For each={props.field.children}>
          {(child) => <Field field={child} segments={[...props.segments, child.name]} />}
        </For>
      </div>
      <FieldMessage id={`${fieldId(props.segments)}-msg`} message={message()} />
    </details>
  );
}
