import { batch, createEffect, createMemo, createSignal, lazy, on, onCleanup, onMount, Show } from 'solid-js';
import { isServer } from 'solid-js/web';
import type { RequestSide } from '../../catalog/types';
import { isApiErrorBody, type FieldIssue } from '../../lib/api-error';
import { RUN_ID_HEADER } from '../../lib/relay-headers';
import { readValidationHeader, VALIDATION_HEADER } from '../../lib/validation-header';
import {
  buildRequest,
  exampleValues,
  getIn,
  pruneValues,
  removeIn,
  setIn,
  type FormValues,
  type Region,
  type Segment,
} from '../../lib/request-model';
import { validateRequest } from '../../lib/validate-request';
import { createConnection } from './connection';
import { FormContext, fieldId, fieldKey, type FormApi } from './form-context';
import type { PageHint } from './page-hints';
import RequestForm from './RequestForm';
import RequestPreview from './RequestPreview';
import RunBar, { type RunProblem } from './RunBar';
import type { RunState } from './runner';
import { PLAYGROUND_COMMAND } from './shortcuts/keys';
import type { FollowUp, Segment as TimelineSegment } from './timeline';
import TokenRegion from './TokenRegion';
import type { Texts } from '../../lib/i18n/lang';
import { useLang, useTexts } from './lang-context';
import WhenVisible from './WhenVisible';

// Loaded when needed, so a page ships the form first: the response panel and runner at the first
// run, samples and history when scrolled near.
const ResponseView = lazy(() => import('./ResponseView'));
const Samples = lazy(() => import('./Samples'));
const History = lazy(() => import('./History'));
// Asked only before a run that deletes data or costs money, on a real region: loaded when it is.
const ConfirmDialog = lazy(() => import('./ConfirmDialog'));
// Client-only and after the swap, so the static and live forms keep the same buttons when a click is replayed.
const SandboxNote = lazy(() => import('./SandboxNote'));

const SHARE: Texts<string> = { en: 'Share', zh: '分享' };

function issueKey(issue: FieldIssue): string {
  return issue.path ? `${issue.location}.${issue.path}` : issue.location;
}

/** A multipart body from the form's values: files as files, everything else as text. */
function formDataOf(body: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    if (value instanceof Blob) form.append(name, value, (value as File).name ?? name);
    else form.append(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return form;
}

const TEXTS: Texts<{
  needToken: (host: string) => string;
  destructive: (title: string, host: string) => string;
  billable: (title: string) => string;
  noRunner: (why: string) => string;
  notSent: (why: string) => string;
  parameters: string;
  samples: string;
  history: string;
}> = {
  en: {
    needToken: (host) => `Enter a Coze token to call ${host}`,
    destructive: (title, host) =>
      `${title} changes or deletes data in your Coze account (${host}), and it cannot be undone.`,
    billable: (title) => `${title} is billed: it uses model tokens or credits of your Coze account.`,
    noRunner: (why) => `The playground could not load its runner: ${why}`,
    notSent: (why) => `Could not send: ${why}`,
    parameters: 'Parameters',
    samples: 'Sample code',
    history: 'History',
  },
  zh: {
    needToken: (host) => `请填写 Coze 访问令牌才能调用 ${host}`,
    destructive: (title, host) => `「${title}」会修改或删除你 Coze 账号（${host}）中的数据，且无法撤销。`,
    billable: (title) => `「${title}」会计费：它会消耗你 Coze 账号的模型 token 或额度。`,
    noRunner: (why) => `调试台无法加载运行模块：${why}`,
    notSent: (why) => `无法发送：${why}`,
    parameters: '参数',
    samples: '示例代码',
    history: '历史记录',
  },
};

/** The playground for one loaded endpoint: connection, form, run, response, history and samples. */
export default function Workbench(props: { endpoint: RequestSide; hints: readonly PageHint[] }) {
  const connection = createConnection();
  const t = useTexts(TEXTS);
  const lang = useLang();
  const title = () => (lang === 'zh' ? props.endpoint.titleZh : props.endpoint.titleEn);
  // The run's timeline: the call Run sent, then each call that carried it on (tool outputs, a resume).
  const [segments, setSegments] = createSignal<readonly TimelineSegment[]>([]);
  const [running, setRunning] = createSignal(false);
  let controller: AbortController | undefined;
  let blobUrl: string | undefined;
  onCleanup(() => {
    controller?.abort();
    if (blobUrl) URL.revokeObjectURL(blobUrl);
  });
  const [values, setValues] = createSignal<FormValues>(exampleValues(props.endpoint));
  const [touched, setTouched] = createSignal<readonly string[]>([]);
  const [attempted, setAttempted] = createSignal(false);
  const [serverIssues, setServerIssues] = createSignal<readonly FieldIssue[]>([]);
  const [savedRunId, setSavedRunId] = createSignal<string>();
  const [openRunId, setOpenRunId] = createSignal<string>();
  const [confirming, setConfirming] = createSignal(false);

  // History follows the token once typing pauses, not on every keystroke.
  const [historyToken, setHistoryToken] = createSignal(connection.historyToken());
  let historyTimer: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on(
      connection.historyToken,
      (token) => {
        clearTimeout(historyTimer);
        historyTimer = setTimeout(() => setHistoryToken(token), 600);
      },
      { defer: true },
    ),
  );
  onCleanup(() => clearTimeout(historyTimer));

  const sent = createMemo(() => pruneValues(props.endpoint, values()));
  const issues = createMemo(() => validateRequest(props.endpoint, sent(), lang));
  const options = () => ({
    region: connection.region(),
    origin: isServer ? '' : window.location.origin,
    paceMs: connection.paceMs(),
  });
  const model = createMemo(() =>
    buildRequest(props.endpoint, values(), { ...options(), token: connection.runToken() }),
  );

  const shown = (key: string) =>
    attempted() || touched().some((prefix) => key === prefix || key.startsWith(`${prefix}.`));
  const allIssues = () => [...serverIssues(), ...issues()];

  const form: FormApi = {
    value: (segments) => getIn(values(), segments),
    set(segments, value, touch = true) {
      batch(() => {
        setValues((current) => setIn(current, segments as Segment[], value));
        if (touch) setTouched((keys) => (keys.includes(fieldKey(segments)) ? keys : [...keys, fieldKey(segments)]));
        setServerIssues([]);
      });
    },
    remove(segments) {
      setValues((current) => removeIn(current, segments as Segment[]));
    },
    message(segments) {
      const key = fieldKey(segments);
      const issue = allIssues().find((candidate) => issueKey(candidate) === key);
      return issue && (shown(key) || serverIssues().includes(issue)) ? issue.message : undefined;
    },
    connection: () => ({ ...options(), token: connection.runToken() }),
  };

  // A page opened from "use in…" (#use=body.bot_id=…) starts with that id filled in.
  if (!isServer && window.location.hash.startsWith('#use='))
    void import('./use-in').then(({ filledFromHash }) => {
      const filled = filledFromHash(window.location.hash);
      if (filled) form.set(filled.path, filled.value);
      history.replaceState(null, '', window.location.pathname + window.location.search);
    });

  // Loaded when asked for (workbench-extras.ts): a share link opened, Share and the shortcuts that need
  // the form (the top bar's command event), the ids of an accepted run.
  const extras = () => import('./workbench-extras');
  const slots: { share?: HTMLSpanElement; banner?: HTMLDivElement } = {};
  const hooks = {
    endpoint: props.endpoint,
    values,
    options,
    share: () => ({
      endpointId: props.endpoint.id,
      region: connection.region(),
      values: values(),
      tokens: [connection.token(), connection.historyToken(), connection.runToken()],
    }),
    load: (loaded: { region?: Region; values: FormValues }) => load(loaded, false),
    slot: (name: 'share' | 'banner') => slots[name]!,
  };
  if (!isServer && window.location.hash.startsWith('#share=')) void extras().then((x) => x.openShared(hooks));
  onMount(() => {
    const onCommand = (event: Event) => void extras().then((x) => x.command((event as CustomEvent).detail, hooks));
    window.addEventListener(PLAYGROUND_COMMAND, onCommand);
    onCleanup(() => window.removeEventListener(PLAYGROUND_COMMAND, onCommand));
  });

  const problems = createMemo<RunProblem[]>(() => {
    if (!attempted()) return [];
    const list: RunProblem[] = issues().map((issue) => {
      const key = issueKey(issue);
      const id = fieldId(key.split('.'));
      return { text: `${key}: ${issue.message}`, ...(document.getElementById(id) ? { controlId: id } : {}) };
    });
    if (!connection.runToken())
      list.unshift({ text: t.needToken(`api.coze.${connection.region()}`), controlId: 'pg-token' });
    return list;
  });

  const confirmMessage = () =>
    props.endpoint.destructive
      ? t.destructive(title(), connection.region() === 'cn' ? 'api.coze.cn' : 'api.coze.com')
      : t.billable(title());

  async function send(): Promise<void> {
    const request = model();
    const body =
      request.body.kind === 'json'
        ? request.body.text
        : request.body.kind === 'multipart'
          ? formDataOf(sent().body)
          : undefined;
    setOpenRunId(undefined);
    controller?.abort();
    const own = new AbortController();
    controller = own;
    setRunning(true);
    const first = { endpointId: props.endpoint.id, label: `${request.method} ${props.endpoint.path}`, values: sent() };
    const setRunState = (state: RunState) => setSegments([{ ...first, state }]);
    setRunState({ phase: 'waiting', expectedStream: request.streams });
    let runner: typeof import('./runner');
    try {
      runner = await import('./runner');
    } catch (error) {
      setRunState({
        phase: 'failed',
        expectedStream: request.streams,
        error: t.noRunner((error as Error).message),
      });
      setRunning(false);
      return;
    }
    const state = await runner.runRequest(
      request,
      body,
      props.endpoint.streaming?.assemble ?? 'chat',
      own.signal,
      (next) => {
        if (controller === own) setRunState(next);
      },
    );
    if (controller !== own) return;
    setRunning(false);
    if (blobUrl) URL.revokeObjectURL(blobUrl);
    blobUrl = state.blob?.url;
    const validation = readValidationHeader(
      state.headers?.find(([name]) => name.toLowerCase() === VALIDATION_HEADER)?.[1],
    );
    if (isApiErrorBody(state.json) && state.json.error.issues) setServerIssues(state.json.error.issues);
    else if (validation) setServerIssues(validation.issues);
    // The ids of a run Coze accepted are the ones worth offering again (saved-ids.ts).
    void extras().then((x) => x.rememberRun(request.region, state, first.values));
    refreshHistory(state);
  }

  /** History lists the run by the id its response carried, once the worker has saved it. */
  function refreshHistory(state: RunState): void {
    const runId = state.headers?.find(([name]) => name.toLowerCase() === RUN_ID_HEADER)?.[1];
    if (runId) setSavedRunId(runId);
  }

  /** Carries the run on with its next call, appended to the same timeline; Stop stops it like a run. */
  async function followUp(next: FollowUp): Promise<void> {
    if (running()) return;
    controller?.abort();
    const own = new AbortController();
    controller = own;
    setRunning(true);
    const index = segments().length;
    let last: RunState = { phase: 'waiting', expectedStream: true };
    const put = (state: RunState, progress?: string) => {
      last = state;
      if (controller === own)
        setSegments((list) => [...list.slice(0, index), { ...next, state, ...(progress ? { progress } : {}) }]);
    };
    put({ phase: 'waiting', expectedStream: true });
    try {
      const { runFollowUp } = await import('./follow-up');
      await runFollowUp(next, { ...options(), token: connection.runToken() }, own.signal, put);
    } catch (error) {
      put({ phase: 'failed', expectedStream: false, error: t.notSent((error as Error).message) });
    }
    if (controller !== own) return;
    setRunning(false);
    refreshHistory(last);
  }

  function run(): void {
    if (running() || confirming()) return;
    setAttempted(true);
    setServerIssues([]);
    const first = problems()[0];
    if (first) {
      if (first.controlId) document.getElementById(first.controlId)?.focus();
      return;
    }
    const risky = (props.endpoint.destructive || props.endpoint.billable) && connection.region() !== 'sandbox';
    if (risky) setConfirming(true);
    else void send();
  }

  function openRun(runId: string): void {
    setOpenRunId(runId);
    document
      .querySelector('[data-testid="history"], [data-testid="history-placeholder"]')
      ?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }

  function load(loaded: { region?: Region; values: FormValues }, scroll = true): void {
    batch(() => {
      setValues(loaded.values);
      if (loaded.region) connection.setRegion(loaded.region);
      setTouched([]);
      setAttempted(false);
      setServerIssues([]);
    });
    if (scroll) document.getElementById('pg-form-title')?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }

  return (
    <div
      class="pg-work"
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          run();
        }
      }}
    >
      <TokenRegion connection={connection} />
      <div ref={slots.banner} />
      <Show when={!isServer && connection.region() === 'sandbox'}>
        <SandboxNote hints={props.hints} form={form} token={connection.runToken() ?? ''} />
      </Show>
      <h3 id="pg-form-title" class="pg-title">
        {t.parameters}
      </h3>
      <FormContext.Provider value={form}>
        <RequestForm endpoint={props.endpoint} />
      </FormContext.Provider>
      <span class="pg-share">
        {/* Its click goes through the top bar's command event, so the share code loads on the first one. */}
        <button type="button" class="button" data-command="share" data-testid="share">
          {useTexts(SHARE)}
        </button>
        <span ref={slots.share} />
      </span>
      {/* Run and the answer share one dock, kept in view at the bottom of the playground (as the original's bottom right). */}
      <div class="pg-dock" data-testid="dock">
        <RunBar running={running()} problems={problems()} onRun={run} onStop={() => controller?.abort()} />
        <Show when={segments().length}>
          <ResponseView
            segments={segments()}
            busy={running()}
            onFollowUp={followUp}
            onStop={() => controller?.abort()}
            onOpenRun={openRun}
          />
        </Show>
      </div>
      <Show when={confirming()}>
        <ConfirmDialog
          message={confirmMessage()}
          onAnswer={(yes) => {
            setConfirming(false);
            if (yes) void send();
          }}
        />
      </Show>
      <RequestPreview model={model()} />
      <WhenVisible placeholder={t.samples} testId="samples-placeholder">
        <Samples endpoint={props.endpoint} values={values()} options={options()} />
      </WhenVisible>
      <WhenVisible placeholder={t.history} testId="history-placeholder">
        <History
          endpoint={props.endpoint}
          token={historyToken()}
          savedRunId={savedRunId()}
          openRunId={openRunId()}
          onLoad={load}
          onRerun={(loaded) => {
            load(loaded);
            run();
          }}
        />
      </WhenVisible>
    </div>
  );
}
