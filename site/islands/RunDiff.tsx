import { For } from 'solid-js';
import { comparable, diffLines } from '../../lib/diff-lines';
import type { RunRecord } from './history-api';
import type { Texts } from '../../lib/i18n/lang';
import { useTexts } from './lang-context';

const TEXTS: Texts<{
  same: string;
  differ: (n: number) => string;
  sides: (left: string, right: string) => string;
  request: string;
  response: string;
}> = {
  en: {
    same: 'the same',
    differ: (n) => `${n} lines differ`,
    sides: (left, right) => `Left: the older run (${left}); right: the newer (${right}).`,
    request: 'Request',
    response: 'Response',
  },
  zh: {
    same: '相同',
    differ: (n) => `${n} 行不同`,
    sides: (left, right) => `左侧：较早的运行（${left}）；右侧：较新的运行（${right}）。`,
    request: '请求',
    response: '响应',
  },
};

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

function Side(props: { title: string; testId: string; left: string; right: string }) {
  const t = useTexts(TEXTS);
  const lines = () => diffLines(props.left, props.right);
  const changed = () => lines().filter((line) => line.kind !== 'same').length;
  return (
    <>
      <h4>
        {props.title} <span class="pg-muted">({changed() === 0 ? t.same : t.differ(changed())})</span>
      </h4>
      <table class="pg-diff" data-testid={`diff-${props.testId}`}>
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
  const t = useTexts(TEXTS);
  return (
    <div class="pg-run-diff" data-testid="run-diff">
      <p class="pg-muted">
        {t.sides(
          new Date(props.left.startedAt).toLocaleTimeString(),
          new Date(props.right.startedAt).toLocaleTimeString(),
        )}
      </p>
      <Side title={t.request} testId="request" left={requestText(props.left)} right={requestText(props.right)} />
      <Side title={t.response} testId="response" left={responseText(props.left)} right={responseText(props.right)} />
    </div>
  );
}
