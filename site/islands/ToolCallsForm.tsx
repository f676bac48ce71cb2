import { createSignal, For } from 'solid-js';
import type { StreamStatus, ToolCall } from '../../lib/stream-view';
import { cannedToolOutput, toolOutputsFollowUp, type FollowUp } from './timeline';
import type { Texts } from '../../lib/i18n/lang';
import { useTexts } from './lang-context';

const TEXTS: Texts<{
  waits: (count: number, round: number) => string;
  how: string;
  canned: string;
  submit: (count: number) => string;
}> = {
  en: {
    waits: (count, round) => `The agent waits for ${count === 1 ? 'a local tool' : 'local tools'} (round ${round})`,
    how: 'Run each call yourself, or keep the canned answer, then submit: the chat carries on below.',
    canned: 'Canned answer',
    submit: (count) => `Submit ${count === 1 ? 'tool output' : `${count} tool outputs`}`,
  },
  zh: {
    waits: (count, round) => `智能体在等待${count === 1 ? '一个' : ' ' + count + ' 个'}本地工具（第 ${round} 轮）`,
    how: '自己执行每个调用，或保留预置的回答，然后提交：对话会在下方继续。',
    canned: '预置回答',
    submit: (count) => (count === 1 ? '提交工具输出' : `提交 ${count} 个工具输出`),
  },
};

type RequiresAction = Extract<StreamStatus, { state: 'requires_action' }>;

/**
 * The tool calls a chat waits on, each with a field for its output (a canned answer to start
 * from), and one button that submits them all and carries the chat on in the same timeline.
 */
export default function ToolCallsForm(props: {
  status: RequiresAction;
  stream: boolean;
  round: number;
  busy: boolean;
  onSubmit: (next: FollowUp) => void;
}) {
  const t = useTexts(TEXTS);
  const [outputs, setOutputs] = createSignal<string[]>(props.status.toolCalls.map((call) => cannedToolOutput(call)));
  const setOutput = (index: number, value: string) =>
    setOutputs((list) => list.map((old, i) => (i === index ? value : old)));
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    props.onSubmit(toolOutputsFollowUp(props.status, outputs(), props.stream, props.round));
  };
  return (
    <form class="pg-followup" data-testid="tool-calls" onSubmit={submit}>
      <h4>{t.waits(props.status.toolCalls.length, props.round)}</h4>
      <p class="pg-muted">{t.how}</p>
      <For each={props.status.toolCalls}>
        {(call: ToolCall, index) => (
          <div class="pg-tool-call" data-testid="tool-call">
            <label for={`pg-tool-output-${index()}`}>
              <code data-testid="tool-name">{call.name}</code>(
              <code data-testid="tool-arguments">{call.arguments}</code>)<span class="pg-muted"> {call.id}</span>
            </label>
            <textarea
              id={`pg-tool-output-${index()}`}
              rows={2}
              value={outputs()[index()] ?? ''}
              onInput={(event) => setOutput(index(), event.currentTarget.value)}
              data-testid="tool-output"
            />
            <button
              type="button"
              class="pg-link"
              onClick={() => setOutput(index(), cannedToolOutput(call))}
              data-testid="tool-canned"
            >
              {t.canned}
            </button>
          </div>
        )}
      </For>
      <button type="submit" class="button pg-run" disabled={props.busy} data-testid="submit-tool-outputs">
        {t.submit(props.status.toolCalls.length)}
      </button>
    </form>
  );
}
