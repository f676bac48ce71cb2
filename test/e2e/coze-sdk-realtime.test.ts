import { createRequire } from 'node:module';
import { CozeAPI, WebsocketsEventType, type WebSocketAPI } from '@coze/api';
import type WsClient from 'ws';
import { describe, expect, inject, it } from 'vitest';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';

// The official Node SDK's WebSocket clients, unchanged, with baseWsURL pointed at the local relay.
// @coze/api opens them with `ws` (and reconnecting-websocket) in Node, sending the token both as
// the Authorization header and as `?authorization=Bearer …`.
const base = inject('baseUrl');
const wsBase = `${base.replace(/^http/, 'ws')}/api/relay/sandbox`;
const newClient = () =>
  new CozeAPI({ token: `pat_sdk_ws_${crypto.randomUUID()}`, baseURL: `${base}/api/relay/sandbox`, baseWsURL: wsBase });

type Event = { event_type: string; data?: Record<string, unknown>; id?: string };

/** Collects a socket's events until `done` says the session is over, then closes it. */
function run<Req>(
  ws: WebSocketAPI<Req, unknown>,
  start: (send: (event: Req) => void) => void,
  done: (event: Event) => boolean,
  timeoutMs = 30_000,
): Promise<Event[]> {
  const events: Event[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      ws.close();
      reject(new Error(`timed out; got ${events.map((e) => e.event_type).join(', ')}`));
    }, timeoutMs);
    ws.onopen = () => start((event) => ws.send(event));
    ws.onerror = (error) => {
      clearTimeout(timer);
      ws.close();
      reject(new Error(`socket error ${JSON.stringify(error.data)}`));
    };
    ws.onmessage = (data) => {
      const event = data as Event;
      events.push(event);
      if (done(event)) {
        clearTimeout(timer);
        ws.close(1000);
        resolve(events);
      }
    };
  });
}

const bytesOf = (base64: string) => Buffer.from(base64, 'base64');

describe('@coze/api WebSocket clients through the relay, against the sandbox', () => {
  it('runs a text voice chat to conversation.chat.completed', async () => {
    const client = newClient();
    const ws = await client.websockets.chat.create({ bot_id: SANDBOX_IDS.bot });
    const events = await run(
      ws,
      (send) => {
        send({
          id: '1',
          event_type: WebsocketsEventType.CHAT_UPDATE,
          data: { chat_config: { user_id: 'sdk-user' } },
        } as never);
        send({
          id: '2',
          event_type: WebsocketsEventType.CONVERSATION_MESSAGE_CREATE,
          data: { role: 'user', content_type: 'text', content: 'Hello from the SDK' },
        } as never);
      },
      (event) => event.event_type === WebsocketsEventType.CONVERSATION_CHAT_COMPLETED,
    );
    const types = events.map((e) => e.event_type);
    expect(types[0]).toBe(WebsocketsEventType.CHAT_CREATED);
    expect(types).toContain(WebsocketsEventType.CHAT_UPDATED);
    expect(types).toContain(WebsocketsEventType.CONVERSATION_CHAT_CREATED);
    const text = events
      .filter((e) => e.event_type === WebsocketsEventType.CONVERSATION_MESSAGE_DELTA)
      .map((e) => e.data!.content)
      .join('');
    expect(text).toMatch(/^You said: “Hello from the SDK”/);
    const audio = events.filter((e) => e.event_type === WebsocketsEventType.CONVERSATION_AUDIO_DELTA);
    expect(audio.length).toBeGreaterThan(5);
    expect(events.at(-1)!.data).toMatchObject({ status: 'completed', bot_id: SANDBOX_IDS.bot });
  }, 60_000);

  it('turns text into audio bytes with audio.speech, and audio.transcriptions turns them back into the text', async () => {
    const client = newClient();
    const text = 'The playground speaks and listens.';
    const speech = await client.websockets.audio.speech.create();
    const spoken = await run(
      speech,
      (send) => {
        send({
          id: '1',
          event_type: WebsocketsEventType.SPEECH_UPDATE,
          data: { output_audio: { codec: 'pcm', pcm_config: { sample_rate: 24000 } } },
        } as never);
        send({ id: '2', event_type: WebsocketsEventType.INPUT_TEXT_BUFFER_APPEND, data: { delta: text } } as never);
        send({ id: '3', event_type: WebsocketsEventType.INPUT_TEXT_BUFFER_COMPLETE } as never);
      },
      (event) => event.event_type === WebsocketsEventType.SPEECH_AUDIO_COMPLETED,
    );
    const pcm = Buffer.concat(
      spoken
        .filter((e) => e.event_type === WebsocketsEventType.SPEECH_AUDIO_UPDATE)
        .map((e) => bytesOf(String(e.data!.delta))),
    );
    // About 0.2 s a syllable at 24 kHz, 16-bit: well over a second of audio.
    expect(pcm.length).toBeGreaterThan(24000 * 2);

    const asr = await client.websockets.audio.transcriptions.create();
    const heard = await run(
      asr,
      (send) => {
        send({
          id: '1',
          event_type: WebsocketsEventType.TRANSCRIPTIONS_UPDATE,
          data: { input_audio: { format: 'pcm', codec: 'pcm', sample_rate: 24000, channel: 1, bit_depth: 16 } },
        } as never);
        for (let at = 0; at < pcm.length; at += 9600) {
          send({
            id: `a${at}`,
            event_type: WebsocketsEventType.INPUT_AUDIO_BUFFER_APPEND,
            data: { delta: pcm.subarray(at, at + 9600).toString('base64') },
          } as never);
        }
        send({ id: '9', event_type: WebsocketsEventType.INPUT_AUDIO_BUFFER_COMPLETE } as never);
      },
      (event) => event.event_type === WebsocketsEventType.TRANSCRIPTIONS_MESSAGE_COMPLETED,
    );
    const updates = heard
      .filter((e) => e.event_type === WebsocketsEventType.TRANSCRIPTIONS_MESSAGE_UPDATE)
      .map((e) => e.data!.content);
    expect(updates.at(-1)).toBe(text);
  }, 60_000);

  it('interprets the sandbox’s own speech with audio.simultInterpretation: its transcript, a labelled stand-in translation, and that spoken', async () => {
    const client = newClient();
    const text = 'Hello from the Coze API playground.';
    const speech = await client.websockets.audio.speech.create();
    const spoken = await run(
      speech,
      (send) => {
        send({ id: '1', event_type: WebsocketsEventType.INPUT_TEXT_BUFFER_APPEND, data: { delta: text } } as never);
        send({ id: '2', event_type: WebsocketsEventType.INPUT_TEXT_BUFFER_COMPLETE } as never);
      },
      (event) => event.event_type === WebsocketsEventType.SPEECH_AUDIO_COMPLETED,
    );
    const pcm = Buffer.concat(
      spoken
        .filter((e) => e.event_type === WebsocketsEventType.SPEECH_AUDIO_UPDATE)
        .map((e) => bytesOf(String(e.data!.delta))),
    );

    const interpreter = await client.websockets.audio.simultInterpretation.create();
    const events = await run(
      interpreter,
      (send) => {
        send({
          id: '1',
          event_type: WebsocketsEventType.SIMULT_INTERPRETATION_UPDATE,
          data: {
            input_audio: { format: 'pcm', codec: 'pcm', sample_rate: 24000, channel: 1, bit_depth: 16 },
            output_audio: { codec: 'pcm', pcm_config: { sample_rate: 16000 } },
            translate_config: { from: 'en', to: 'zh' },
          },
        } as never);
        for (let at = 0; at < pcm.length; at += 9600) {
          send({
            id: `a${at}`,
            event_type: WebsocketsEventType.INPUT_AUDIO_BUFFER_APPEND,
            data: { delta: pcm.subarray(at, at + 9600).toString('base64') },
          } as never);
        }
        send({ id: '9', event_type: WebsocketsEventType.INPUT_AUDIO_BUFFER_COMPLETE } as never);
      },
      (event) => event.event_type === WebsocketsEventType.SIMULT_INTERPRETATION_MESSAGE_COMPLETED,
    );
    const types = events.map((e) => e.event_type);
    expect(types[0]).toBe(WebsocketsEventType.SIMULT_INTERPRETATION_CREATED);
    const updated = events.find((e) => e.event_type === WebsocketsEventType.SIMULT_INTERPRETATION_UPDATED)!;
    expect(updated.data).toMatchObject({
      output_audio: { codec: 'pcm', pcm_config: { sample_rate: 16000 } },
      translate_config: { from: 'en', to: 'zh' },
    });
    expect(types).toContain(WebsocketsEventType.INPUT_AUDIO_BUFFER_COMPLETED);
    const joined = (type: string) =>
      events
        .filter((e) => e.event_type === type)
        .map((e) => e.data!.delta)
        .join('');
    expect(joined(WebsocketsEventType.SIMULT_INTERPRETATION_TRANSCRIPTION_DELTA)).toBe(text);
    expect(joined(WebsocketsEventType.SIMULT_INTERPRETATION_TRANSLATION_DELTA)).toBe(
      `【沙盒替代译文，并非翻译】${text}`,
    );
    const audio = Buffer.concat(
      events
        .filter((e) => e.event_type === WebsocketsEventType.SIMULT_INTERPRETATION_AUDIO_DELTA)
        .map((e) => bytesOf(String(e.data!.delta))),
    );
    // The translation spoken at 16 kHz, 16-bit: well over a second of audio, after the text it speaks.
    expect(audio.length).toBeGreaterThan(16000 * 2);
    expect(types.indexOf(WebsocketsEventType.SIMULT_INTERPRETATION_TRANSLATION_DELTA)).toBeLessThan(
      types.indexOf(WebsocketsEventType.SIMULT_INTERPRETATION_AUDIO_DELTA),
    );
  }, 60_000);
});

// `ws` comes with @coze/api; loaded with require, as Vite resolves its import to a browser stub.
const WebSocket = createRequire(import.meta.url)('ws') as typeof WsClient;

/** Ms from opening a socket to its first event, and from sending a frame to its answer. */
async function timeSession(
  url: string,
  token: string,
): Promise<{ firstEvent: number; roundTrip: number; serverTiming: Record<string, number> }> {
  const started = performance.now();
  const socket = new WebSocket(url, { headers: { authorization: `Bearer ${token}` } });
  const times: number[] = [];
  const serverTiming: Record<string, number> = {};
  socket.on('upgrade', (response) => {
    for (const [, name, ms] of String(response.headers['server-timing'] ?? '').matchAll(/(\w+);dur=([\d.]+)/g))
      serverTiming[name!] = Number(ms);
  });
  let sentAt = 0;
  await new Promise<void>((resolve, reject) => {
    socket.on('error', reject);
    socket.on('message', (data: Buffer) => {
      const type = (JSON.parse(data.toString()) as { event_type: string }).event_type;
      if (type === 'chat.created') {
        times.push(performance.now() - started);
        sentAt = performance.now();
        socket.send(
          JSON.stringify({ id: '1', event_type: 'chat.update', data: { chat_config: { user_id: 'timing' } } }),
        );
      } else if (type === 'echo') {
        times.push(performance.now() - sentAt);
        socket.close(1000);
        resolve();
      }
    });
  });
  return { firstEvent: times[0]!, roundTrip: times[1]!, serverTiming };
}

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;

describe('time to first event: through the relay against direct to the fake upstream', () => {
  it('measures both in one run, interleaved, and reports them', async () => {
    const fake = inject('fakeUpstreamUrl').replace(/^http/, 'ws');
    const direct: Awaited<ReturnType<typeof timeSession>>[] = [];
    const relayed: Awaited<ReturnType<typeof timeSession>>[] = [];
    for (let i = 0; i < 30; i++) {
      // A token per session: the relay's per-caller session count never interferes.
      direct.push(await timeSession(`${fake}/v1/chat?bot_id=timing`, `pat_t_${i}_${crypto.randomUUID()}`));
      relayed.push(
        await timeSession(
          `${base.replace(/^http/, 'ws')}/api/relay/cn/v1/chat?bot_id=timing`,
          `pat_t_${i}_${crypto.randomUUID()}`,
        ),
      );
    }
    const report = (label: string, runs: typeof direct) =>
      `${label}: first event p50 ${quantile(
        runs.map((r) => r.firstEvent),
        0.5,
      ).toFixed(1)} ms, p95 ${quantile(
        runs.map((r) => r.firstEvent),
        0.95,
      ).toFixed(1)} ms; frame round trip p50 ${quantile(
        runs.map((r) => r.roundTrip),
        0.5,
      ).toFixed(1)} ms, p95 ${quantile(
        runs.map((r) => r.roundTrip),
        0.95,
      ).toFixed(1)} ms`;
    // The relay's own account of its handshake (Server-Timing): checks, then the session count and
    // the upstream handshake side by side.
    const parts = ['checks', 'quota', 'upstream']
      .map(
        (part) =>
          `${part} p50 ${quantile(
            relayed.map((r) => r.serverTiming[part] ?? NaN),
            0.5,
          )} ms`,
      )
      .join(', ');
    console.log(
      `[realtime timing, 30 sessions each, interleaved]\n  ${report('direct', direct)}\n  ${report('relay ', relayed)}\n  relay handshake: ${parts}`,
    );
    expect(relayed.every((r) => r.firstEvent > 0 && r.roundTrip > 0)).toBe(true);
    expect(relayed.every((r) => 'checks' in r.serverTiming && 'quota' in r.serverTiming)).toBe(true);
    expect(direct.every((r) => r.firstEvent > 0 && r.roundTrip > 0)).toBe(true);
  }, 120_000);
});
