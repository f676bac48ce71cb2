import { For, Match, Show, Switch } from 'solid-js';
import { RUN_ID_HEADER, SHOWN_LOCATION_HEADER } from '../../lib/relay-headers';
import { readValidationHeader, VALIDATION_HEADER } from '../../lib/validation-header';
import type { RunState } from './runner';
import ResponseBody from './ResponseBody';
import StreamPanel from './StreamPanel';
import ValidationNote from './ValidationNote';
import type { Texts } from '../../lib/i18n/lang';
import { useTexts } from './lang-context';

const TEXTS: Texts<{
  waiting: string;
  noResponse: string;
  firstByte: string;
  total: string;
  streaming: string;
  upstream: string;
  redirect: string;
  notFollowed: string;
  headers: string;
  openRun: string;
  download: (what: string, size: number) => string;
  theBody: string;
}> = {
  en: {
    waiting: 'Waiting for the response…',
    noResponse: 'No response',
    firstByte: 'first byte',
    total: 'total',
    streaming: 'streaming…',
    upstream: 'upstream',
    redirect: 'Redirect to',
    notFollowed: ', not followed: the relay never sends a call anywhere but Coze.',
    headers: 'Headers',
    openRun: 'Open this run in history',
    download: (what, size) => `Download ${what} (${size} bytes)`,
    theBody: 'the body',
  },
  zh: {
    waiting: '等待响应…',
    noResponse: '没有响应',
    firstByte: '首字节',
    total: '总计',
    streaming: '流式传输中…',
    upstream: '上游',
    redirect: '重定向到',
    notFollowed: '，未跟随：中转服务只会把请求发往 Coze。',
    headers: '响应头',
    openRun: '在历史记录中打开这次运行',
    download: (what, size) => `下载 ${what}（${size} 字节）`,
    theBody: '响应体',
  },
};

function ms(value: number | undefined): string {
  if (value === undefined) return '…';
  return value < 1000 ? `${value} ms` : `${(value / 1000).toFixed(2)} s`;
}

function header(state: RunState, name: string): string | undefined {
  return state.headers?.find(([key]) => key.toLowerCase() === name)?.[1];
}

function upstreamMs(state: RunState): number | undefined {
  const match = /dur=([\d.]+)/.exec(header(state, 'server-timing') ?? '');
  return match ? Math.round(Number(match[1])) : undefined;
}

function extensionOf(type: string): string {
  const sub = type.split('/')[1]?.split(';')[0] ?? '';
  return (
    { mpeg: 'mp3', 'x-wav': 'wav', wave: 'wav', 'octet-stream': 'bin' }[sub] ?? (/^[a-z0-9]+$/.test(sub) ? sub : 'bin')
  );
}

/** One call's response: status and timings, headers, and the body as it arrives. */
export default function RunSegment(props: { state: RunState; onOpenRun?: (runId: string) => void }) {
  const t = useTexts(TEXTS);
  const ok = () => (props.state.status ?? 0) >= 200 && (props.state.status ?? 0) < 300;
  const logid = () => header(props.state, 'x-tt-logid');
  const runId = () => header(props.state, RUN_ID_HEADER);
  const validation = () => readValidationHeader(header(props.state, VALIDATION_HEADER));
  return (
    <div class="pg-segment" data-testid="segment" data-phase={props.state.phase}>
      <p class="pg-line">
        <Show
          when={props.state.status !== undefined}
          fallback={<span class="pg-muted">{props.state.phase === 'waiting' ? t.waiting : t.noResponse}</span>}
        >
          <strong class={ok() ? 'pg-ok' : 'pg-err'} data-testid="response-status">
            {props.state.status} {props.state.statusText}
          </strong>
        </Show>
        <span class="pg-timing">
          {' · '}
          {t.firstByte} {ms(props.state.ttfbMs)} · {t.total}{' '}
          {props.state.phase === 'receiving' ? t.streaming : ms(props.state.totalMs)}
          <Show when={upstreamMs(props.state) !== undefined}>
            {' · '}
            {t.upstream} {ms(upstreamMs(props.state))}
          </Show>
        </span>
      </p>
      <Show when={logid()}>
        <p class="pg-line pg-muted">
          logid <code data-testid="logid">{logid()}</code>
        </p>
      </Show>
      <Show when={header(props.state, SHOWN_LOCATION_HEADER)}>
        {(location) => (
          <p class="pg-line pg-muted" data-testid="redirect-location">
            {t.redirect} <code>{location()}</code>
            {t.notFollowed}
          </p>
        )}
      </Show>
      <Show when={validation()}>
        {(report) => <ValidationNote issues={report().issues} omitted={report().omitted} />}
      </Show>
      <Show when={props.state.error}>
        <p
          class={`pg-status ${props.state.phase === 'stopped' ? 'pg-status-incomplete' : 'pg-status-failed'}`}
          role="alert"
        >
          {props.state.error}
        </p>
      </Show>
      <Show when={props.state.headers?.length}>
        <details class="pg-headers-box">
          <summary>{t.headers}</summary>
          <dl class="pg-headers">
            <For each={props.state.headers}>
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
          <Show when={runId() && props.onOpenRun}>
            <button type="button" class="pg-link" onClick={() => props.onOpenRun!(runId()!)}>
              {t.openRun}
            </button>
          </Show>
        </details>
      </Show>
      <Switch>
        <Match when={props.state.stream}>{(view) => <StreamPanel view={view()} raw={props.state.raw} />}</Match>
        <Match when={props.state.blob}>
          {(blob) => (
            <div class="pg-body">
              <Show when={blob().type.startsWith('audio/')}>
                <audio controls src={blob().url} data-testid="audio" />
              </Show>
              <p>
                <a href={blob().url} download={`response.${extensionOf(blob().type)}`}>
                  {t.download(blob().type || t.theBody, blob().size)}
                </a>
              </p>
            </div>
          )}
        </Match>
        <Match when={props.state.text !== undefined}>
          <ResponseBody
            json={props.state.json}
            text={props.state.text ?? ''}
            expectedStream={props.state.expectedStream}
          />
        </Match>
      </Switch>
    </div>
  );
}
