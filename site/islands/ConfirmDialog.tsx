import { onMount } from 'solid-js';
import type { Texts } from '../../lib/i18n/lang';
import { useTexts } from './lang-context';

const TEXTS: Texts<{ title: string; cancel: string; send: string }> = {
  en: { title: 'Send this request?', cancel: 'Cancel', send: 'Send' },
  zh: { title: '确定发送这个请求吗？', cancel: '取消', send: '发送' },
};

/** A native modal asking before a call that deletes data or costs money; resolves with the answer. */
export default function ConfirmDialog(props: { message: string; onAnswer: (send: boolean) => void }) {
  const t = useTexts(TEXTS);
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
        <h3 id="pg-confirm-title">{t.title}</h3>
        <p>{props.message}</p>
        <div class="pg-bar">
          <button class="button" value="cancel" autofocus>
            {t.cancel}
          </button>
          <button class="button pg-run" value="send">
            {t.send}
          </button>
        </div>
      </form>
    </dialog>
  );
}
