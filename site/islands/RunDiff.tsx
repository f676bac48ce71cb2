import { For } from 'solid-js';
import { comparable, diffLines } from '../../lib/diff-lines';
import type { RunRecord } from './history-api';

/** A run's request as comparable text: method and URL, headers sorted, the body with JSON keys sorted. */
function requestText(run: RunRecord): string {
  const headers = Object.entries(run.request.headers)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}: ${value}`);
  return [`${run.request.method} ${run.request.url}`, ...headers, '', comparable(run.request.body ?? '')].join('\n');
}

/** A run's response as comparable text: status, then the body (JSON keys sorted) or each event with its data. */
function responseText(run: RunRecord): string {
  const body = run.response.events
    ? run.response.events.map((event) => `${event.event} ${comparable(event.data)}`).join('\n')
    : comparable(run.response.body ?? '');
  return [`${run.response.status}`, body].join('\n');
}

function Side(props: { title: string; left: string; right: string }) {
  const lines = () => diffLines(props.left, props.right);
  const changed = () => lines().filter((line) => line.kind !== 'same').length;
  return (
    <>
      <h4>
        {props.title} <span class="pg-muted">({changed() === 0 ? 'the same' : `${changed()} lines differ`})</span>
      </h4>
      <table class="pg-diff" data-testid={`diff-${props.title.toLowerCase()}`}>
        <tbody>
          <For each={lines()}>
            {(line) => (
              <tr class={`pg-diff-${line.kind}`}>
                <td>
                  <code>{line.kind === 'added' ? '' : line.text}</code>
                </td>
                <td>
                  <code>{line.kind === 'removed' ? '' : line.text}</code>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </>
  );
}

/** Two runs side by side: the difference of their requests and of their responses, line by line, JSON by content. */
export default function RunDiff(props: { left: RunRecord; right: RunRecord }) {
  return (
    <div class="pg-run-diff" data-testid="run-diff">
      <p class="pg-muted">
        Left: the older run ({new Date(props.left.startedAt).toLocaleTimeString()}); right: the newer (
        {new Date(props.right.startedAt).toLocaleTimeString()}).
      </p>
      <Side title="Request" left={requestText(props.left)} right={requestText(props.right)} />
      <Side title="Response" left={responseText(props.left)} right={responseText(props.right)} />
    </div>
  );
}
