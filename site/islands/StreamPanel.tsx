import { createSignal, For, Show } from 'solid-js';
import { deltaText, eventsPerSecond, type StreamView } from '../../lib/stream-view';
import JsonTree from './JsonTree';
import StreamStatus from './StreamStatus';
import type { Texts } from '../../lib/i18n/lang';
import { useTexts } from './lang-context';

const TEXTS: Texts<{
  reasoning: string;
  answer: string;
  output: string;
  firstToken: string;
  tokens: string;
  tokensIn: string;
  tokensOut: string;
  rate: (n: string) => string;
  events: string;
  filter: string;
  allTypes: string;
  raw: string;
}> = {
  en: {
    reasoning: 'Reasoning',
    answer: 'Answer',
    output: 'Output',
    firstToken: 'first answer token',
    tokens: ' · tokens ',
    tokensIn: 'in',
    tokensOut: 'out',
    rate: (n) => `${n} events/s`,
    events: 'Events',
    filter: 'Show events of one type',
    allTypes: 'All types',
    raw: 'Raw',
  },
  zh: {
    reasoning: '思考过程',
    answer: '回答',
    output: '输出',
    firstToken: '首个回答 token',
    tokens: ' · token ',
    tokensIn: '输入',
    tokensOut: '输出',
    rate: (n) => `${n} 个事件/秒`,
    events: '事件',
    filter: '只显示某一类事件',
    allTypes: '全部类型',
    raw: '原文',
  },
};

function preview(data: unknown): string {
  const text = typeof data === 'string' ? data : JSON.stringify(data);
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

/** A stream as it arrives: the assembled answer, the status, every event with its time offset, or the raw text. */
export default function StreamPanel(props: { view: StreamView; raw?: string }) {
  const t = useTexts(TEXTS);
  const [showRaw, setShowRaw] = createSignal(false);
  const [only, setOnly] = createSignal('');
  const names = () => [...new Set(props.view.events.map((event) => event.event))];
  const shown = () => (only() ? props.view.events.filter((event) => event.event === only()) : props.view.events);
  const rate = () => eventsPerSecond(props.view.events);
  return (
    <div class="pg-stream" data-testid="stream">
      <Show when={props.view.reasoning}>
        <details class="pg-reasoning">
          <summary>{t.reasoning}</summary>
          <p class="pg-answer-text">{props.view.reasoning}</p>
        </details>
      </Show>
      <div class="pg-answer" aria-live="polite" aria-busy={props.view.status.state === 'streaming'}>
        <h4>{props.view.assemble === 'chat' ? t.answer : t.output}</h4>
        <p class="pg-answer-text" data-testid="answer">
          {props.view.answer}
        </p>
      </div>
      <StreamStatus status={props.view.status} />
      <p class="pg-line pg-muted pg-figures" data-testid="stream-figures">
        {t.firstToken}{' '}
        <strong data-testid="first-token">
          {props.view.firstAnswerMs === undefined ? '…' : `+${props.view.firstAnswerMs} ms`}
        </strong>
        <Show when={props.view.usage}>
          {(usage) => (
            <>
              {t.tokens}
              <span data-testid="tokens">
                {t.tokensIn} {usage().input ?? '?'} · {t.tokensOut} {usage().output ?? '?'}
              </span>
            </>
          )}
        </Show>
        <Show when={rate() !== undefined}>
          {' · '}
          <span data-testid="events-rate">{t.rate(rate()!.toFixed(1))}</span>
        </Show>
      </p>
      <div class="pg-bar">
        <h4>
          {t.events} <span class="pg-muted">({props.view.events.length})</span>
        </h4>
        <select
          class="pg-input pg-event-filter"
          aria-label={t.filter}
          value={only()}
          onChange={(event) => setOnly(event.currentTarget.value)}
          data-testid="event-filter"
        >
          <option value="">{t.allTypes}</option>
          <For each={names()}>{(name) => <option value={name}>{name}</option>}</For>
        </select>
        <button type="button" class="button" aria-pressed={showRaw()} onClick={() => setShowRaw(!showRaw())}>
          {t.raw}
        </button>
      </div>
      <Show
        when={showRaw()}
        fallback={
          <ol class="pg-events" data-testid="stream-events">
            <For each={shown()}>
              {(event) => (
                <li>
                  <details>
                    <summary>
                      <span class="pg-offset">+{event.offsetMs} ms</span>{' '}
                      <code class="pg-event-name">{event.event}</code>
                      <Show when={event.id !== undefined}>
                        <span class="pg-muted"> #{event.id}</span>
                      </Show>{' '}
                      <Show
                        when={deltaText(event) !== undefined}
                        fallback={<span class="pg-muted pg-clip">{preview(event.data)}</span>}
                      >
                        <span class="pg-delta" data-testid="delta-text">
                          {JSON.stringify(deltaText(event))}
                        </span>
                      </Show>
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
