import { Show } from 'solid-js';

/** A field's label: its name, a star when required (the control carries aria-required). */
export default function FieldLabel(props: { for: string; name: string; required: boolean; description?: string }) {
  return (
    <label class="pg-label" for={props.for} title={props.description}>
      <code>{props.name}</code>
      <Show when={props.required}>
        <span class="pg-req" aria-hidden="true">
          *
        </span>
      </Show>
    </label>
  );
}
