import { For, Show } from 'solid-js';
import type { Endpoint } from '../../catalog/types';
import { foldStream } from '../../lib/stream-view';
import type { RunRecord } from './history-api';
import ResponseBody from './ResponseBody';
import StreamPanel from './StreamPanel';
import ValidationNote from './ValidationNote';

function parse(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function Headers(props: { headers: Record<string, string> }) {
  return (
    <dl class="pg-headers">
      <For each={Object.entries(props.headers)}>
        {([name, value]) => (
          <>
            <dt>{name}</dt>
            <dd>
              <code>{value}</code>
            </dd>
          </>
        )}
      </For>
    </dl>
  );
}

/** One recorded run: its request and its response, a stream's events with their offsets. */
export default function RunDetail(props: {
  run: RunRecord;
  endpoint: Endpoint;
  onLoad: () => void;
  onRerun?: () => void;
}) {
  const events = () => props.run.response.events;
  return (
    <div class="pg-run-detail" data-testid="run-detail">
      <div class="pg-bar">
        <h4>Request</h4>
        <span class="pg-bar">
          <button type="button" class="button" onClick={() => props.onLoad()}>
            Load into form
          </button>
          <Show when={props.onRerun}>
            <button type="button" class="button" onClick={() => props.onRerun!()} data-testid="rerun">
              Re-run
            </button>
          </Show>
        </span>
      </div>
      <p class="pg-line">
        <span class={`method m-${props.run.request.method.toLowerCase()}`}>{props.run.request.method}</span>{' '}
        <code>{props.run.request.url}</code>
      </p>
      <Headers headers={props.run.request.headers} />
      <Show when={props.run.request.body}>{(body) => <pre class="pg-pre">{body()}</pre>}</Show>
      <Show when={props.run.request.bodyNote}>{(note) => <p class="pg-muted">{note()}</p>}</Show>
      <Show when={props.run.validation?.length ? props.run.validation : undefined}>
        {(issues) => <ValidationNote issues={issues()} />}
      </Show>
      <h4>
        Response <span class={props.run.response.status < 300 ? 'pg-ok' : 'pg-err'}>{props.run.response.status}</span>
        <span class="pg-muted">
          {' '}
          · first byte {props.run.ttfbMs} ms · total {props.run.durationMs} ms ·{' '}
          {props.run.response.bytesAtLeast ? 'at least ' : ''}
          {props.run.response.bytes} bytes
          {props.run.response.truncated ? ' · recording cut at its limit' : ''}
        </span>
      </h4>
      <Show when={props.run.response.error}>{(error) => <p class="pg-status pg-status-failed">{error()}</p>}</Show>
      <Headers headers={props.run.response.headers} />
      <Show
        when={events()}
        fallback={
          <Show
            when={props.run.response.body !== undefined}
            fallback={<p class="pg-muted">The body ({props.run.response.kind}) was not recorded as text.</p>}
          >
            <ResponseBody
              json={parse(props.run.response.body)}
              text={props.run.response.body ?? ''}
              expectedStream={false}
            />
          </Show>
        }
      >
        {(list) => (
          <StreamPanel
            view={foldStream(props.endpoint.streaming?.assemble ?? 'chat', list())}
            raw={list()
              .map(
                (event) =>
                  `${event.id !== undefined ? `id: ${event.id}\n` : ''}event: ${event.event}\n${event.data
                    .split('\n')
                    .map((line) => `data: ${line}\n`)
                    .join('')}`,
              )
              .join('\n')}
          />
        )}
      </Show>
    </div>
  );
}
