import { createSignal, Show } from 'solid-js';
import type { StreamStatus } from '../../lib/stream-view';
import JsonTree from './JsonTree';
import { resumeFollowUp, type FollowUp } from './timeline';

type Interrupted = Extract<StreamStatus, { state: 'interrupted' }>;

/** A workflow's question at an Interrupt, an answer box and Resume, which continues the run in the same timeline. */
export default function ResumeForm(props: {
  status: Interrupted;
  interruptData: unknown;
  workflowId: string;
  busy: boolean;
  onResume: (next: FollowUp) => void;
}) {
  const [answer, setAnswer] = createSignal('');
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (answer().trim()) props.onResume(resumeFollowUp(props.workflowId, props.status, answer()));
  };
  return (
    <form class="pg-followup" data-testid="resume" onSubmit={submit}>
      <h4>
        The workflow asks{props.status.nodeTitle ? ` (${props.status.nodeTitle})` : ''}:{' '}
        <span data-testid="interrupt-question">{props.status.question ?? '(no question text)'}</span>
      </h4>
      <Show when={props.interruptData !== undefined}>
        <details>
          <summary>interrupt_data</summary>
          <JsonTree value={props.interruptData} />
        </details>
      </Show>
      <label for="pg-resume-answer">Your answer (resume_data)</label>
      <input
        id="pg-resume-answer"
        type="text"
        value={answer()}
        onInput={(event) => setAnswer(event.currentTarget.value)}
        data-testid="resume-answer"
        required
      />
      <button type="submit" class="button pg-run" disabled={props.busy || !answer().trim()} data-testid="resume-run">
        Resume
      </button>
      <p class="pg-muted">
        Sends stream_resume with event_id <code>{props.status.eventId}</code> and interrupt_type{' '}
        <code>{props.status.type}</code>.
      </p>
    </form>
  );
}
