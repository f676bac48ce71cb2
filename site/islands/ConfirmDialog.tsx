import { onMount } from 'solid-js';

/** A native modal asking before a call that deletes data or costs money; resolves with the answer. */
export default function ConfirmDialog(props: { message: string; onAnswer: (send: boolean) => void }) {
  let dialog: HTMLDialogElement | undefined;
  onMount(() => dialog?.showModal());
  return (
    <dialog
      ref={dialog}
      class="pg-dialog"
      aria-labelledby="pg-confirm-title"
      onClose={() => props.onAnswer(dialog?.returnValue === 'send')}
      data-testid="confirm"
    >
      <form method="dialog">
        <h3 id="pg-confirm-title">Send this request?</h3>
        <p>{props.message}</p>
        <div class="pg-bar">
          <button class="button" value="cancel" autofocus>
            Cancel
          </button>
          <button class="button pg-run" value="send">
            Send
          </button>
        </div>
      </form>
    </dialog>
  );
}
