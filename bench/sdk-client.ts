import { ChatEventType, CozeAPI, RoleType } from '@coze/api';
import { interleave, median } from './stats.ts';

/** One chat streamed with the official SDK: time to the first answer delta and to the end (ms). */
export interface SdkRun {
  readonly firstDeltaMs: number;
  readonly totalMs: number;
}

async function sdkChat(baseURL: string, events: number, paceMs: number): Promise<SdkRun> {
  const client = new CozeAPI({ token: `pat_bench_${crypto.randomUUID().replaceAll('-', '')}`, baseURL });
  const started = performance.now();
  let firstDeltaMs = NaN;
  let deltas = 0;
  let done = false;
  const stream = await client.chat.stream({
    bot_id: '7379462189365198898',
    user_id: 'bench-user',
    additional_messages: [{ role: RoleType.User, content: 'Count for me', content_type: 'text' }],
    meta_data: { events: String(events), pace_ms: String(paceMs) },
  });
  for await (const part of stream) {
    if (part.event === ChatEventType.CONVERSATION_MESSAGE_DELTA) {
      if (deltas++ === 0) firstDeltaMs = performance.now() - started;
    } else if (part.event === ChatEventType.DONE) done = true;
  }
  if (deltas !== events || !done)
    throw new Error(`@coze/api via ${baseURL}: ${deltas} of ${events} deltas, done: ${done}`);
  return { firstDeltaMs, totalMs: performance.now() - started };
}

/**
 * The official Node SDK (`@coze/api`, unchanged) streaming the same chat from every target
 * (`base` is the SDK's baseURL), interleaved after one warm-up each: time to first delta and
 * total, median over runs.
 */
export async function measureSdk(options: {
  targets: readonly { name: string; base: string }[];
  events: number;
  paceMs: number;
  runs: number;
}) {
  const runs: Record<string, SdkRun[]> = Object.fromEntries(options.targets.map((t) => [t.name, []]));
  const chat = (base: string) => sdkChat(base, options.events, options.paceMs);
  await interleave(
    1,
    options.targets.map((t) => async () => void (await chat(t.base))),
  );
  await interleave(
    options.runs,
    options.targets.map((t) => async () => {
      runs[t.name]!.push(await chat(t.base));
    }),
  );
  const medians = Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [
      name,
      { firstDeltaMs: median(list.map((run) => run.firstDeltaMs)), totalMs: median(list.map((run) => run.totalMs)) },
    ]),
  );
  return { events: options.events, paceMs: options.paceMs, runs, medians };
}
