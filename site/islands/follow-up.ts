import { buildRequest, type BuildOptions } from '../../lib/request-model';
import { loadEndpoint } from './load-endpoint';
import { runRequest, type RunState } from './runner';
import type { FollowUp } from './timeline';

/** Waits `ms`, or less when `signal` aborts; says whether it was aborted. */
function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((done) => {
    if (signal.aborted) return done(true);
    const timer = setTimeout(() => done(false), ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), done(true)), { once: true });
  });
}

/**
 * Sends the next call of a timeline (tool outputs, a resume, a poll) built from its endpoint's
 * catalog entry exactly as the form would build it, reporting its state as it arrives. A polled
 * call is repeated, each start at least `everyMs` after the last, until its answer says it is done,
 * it fails, it is stopped, or `maxAttempts` is reached; `progress` says where it stands.
 */
export async function runFollowUp(
  next: FollowUp,
  options: BuildOptions,
  signal: AbortSignal,
  report: (state: RunState, progress?: string) => void,
): Promise<RunState> {
  const endpoint = await loadEndpoint(next.endpointId);
  if (!endpoint) throw new Error(`No endpoint ${next.endpointId}`);
  const request = buildRequest(endpoint, next.values, options);
  const body = request.body.kind === 'json' ? request.body.text : undefined;
  const assemble = endpoint.streaming?.assemble ?? 'chat';
  const poll = next.poll;
  if (!poll) return runRequest(request, body, assemble, signal, (state) => report(state));
  let progress = 'Starting…';
  for (let attempt = 1; ; attempt++) {
    const startedAt = Date.now();
    // The first check shows as it arrives; later ones replace the shown answer only once complete.
    const state = await runRequest(request, body, assemble, signal, (s) => attempt === 1 && report(s, progress));
    if (state.phase !== 'done') {
      report(state, `${progress} · ${state.phase === 'stopped' ? 'stopped' : 'failed'}`);
      return state;
    }
    progress = poll.progress(state.json, attempt);
    if (poll.isDone(state.json)) {
      report(state, `${progress} · done`);
      return state;
    }
    if (attempt >= poll.maxAttempts) {
      report(state, `${progress} · gave up after ${attempt} checks`);
      return state;
    }
    report(state, progress);
    if (await pause(Math.max(0, poll.everyMs - (Date.now() - startedAt)), signal)) {
      const stopped: RunState = { ...state, phase: 'stopped', error: 'Stopped: polling was stopped.' };
      report(stopped, `${progress} · stopped`);
      return stopped;
    }
  }
}
