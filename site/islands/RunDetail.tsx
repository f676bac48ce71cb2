import { For, Show } from 'solid-js';
import type { RequestSide } from '../../catalog/types';
import { foldStream } from '../../lib/stream-view';
import type { RunRecord } from './history-api';
import ResponseBody from './ResponseBody';
import StreamPanel from './StreamPanel';
import ValidationNote from './ValidationNote';
import type { Texts } from '../../lib/i18n/lang';
import { useTexts } from './lang-context';

const TEXTS: Texts<{
  request: string;
  load: string;
  rerun: string;
  response: string;
  firstByte: string;
  total: string;
  atLeast: string;
  bytes: string;
  cut: string;
  notText: (kind: string) => string;
}> = {
  en: {
    request: 'Request',
    load: 'Load into form',
    rerun: 'Re-run',
    response: 'Response',
    firstByte: 'first byte',
    total: 'total',
    atLeast: 'at least ',
    bytes: 'bytes',
    cut: ' · recording cut at its limit',
    notText: (kind) => `The body (${kind}) was not recorded as text.`,
  },
  zh: {
    request: '请求',
    load: '载入表单',
    rerun: '重新运行',
    response: '响应',
    firstByte: '首字节',
    total: '总计',
    atLeast: '至少 ',
    bytes: '字节',
    cut: ' · 记录已达上限被截断',
    notText: (kind) => `响应体（${kind}）未以文本记录。`,
  },
};

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
  endpoint: RequestSide;
  onLoad: () => void;
  onRerun?: () => void;
}) {
  const t = useTexts(TEXTS);
  const events = () => props.run.response.events;
  return (
    <div class="pg-run-detail" data-testid="run-detail">
      <div class="pg-bar">
        <h4>{t.request}</h4>
        <span class="pg-bar">
          <button type="button" class="button" onClick={() => props.onLoad()}>
            {t.load}
          </button>
          <Show when={props.onRerun}>
            <button type="button" class="button" onClick={() => props.onRerun!()} data-testid="rerun">
              {t.rerun}
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
        {t.response}{' '}
        <span class={props.run.response.status < 300 ? 'pg-ok' : 'pg-err'}>{props.run.response.status}</span>
        <span class="pg-muted">
          {' '}
          · {t.firstByte} {props.run.ttfbMs} ms · {t.total} {props.run.durationMs} ms ·{' '}
          {props.run.response.bytesAtLeast ? t.atLeast : ''}
          {props.run.response.bytes} {t.bytes}
          {props.run.response.truncated ? t.cut : ''}
        </span>
      </h4>
      <Show when={props.run.response.error}>{(error) => <p class="pg-status pg-status-failed">{error()}</p>}</Show>
      <Headers headers={props.run.response.headers} />
      <Show
        when={events()}
        fallback={
          <Show
            when={props.run.response.body !== undefined}
            fallback={<p class="pg-muted">{t.notText(props.run.response.kind)}</p>}
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
