import { For, Match, Show, Switch } from 'solid-js';
import { safeLinkHref } from '../../lib/safe-link';
import type { StreamStatus as Status } from '../../lib/stream-view';
import CodeMeaning from './CodeMeaning';

const INTERRUPT_TYPES: Record<number, string> = {
  2: 'question node',
  5: 'input node',
  6: 'local plugin',
  7: 'OAuth plugin',
};

/** Where a stream stands, in words, with what to do next. */
export default function StreamStatus(props: { status: Status }) {
  return (
    <div
      class={`pg-status pg-status-${props.status.state}`}
      data-testid="stream-status"
      data-state={props.status.state}
    >
      <Switch>
        <Match when={props.status.state === 'streaming'}>Streaming…</Match>
        <Match when={props.status.state === 'done' && props.status}>
          {(status) => {
            const done = () => status() as Extract<Status, { state: 'done' }>;
            return (
              <>
                Done{done().tokenCount !== undefined ? ` · ${done().tokenCount} tokens` : ''}
                <Show when={safeLinkHref(done().debugUrl)}>
                  {(url) => (
                    <>
                      {' · '}
                      <a href={url()} target="_blank" rel="noreferrer noopener">
                        trace
                      </a>
                    </>
                  )}
                </Show>
              </>
            );
          }}
        </Match>
        <Match when={props.status.state === 'requires_action' && props.status}>
          {(status) => {
            const action = () => status() as Extract<Status, { state: 'requires_action' }>;
            return (
              <>
                <p>
                  The agent waits for local tool results: run these calls and answer them with submit-tool-outputs
                  (conversation {action().conversationId}, chat {action().chatId}).
                </p>
                <ul>
                  <For each={action().toolCalls}>
                    {(call) => (
                      <li>
                        <code>{call.id}</code> {call.name}(<code>{call.arguments}</code>)
                      </li>
                    )}
                  </For>
                </ul>
              </>
            );
          }}
        </Match>
        <Match when={props.status.state === 'interrupted' && props.status}>
          {(status) => {
            const stop = () => status() as Extract<Status, { state: 'interrupted' }>;
            return (
              <p>
                Interrupted at a {INTERRUPT_TYPES[stop().type] ?? `type ${stop().type} node`}
                {stop().nodeTitle ? ` (${stop().nodeTitle})` : ''}
                {stop().question ? `: “${stop().question}”` : ''}. Resume with event_id <code>{stop().eventId}</code>{' '}
                and interrupt_type <code>{stop().type}</code>.
              </p>
            );
          }}
        </Match>
        <Match when={props.status.state === 'failed' && props.status}>
          {(status) => {
            const failed = () => status() as Extract<Status, { state: 'failed' }>;
            const code = () => (typeof failed().code === 'number' ? (failed().code as number) : undefined);
            return (
              <p role="alert">
                Failed{failed().code !== undefined ? ` (${failed().code})` : ''}: {failed().message}
                <Show when={code()}>{(known) => <CodeMeaning code={known()} />}</Show>
              </p>
            );
          }}
        </Match>
        <Match when={props.status.state === 'incomplete'}>The stream closed before its final event.</Match>
      </Switch>
    </div>
  );
}
