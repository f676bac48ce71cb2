import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { CAPTURE_LIMITS, captureRun, type CaptureInput } from '../../worker/history/capture';

// One SSE line or event larger than history keeps must not be held in memory: the capture's
// buffers stop at history's limits, the run is marked truncated, and the client still gets it all.
const MIB = 1024 * 1024;

function input(body: ReadableStream<Uint8Array>, probe: (held: number) => void): CaptureInput {
  return {
    runId: 'create-chat.8200000000000.00000000000000000000000000000000',
    endpointId: 'create-chat',
    region: 'cn',
    startedAt: Date.now(),
    ttfbMs: 1,
    request: { method: 'POST', url: 'https://x/api/relay/cn/v3/chat', headers: {} },
    response: { status: 200, headers: {} },
    kind: 'sse',
    body,
    probe,
  };
}

/** An SSE body with one event, then one `data:` line of `mib` MiB in 64 KiB chunks, then `[DONE]`. */
function longLine(mib: number): { body: ReadableStream<Uint8Array>; size: number } {
  const encoder = new TextEncoder();
  const head = encoder.encode(
    'event:conversation.chat.created\ndata:{"id":"1"}\n\nevent:conversation.message.delta\ndata:',
  );
  const piece = encoder.encode('x'.repeat(64 * 1024));
  const tail = encoder.encode('\n\nevent:done\ndata:"[DONE]"\n\n');
  let sent = -1;
  const pieces = (mib * MIB) / piece.byteLength;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent < 0) controller.enqueue(head);
      else if (sent < pieces) controller.enqueue(piece);
      else {
        controller.enqueue(tail);
        controller.close();
      }
      sent++;
    },
  });
  return { body, size: head.byteLength + pieces * piece.byteLength + tail.byteLength };
}

describe('the capture of a stream with an enormous line', () => {
  it('holds at most history’s data limit of a 64 MiB line, marks the run truncated and stops reading there', async () => {
    const { body, size } = longLine(64);
    let most = 0;
    const run = await captureRun(input(body, (held) => (most = Math.max(most, held))));
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(CAPTURE_LIMITS.eventDataBytes);
    expect(run.response.truncated).toBe(true);
    // Reading on only to count bytes would pull the rest of the stream through JavaScript.
    expect(run.response.bytesAtLeast).toBe(true);
    expect(run.response.bytes).toBeGreaterThan(CAPTURE_LIMITS.eventDataBytes);
    expect(run.response.bytes).toBeLessThan(CAPTURE_LIMITS.eventDataBytes + 2 * 64 * 1024);
    expect(run.response.bytes).toBeLessThan(size);
    expect(run.response.events!.map((event) => event.event)).toEqual(['conversation.chat.created']);
  });

  it('relays a 64 MiB line to the client whole and records the run as truncated', async () => {
    const token = `pat_longline_${crypto.randomUUID().replaceAll('-', '')}`;
    const res = await exports.default.fetch(
      new Request('https://playground.test/api/relay/cn/v3/chat', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ bot_id: 'long-line', user_id: 'u', stream: true, meta_data: { mib: '64' } }),
      }),
    );
    let received = 0;
    const reader = res.body!.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) received += chunk.value.byteLength;
    expect(received).toBeGreaterThan(64 * MIB);
    const runId = res.headers.get('x-playground-run-id')!;
    let record: { run?: { response: { truncated: boolean; bytes: number; bytesAtLeast?: true } } } = {};
    await expect
      .poll(
        async () => {
          const answer = await exports.default.fetch(
            new Request(`https://playground.test/api/history/${runId}`, {
              headers: { authorization: `Bearer ${token}` },
            }),
          );
          record = answer.status === 200 ? ((await answer.json()) as typeof record) : {};
          return record.run?.response.bytesAtLeast;
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    expect(record.run!.response.truncated).toBe(true);
    expect(record.run!.response.bytes).toBeLessThan(received);
  }, 60_000);

  it('stops reading a stream with CR LF line ends at history’s byte limit, and keeps its first 2,000 events', async () => {
    // Event ends are counted by LF LF while the stream flows; with CR LF there are none to count, so
    // the bytes bound what history holds, and the events are cut to the limit when parsed.
    const frames = Array.from({ length: 20_000 }, (_, i) => `event:delta\r\ndata:{"seq":${i}}\r\n\r\n`);
    const chunks = Array.from({ length: 200 }, (_, i) => frames.slice(i * 100, i * 100 + 100).join(''));
    let most = 0;
    const run = await captureRun(
      input(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            const next = chunks.shift();
            if (next === undefined) controller.close();
            else controller.enqueue(new TextEncoder().encode(next));
          },
        }),
        (held) => (most = Math.max(most, held)),
      ),
    );
    expect(most).toBeLessThanOrEqual(CAPTURE_LIMITS.streamBytes);
    expect(run.response.truncated).toBe(true);
    expect(run.response.bytesAtLeast).toBe(true);
    expect(run.response.events).toHaveLength(CAPTURE_LIMITS.events);
    expect(run.response.events!.at(-1)!.data).toBe(`{"seq":${CAPTURE_LIMITS.events - 1}}`);
  });

  it('counts event names and ids against history’s data limit, not only their data', async () => {
    const name = 'n'.repeat(10 * 1024);
    const frames = Array.from({ length: 100 }, (_, i) => `event:${name}\nid:${i}\ndata:{}\n\n`).join('');
    const run = await captureRun(input(new Response(frames).body!, () => undefined));
    const kept = run.response.events!;
    expect(run.response.truncated).toBe(true);
    expect(kept.length).toBeLessThan(CAPTURE_LIMITS.eventDataBytes / name.length + 1);
    expect(kept.reduce((sum, event) => sum + event.event.length + event.data.length, 0)).toBeLessThanOrEqual(
      CAPTURE_LIMITS.eventDataBytes,
    );
  });
});
