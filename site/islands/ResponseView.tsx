import { createEffect, createSignal, For, Match, on, Show, Switch } from 'solid-js';
import type { StreamStatus } from '../../lib/stream-view';
import ResumeForm from './ResumeForm';
import RunSegment from './RunSegment';
import {
  interruptDataOf,
  jsonWaitingOf,
  nextStepOf,
  roundsOf,
  workflowIdOf,
  type FollowUp,
  type Segment,
} from './timeline';
import ToolCallsForm from './ToolCallsForm';
import type { Texts } from '../../lib/i18n/lang';
import { useTexts } from './lang-context';

const TEXTS: Texts<{ title: string; show: string; minimize: string; stop: string }> = {
  en: { title: 'Response', show: 'Show', minimize: 'Minimize', stop: 'Stop' },
  zh: { title: '响应', show: '展开', minimize: '收起', stop: '停止' },
};

type Waiting = Extract<StreamStatus, { state: 'requires_action' | 'interrupted' }>;

/**
 * The run's timeline, docked beside Run: each call's response as it arrives, and where the run
 * waits on the caller (tool outputs, an Interrupt), the form that carries it on below.
 */
export default function ResponseView(props: {
  segments: readonly Segment[];
  busy: boolean;
  onFollowUp: (next: FollowUp) => void;
  onStop: () => void;
  onOpenRun?: (runId: string) => void;
}) {
  const t = useTexts(TEXTS);
  const [small, setSmall] = createSignal(false);
  let scroller: HTMLDivElement | undefined;
  const last = () => props.segments[props.segments.length - 1];
  const waiting = (): Waiting | undefined => {
    const state = last()?.state;
    const status = state?.stream
      ? state.stream.status
      : state?.phase === 'done'
        ? jsonWaitingOf(state.json)
        : undefined;
    return status && (status.state === 'requires_action' || status.state === 'interrupted') ? status : undefined;
  };
  // Work the caller would otherwise do by hand follows on its own, once per call: polling a chat,
  // an async workflow run or a document's processing, then listing the chat's messages.
  let followed: Segment['state'] | undefined;
  createEffect(
    on(
      () => [props.busy, props.segments] as const,
      ([busy, segments]) => {
        const state = segments[segments.length - 1]?.state;
        if (busy || !state || followed === state) return;
        const next = nextStepOf(segments);
        if (!next) return;
        followed = state;
        props.onFollowUp(next);
      },
    ),
  );
  // Scrolls the dock's own body (never the page) so `target` starts at its top, or ends at its bottom.
  const reveal = (target: Element | null | undefined, edge: 'top' | 'bottom') => {
    if (!scroller || !target) return;
    const box = target.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    scroller.scrollTop += edge === 'top' ? box.top - view.top : Math.max(0, box.bottom - view.bottom);
  };
  // A new call in the timeline shows from its label, again as it fills (the body may not be tall
  // enough to scroll it to the top at first); a form that waits on the caller shows whole.
  createEffect(
    on(
      () => [props.segments.length, last()?.state.phase] as const,
      ([count]) => {
        if (count > 1) reveal(scroller?.querySelectorAll('[data-testid="segment-label"]')[count - 2], 'top');
      },
      { defer: true },
    ),
  );
  createEffect(
    on(waiting, (status) => {
      if (status) queueMicrotask(() => reveal(scroller?.querySelector('.pg-followup'), 'bottom'));
    }),
  );
  return (
    <section
      class="pg-panel pg-response"
      classList={{ 'pg-response-small': small() }}
      aria-labelledby="pg-response-title"
      data-testid="run-response"
      data-phase={last()?.state.phase}
    >
      <div class="pg-bar">
        <h3 id="pg-response-title">{t.title}</h3>
        <button
          type="button"
          class="pg-link"
          aria-expanded={!small()}
          aria-controls="pg-response-body"
          onClick={() => setSmall(!small())}
          data-testid="response-toggle"
        >
          {small() ? t.show : t.minimize}
        </button>
      </div>
      <div id="pg-response-body" class="pg-response-body" ref={scroller}>
        <For each={props.segments}>
          {(segment, index) => (
            <>
              <Show when={index() > 0}>
                <h4 class="pg-segment-label" data-testid="segment-label">
                  {segment.label}
                </h4>
              </Show>
              <Show when={segment.progress}>
                <p class="pg-progress" role="status" data-testid="poll-progress">
                  {segment.progress}
                  <Show when={props.busy && index() === props.segments.length - 1}>
                    {' '}
                    <button type="button" class="button" onClick={() => props.onStop()} data-testid="poll-stop">
                      {t.stop}
                    </button>
                  </Show>
                </p>
              </Show>
              <RunSegment state={segment.state} onOpenRun={props.onOpenRun} />
            </>
          )}
        </For>
        <Switch>
          <Match
            when={
              waiting()?.state === 'requires_action' && (waiting() as Extract<Waiting, { state: 'requires_action' }>)
            }
          >
            {(status) => (
              <ToolCallsForm
                status={status()}
                stream={last()?.state.expectedStream ?? true}
                round={roundsOf(props.segments) + 1}
                busy={props.busy}
                onSubmit={props.onFollowUp}
              />
            )}
          </Match>
          <Match when={waiting()?.state === 'interrupted' && (waiting() as Extract<Waiting, { state: 'interrupted' }>)}>
            {(status) => (
              <ResumeForm
                status={status()}
                interruptData={interruptDataOf(last()!.state.stream!)}
                workflowId={workflowIdOf(props.segments)}
                busy={props.busy}
                onResume={props.onFollowUp}
              />
            )}
          </Match>
        </Switch>
      </div>
    </section>
  );
}
