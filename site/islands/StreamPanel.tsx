import { createSignal, For, Show } from 'solid-js';
import type { StreamView } from '../../lib/stream-view';
import JsonTree from './JsonTree';
import StreamStatus from './StreamStatus';

function preview(data: unknown): string {
  const text = typeof data === 'string' ? data : JSON.stringify(data);
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

/** A stream as it arrives: the assembled answer, the status, every event with its time offset, or the raw text. */
export default function StreamPanel(props: { view: StreamView; raw?: string }) {
  const [showRaw, setShowRaw] = createSignal(false);
  return (
    <div class="pg-stream" data-testid="stream">
      <Show when={props.view.reasoning}>
        <details class="pg-reasoning">
          <summary>Reasoning</summary>
          <p class="pg-answer-text">{props.view.reasoning}</p>
        </details>
      </Show>
      <div class="pg-answer" aria-live="polite" aria-busy={props.view.status.state === 'streaming'}>
        <h4>{props.view.assemble === 'chat' ? 'Answer' : 'Output'}</h4>
        <p class="pg-answer-text" data-testid="answer">
          {props.view.answer}
        </p>
      </div>
      <StreamStatus status={props.view.status} />
      <div class="pg-bar">
        <h4>
          Events <span class="pg-muted">({props.view.events.length})</span>
        </h4>
        <button type="button" class="button" aria-pressed={showRaw()} onClick={() => setShowRaw(!showRaw())}>
          Raw
        </button>
      </div>
      <Show
        when={showRaw()}
        fallback={
          <ol class="pg-events" data-testid="stream-events">
            <For each={props.view.events}>
              {(event) => (
                <li>
                  <details>
                    <summary>
                      <span class="pg-offset">+{event.offsetMs} ms</span>{' '}
                      <code class="pg-event-name">{event.event}</code>
                      <Show when={event.id !== undefined}>
                        <span class="pg-muted"> #{event.id}</span>
                      </Show>{' '}
                      <span class="pg-muted pg-clip">{preview(event.data)}</span>
                    </summary>
                    <JsonTree value={event.data} />
                  </details>
                </li>
              )}
            </For>
          </ol>
        }
      >
        <pre class="pg-pre" data-testid="raw-stream">
          {props.raw ?? ''}
        </pre>
      </Show>
    </div>
  );
}
