import { buildRequest, type BuildOptions } from '../../lib/request-model';
import { loadEndpoint } from './load-endpoint';
import { runRequest, type RunState } from './runner';
import type { FollowUp } from './timeline';

/**
 * Sends the next call of a timeline (tool outputs, a resume) built from its endpoint's catalog entry
 * exactly as the form would build it, reporting its state as it arrives.
 */
export async function runFollowUp(
  next: FollowUp,
  options: BuildOptions,
  signal: AbortSignal,
  report: (state: RunState) => void,
): Promise<RunState> {
  const endpoint = await loadEndpoint(next.endpointId);
  if (!endpoint) throw new Error(`No endpoint ${next.endpointId}`);
  const request = buildRequest(endpoint, next.values, options);
  const body = request.body.kind === 'json' ? request.body.text : undefined;
  return runRequest(request, body, endpoint.streaming?.assemble ?? 'chat', signal, report);
}
