import { createEffect, createResource, createSignal, For, on, Show } from 'solid-js';
import type { RequestSide } from '../../catalog/types';
import { valuesFromRecordedRequest, type FormValues, type Region } from '../../lib/request-model';
import { getRun, listedWith, listRuns, waitForRun, type RunRecord } from './history-api';
import RunDetail from './RunDetail';
import RunDiff from './RunDiff';
import ShareControl from './share/ShareControl';
import type { Texts } from '../../lib/i18n/lang';
import { useTexts } from './lang-context';

const TEXTS: Texts<{
  title: string;
  refresh: string;
  scope: string;
  unavailable: (why: string) => string;
  loading: string;
  none: string;
  compare: string;
  rerun: string;
  cannotCompare: (why: string) => string;
  comparing: string;
  tickOne: string;
  cannotOpen: (why: string) => string;
  opening: string;
}> = {
  en: {
    title: 'History',
    refresh: 'Refresh',
    scope: 'Your last 5 runs of this endpoint in the past 7 days, newest first.',
    unavailable: (why) => `History is unavailable: ${why}`,
    loading: 'Loading…',
    none: 'No runs yet.',
    compare: 'Compare this run',
    rerun: 'Re-run',
    cannotCompare: (why) => `Could not compare: ${why}`,
    comparing: 'Comparing…',
    tickOne: 'Tick one more run to compare the two.',
    cannotOpen: (why) => `Could not open the run: ${why}`,
    opening: 'Opening…',
  },
  zh: {
    title: '历史记录',
    refresh: '刷新',
    scope: '你最近 7 天内对这个接口的最后 5 次运行，最新的在前。',
    unavailable: (why) => `历史记录暂不可用：${why}`,
    loading: '加载中…',
    none: '还没有运行记录。',
    compare: '对比这次运行',
    rerun: '重新运行',
    cannotCompare: (why) => `无法对比：${why}`,
    comparing: '对比中…',
    tickOne: '再勾选一次运行即可对比两者。',
    cannotOpen: (why) => `无法打开这次运行：${why}`,
    opening: '打开中…',
  },
};

function when(startedAt: number): string {
  const date = new Date(startedAt);
  const today = new Date().toDateString() === date.toDateString();
  return today ? date.toLocaleTimeString() : date.toLocaleString();
}

/** The last five runs of this endpoint (7 days, this token's), newest first; open one to see or reload it. */
export default function History(props: {
  endpoint: RequestSide;
  token: string;
  /** The run the last Run made, as its response's `x-playground-run-id` names it: listed once saved. */
  savedRunId?: string;
  /** A run to open, e.g. the one just made. */
  openRunId?: string;
  /**
   * Bumped by a caller that made a run whose id it cannot read: a browser never sees a WebSocket
   * handshake's headers. The list is read again then, and once more after the session's save.
   */
  refresh?: number;
  onLoad: (loaded: { region?: Region; values: FormValues }) => void;
  /** Loads a run into the form and runs it again. */
  onRerun?: (loaded: { region?: Region; values: FormValues }) => void;
}) {
  const t = useTexts(TEXTS);
  const [runs, { refetch }] = createResource(
    () => ({ id: props.endpoint.id, token: props.token }),
    (key) => listRuns(key.id, key.token),
  );
  createEffect(
    on(
      () => props.refresh,
      () => {
        void refetch();
        setTimeout(() => void refetch(), 1500);
      },
      { defer: true },
    ),
  );
  // A run just made is listed when history has saved it, found by the id its response carried: the
  // list is read again then, and shows the run even if KV's list has not caught up.
  const [saved, setSaved] = createSignal<RunRecord>();
  createEffect(
    on(
      () => props.token,
      () => setSaved(undefined),
      { defer: true },
    ),
  );
  createEffect(
    on(
      () => props.savedRunId,
      (id) => {
        const token = props.token;
        if (!id || !token) return;
        waitForRun(id, token).then(
          (record) => {
            if (!record || token !== props.token) return;
            setSaved(record);
            void refetch();
          },
          () => void refetch(),
        );
      },
    ),
  );
  const [selected, setSelected] = createSignal<string>();
  const [run] = createResource(
    () => (selected() ? { id: selected()!, token: props.token } : undefined),
    (key) => getRun(key.id, key.token),
  );
  createEffect(
    on(
      () => props.openRunId,
      (id) => id && setSelected(id),
    ),
  );
  /** One click: the run's request back in the form, and Run. */
  async function rerun(id: string): Promise<void> {
    const record = await getRun(id, props.token);
    props.onRerun?.(valuesFromRecordedRequest(props.endpoint, record.request));
  }
  // Two runs ticked for comparison (a third replaces the older tick), read and diffed.
  const [compared, setCompared] = createSignal<readonly string[]>([]);
  const toggleCompare = (id: string, on: boolean) =>
    setCompared((ids) => (on ? [...ids.filter((x) => x !== id), id].slice(-2) : ids.filter((x) => x !== id)));
  const [pair] = createResource(
    () => (compared().length === 2 ? { ids: compared(), token: props.token } : undefined),
    async (key) => {
      const both = await Promise.all(key.ids.map((id) => getRun(id, key.token)));
      return both.sort((a, b) => a.startedAt - b.startedAt);
    },
  );
  // Reading an errored resource throws, so the view reads them only when they hold a value.
  const list = () => {
    const listed = runs.state === 'ready' || runs.state === 'refreshing' ? runs() : undefined;
    const record = saved();
    return listed && listedWith(listed, record?.endpointId === props.endpoint.id ? record : undefined);
  };
  const record = () => (run.state === 'ready' ? run() : undefined);

  return (
    <section class="pg-panel" aria-labelledby="pg-history-title" data-testid="history">
      <div class="pg-bar">
        <h3 id="pg-history-title">{t.title}</h3>
        <button type="button" class="pg-link" onClick={() => refetch()}>
          {t.refresh}
        </button>
      </div>
      <p class="pg-muted">{t.scope}</p>
      <Show
        when={runs.state !== 'errored'}
        fallback={<p class="pg-status pg-status-failed">{t.unavailable((runs.error as Error)?.message)}</p>}
      >
        <Show when={list()?.length} fallback={<p class="pg-muted">{runs.loading ? t.loading : t.none}</p>}>
          <ol class="pg-runs" data-testid="history-runs">
            <For each={list()}>
              {(summary) => (
                <li data-run-id={summary.id}>
                  <input
                    type="checkbox"
                    aria-label={t.compare}
                    checked={compared().includes(summary.id)}
                    onChange={(event) => toggleCompare(summary.id, event.currentTarget.checked)}
                    data-testid="compare-run"
                  />{' '}
                  <button
                    type="button"
                    class="pg-run-button"
                    aria-pressed={selected() === summary.id}
                    onClick={() => setSelected(selected() === summary.id ? undefined : summary.id)}
                  >
                    <span class={summary.status < 300 ? 'pg-ok' : 'pg-err'}>{summary.status}</span>{' '}
                    {when(summary.startedAt)} · {Math.round(summary.durationMs)} ms · {summary.region} · {summary.kind}
                  </button>
                  <Show when={props.onRerun}>
                    {' '}
                    {/* A link to the playground above (not a second button in the row): it fills the form and runs. */}
                    <a
                      href="#play"
                      class="pg-link"
                      onClick={(event) => {
                        event.preventDefault();
                        void rerun(summary.id);
                      }}
                      data-testid="rerun-run"
                    >
                      {t.rerun}
                    </a>
                  </Show>{' '}
                  {/* The run's request as a share link: the form filled as that run sent it, never the token. */}
                  <ShareControl
                    testId="share-run"
                    source={async () => {
                      const loaded = valuesFromRecordedRequest(
                        props.endpoint,
                        (await getRun(summary.id, props.token)).request,
                      );
                      return { endpointId: props.endpoint.id, ...loaded, tokens: [props.token] };
                    }}
                  />
                </li>
              )}
            </For>
          </ol>
        </Show>
      </Show>
      <Show when={compared().length === 2}>
        <Show
          when={pair.state === 'ready' && pair()}
          fallback={
            <p class="pg-muted">
              {pair.state === 'errored' ? t.cannotCompare((pair.error as Error).message) : t.comparing}
            </p>
          }
        >
          {(both) => <RunDiff left={both()[0]!} right={both()[1]!} />}
        </Show>
      </Show>
      <Show when={compared().length === 1}>
        <p class="pg-muted">{t.tickOne}</p>
      </Show>
      <Show when={selected()}>
        <Show
          when={record()}
          fallback={
            <p class="pg-muted">{run.state === 'errored' ? t.cannotOpen((run.error as Error).message) : t.opening}</p>
          }
        >
          {(detail) => (
            <RunDetail
              run={detail()}
              endpoint={props.endpoint}
              onLoad={() => props.onLoad(valuesFromRecordedRequest(props.endpoint, detail().request))}
              onRerun={
                props.onRerun
                  ? () => props.onRerun!(valuesFromRecordedRequest(props.endpoint, detail().request))
                  : undefined
              }
            />
          )}
        </Show>
      </Show>
    </section>
  );
}
