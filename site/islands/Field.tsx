import { Match, Switch } from 'solid-js';
import type { FieldDoc } from '../../lib/schema-fields';
import type { Segment } from '../../lib/request-model';
import ArrayField from './ArrayField';
import FieldLabel from './FieldLabel';
import FieldMessage from './FieldMessage';
import MapField from './MapField';
import ObjectField from './ObjectField';
import ScalarInput from './ScalarInput';
import { fieldId, fieldKey, useForm } from './form-context';
import { useProse } from './lang-context';

/** One field of the request form, at `segments` (location first), with its label and message. */
export default function Field(props: { field: FieldDoc; segments: readonly Segment[]; label?: string }) {
  const form = useForm();
  const prose = useProse();
  const id = () => fieldId(props.segments);
  const messageId = () => `${id()}-msg`;
  const message = () => form.message(props.segments);
  return (
    <Switch
      fallback={
        <div class="pg-field" classList={{ 'pg-field-invalid': Boolean(message()) }}>
          <FieldLabel
            for={id()}
            name={props.label ?? props.field.name}
            required={props.field.required}
            description={props.field.description && prose(props.field.description)}
          />
          <ScalarInput
            field={props.field}
            id={id()}
            name={fieldKey(props.segments)}
            value={form.value(props.segments)}
            describedBy={message() ? messageId() : undefined}
            invalid={Boolean(message())}
            onChange={(value) => form.set(props.segments, value)}
          />
          <FieldMessage id={messageId()} message={message()} />
        </div>
      }
    >
      <Match when={props.field.type === 'object' && props.field.children}>
        <ObjectField field={props.field} segments={props.segments} />
      </Match>
      <Match when={props.field.type === 'array' && props.field.items}>
        <ArrayField field={props.field} segments={props.segments} />
      </Match>
      <Match when={props.field.type === 'map'}>
        <MapField field={props.field} segments={props.segments} />
      </Match>
    </Switch>
  );
}
