import { createSignal, For } from 'solid-js';
import type { StreamStatus, ToolCall } from '../../lib/stream-view';
import { cannedToolOutput, toolOutputsFollowUp, type FollowUp } from './timeline';

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
  const [outputs, setOutputs] = createSignal<string[]>(props.status.toolCalls.map((call) => cannedToolOutput(call)));
  const setOutput = (index: number, value: string) =>
    setOutputs((list) => list.map((old, i) => (i === index ? value : old)));
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    props.onSubmit(toolOutputsFollowUp(props.status, outputs(), props.stream, props.round));
  };
  return (
    <form class="pg-followup" data-testid="tool-calls" onSubmit={submit}>
      <h4>
        The agent waits for {props.status.toolCalls.length === 1 ? 'a local tool' : 'local tools'} (round {props.round})
      </h4>
      <p class="pg-muted">Run each call yourself, or keep the canned answer, then submit: the chat carries on below.</p>
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
              Canned answer
            </button>
          </div>
        )}
      </For>
      <button type="submit" class="button pg-run" disabled={props.busy} data-testid="submit-tool-outputs">
        Submit {props.status.toolCalls.length === 1 ? 'tool output' : `${props.status.toolCalls.length} tool outputs`}
      </button>
    </form>
  );
}
