import { createSignal, Show } from 'solid-js';
import type { StreamStatus } from '../../lib/stream-view';
import JsonTree from './JsonTree';
import { resumeFollowUp, type FollowUp } from './timeline';
import type { Texts } from '../../lib/i18n/lang';
import { useTexts } from './lang-context';

const TEXTS: Texts<{ asks: string; noQuestion: string; answer: string; resume: string; sends: string; and: string }> = {
  en: {
    asks: 'The workflow asks',
    noQuestion: '(no question text)',
    answer: 'Your answer (resume_data)',
    resume: 'Resume',
    sends: 'Sends stream_resume with event_id',
    and: 'and interrupt_type',
  },
  zh: {
    asks: '工作流提问',
    noQuestion: '（没有问题文本）',
    answer: '你的回答（resume_data）',
    resume: '恢复运行',
    sends: '将发送 stream_resume，event_id 为',
    and: '，interrupt_type 为',
  },
};

type Interrupted = Extract<StreamStatus, { state: 'interrupted' }>;

/** A workflow's question at an Interrupt, an answer box and Resume, which continues the run in the same timeline. */
export default function ResumeForm(props: {
  status: Interrupted;
  interruptData: unknown;
  workflowId: string;
  busy: boolean;
  onResume: (next: FollowUp) => void;
}) {
  const t = useTexts(TEXTS);
  const [answer, setAnswer] = createSignal('');
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (answer().trim()) props.onResume(resumeFollowUp(props.workflowId, props.status, answer()));
  };
  return (
    <form class="pg-followup" data-testid="resume" onSubmit={submit}>
      <h4>
        {t.asks}
        {props.status.nodeTitle ? ` (${props.status.nodeTitle})` : ''}:{' '}
        <span data-testid="interrupt-question">{props.status.question ?? t.noQuestion}</span>
      </h4>
      <Show when={props.interruptData !== undefined}>
        <details>
          <summary>interrupt_data</summary>
          <JsonTree value={props.interruptData} />
        </details>
      </Show>
      <label for="pg-resume-answer">{t.answer}</label>
      <input
        id="pg-resume-answer"
        type="text"
        value={answer()}
        onInput={(event) => setAnswer(event.currentTarget.value)}
        data-testid="resume-answer"
        required
      />
      <button type="submit" class="button pg-run" disabled={props.busy || !answer().trim()} data-testid="resume-run">
        {t.resume}
      </button>
      <p class="pg-muted">
        {t.sends} <code>{props.status.eventId}</code> {t.and} <code>{props.status.type}</code>.
      </p>
    </form>
  );
}
