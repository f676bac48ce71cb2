import { describe, expect, it } from 'vitest';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import { createSseParser } from '../../lib/sse-parser';
import { SANDBOX_STREAM_LIMITS, StreamSlots, sseResponse } from '../../worker/sandbox/sse';
import { sandboxSession } from './sandbox-helpers';

// A sandbox stream costs the worker for as long as it runs: its events, its time and the number a
// caller keeps open at once are capped, and each cap ends or refuses a stream in Coze's shape.
function eventsOf(text: string) {
  const parser = createSseParser();
  return [...parser.push(text), ...parser.finish()];
}

describe('sandbox stream limits', () => {
  it(`ends a workflow stream of 10,000 parameters after ${SANDBOX_STREAM_LIMITS.events} events with an Error event`, async () => {
    const { send } = sandboxSession('limits');
    const parameters = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`p${i}`, `value ${i}`]));
    const res = await send('POST', '/v1/workflow/stream_run', { workflow_id: SANDBOX_IDS.workflow, parameters });
    const events = eventsOf(await res.text());
    expect(events).toHaveLength(SANDBOX_STREAM_LIMITS.events + 1);
    const last = events.at(-1)!;
    expect(last.event).toBe('Error');
    expect(JSON.parse(last.data)).toMatchObject({ error_code: 5000 });
    expect(JSON.parse(last.data).error_message).toMatch(/after 2000 events/);
  }, 60_000);

  it('refuses a stream over the concurrent limit with 4013 and HTTP 429, and takes one again once a slot is free', async () => {
    const { send } = sandboxSession('concurrent');
    const slow = { 'x-sandbox-pace-ms': '2000' };
    const chat = () =>
      send(
        'POST',
        '/v3/chat',
        {
          bot_id: SANDBOX_IDS.bot,
          user_id: 'u',
          stream: true,
          additional_messages: [{ role: 'user', content: 'hello', content_type: 'text' }],
        },
        slow,
      );
    const open = [];
    for (let i = 0; i < SANDBOX_STREAM_LIMITS.concurrent; i++) {
      const res = await chat();
      expect(res.headers.get('content-type')).toContain('text/event-stream');
      open.push(res);
    }
    const refused = await chat();
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({
      code: 4013,
      msg: expect.stringMatching(/at most 4 responses at once/),
    });
    await open[0]!.body!.cancel();
    await expect
      .poll(
        async () => {
          const again = await chat();
          const ok = again.headers.get('content-type')?.includes('text/event-stream') ?? false;
          if (ok) open.push(again);
          else await again.body?.cancel();
          return ok;
        },
        { timeout: 10_000, interval: 200 },
      )
      .toBe(true);
    for (const res of open.slice(1)) await res.body?.cancel();
  }, 30_000);

  it('ends a stream that would run past its time with the error frame, and frees its slot', async () => {
    const slots = new StreamSlots(1);
    const res = sseResponse(
      'logid',
      async (out) => {
        await out.send('event:a\ndata:1\n\n');
        await out.pause(50);
        await out.send('event:b\ndata:2\n\n');
        await out.pause(500);
        await out.send('event:never\ndata:3\n\n');
      },
      (message) => `event:error\ndata:${JSON.stringify({ code: 5000, msg: message })}\n\n`,
      slots,
      { events: 100, durationMs: 300 },
    );
    const events = eventsOf(await res.text());
    expect(events.map((event) => event.event)).toEqual(['a', 'b', 'error']);
    expect(JSON.parse(events[2]!.data).msg).toMatch(/after 0.3 s/);
    expect(slots.inUse).toBe(0);
  });
});
