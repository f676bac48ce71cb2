import { Show } from 'solid-js';

/** The validation message beside a field; its id is what the control's aria-describedby names. */
export default function FieldMessage(props: { id: string; message: string | undefined }) {
  return (
    <Show when={props.message}>
      <p class="pg-msg" id={props.id} data-testid="field-message">
        {props.message}
      </p>
    </Show>
  );
}
