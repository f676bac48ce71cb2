import { exports } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';

// Sessions stream seconds of audio at the sandbox's pace.
vi.setConfig({ testTimeout: 20_000 });
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import { findSpeechMarks } from '../../worker/sandbox/realtime/pcm-marker';
import { fromBase64, openSession, toBase64, type Frame } from './ws-helpers';

const PCM = { format: 'pcm', codec: 'pcm', sample_rate: 24000, channel: 1, bit_depth: 16 };

function joinBytes(frames: Frame[], field: 'delta' | 'content'): Uint8Array {
  const parts = frames.map((f) => fromBase64(String(f.data![field])));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function samplesOf(bytes: Uint8Array): Int16Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Int16Array.from({ length: bytes.length >> 1 }, (_, i) => view.getInt16(i * 2, true));
}

/** PCM the sandbox speaks for `text`, from its own speech WebSocket. */
async function sandboxSpeech(text: string, token?: string): Promise<Uint8Array> {
  const speech = await openSession('/sandbox/v1/audio/speech', token);
  await speech.next('speech.created');
  speech.send('speech.update', { output_audio: { codec: 'pcm', pcm_config: { sample_rate: 24000 } } });
  await speech.next('speech.updated');
  speech.send('input_text_buffer.append', { delta: text });
  speech.send('input_text_buffer.complete');
  await speech.next('speech.audio.completed');
  speech.socket.close(1000);
  return joinBytes(speech.since(0, 'speech.audio.update'), 'delta');
}

describe('sandbox voice chat (/v1/chat)', () => {
  it('answers a text message with the Chat events, text deltas and playable audio, in Coze’s order', async () => {
    const chat = await openSession(`/sandbox/v1/chat?bot_id=${SANDBOX_IDS.bot}`);
    await chat.next('chat.created');
    chat.send('chat.update', {
      chat_config: { user_id: 'u1' },
      output_audio: { codec: 'pcm', pcm_config: { sample_rate: 16000 } },
    });
    const updated = await chat.next('chat.updated');
    expect(updated.data).toMatchObject({ output_audio: { codec: 'pcm', pcm_config: { sample_rate: 16000 } } });
    chat.send('conversation.message.create', { role: 'user', content_type: 'text', content: 'Hello there' });
    const completed = await chat.next('conversation.chat.completed');
    const types = chat.frames.map((f) => f.event_type);
    const order = [
      'conversation.chat.created',
      'conversation.chat.in_progress',
      'conversation.audio.sentence_start',
      'conversation.message.completed',
      'conversation.audio.completed',
      'conversation.chat.completed',
    ];
    expect(order.map((t) => types.indexOf(t))).toEqual([...order.map((t) => types.indexOf(t))].sort((a, b) => a - b));
    const deltas = chat
      .since(0, 'conversation.message.delta')
      .map((f) => String(f.data!.content))
      .join('');
    const answer = chat.frames.find((f) => f.event_type === 'conversation.message.completed')!.data!;
    expect(deltas).toBe(answer.content);
    expect(deltas).toMatch(/^You said: “Hello there”/);
    const audio = joinBytes(chat.since(0, 'conversation.audio.delta'), 'content');
    // 16 kHz 16-bit mono: about a second of audio per few words, and it carries the spoken text.
    expect(audio.length).toBeGreaterThan(16000 * 2 * 2);
    expect(
      findSpeechMarks(samplesOf(audio))
        .map((m) => m.text)
        .join(' '),
    ).toBe(String(answer.content).trim());
    expect(completed.data).toMatchObject({
      status: 'completed',
      bot_id: SANDBOX_IDS.bot,
      usage: { token_count: expect.any(Number) },
    });
    // The conversation keeps the turn.
    const conversationId = String(completed.data!.conversation_id);
    const list = await exports.default.fetch(
      new Request(
        `https://playground.test/api/relay/sandbox/v1/conversation/message/list?conversation_id=${conversationId}`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${chat.token}`, 'content-type': 'application/json' },
          body: '{}',
        },
      ),
    );
    const messages = ((await list.json()) as { data: { type: string; content: string }[] }).data;
    expect(messages.map((m) => m.type).sort()).toEqual(['answer', 'question']);
    chat.socket.close(1000);
  });

  it('recognises the sandbox’s own speech in push-to-talk and answers it', async () => {
    const token = `pat_ws_${crypto.randomUUID().replaceAll('-', '')}`;
    const pcm = await sandboxSpeech('What can you do?', token);
    const chat = await openSession(`/sandbox/v1/chat?bot_id=${SANDBOX_IDS.bot}`, token);
    await chat.next('chat.created');
    chat.send('chat.update', { input_audio: PCM, turn_detection: { type: 'client_interrupt' } });
    await chat.next('chat.updated');
    for (let at = 0; at < pcm.length; at += 9600)
      chat.send('input_audio_buffer.append', { delta: toBase64(pcm.subarray(at, at + 9600)) });
    chat.send('input_audio_buffer.complete');
    await chat.next('input_audio_buffer.completed');
    const transcript = await chat.next('conversation.audio_transcript.completed');
    expect(transcript.data).toEqual({ content: 'What can you do?' });
    const updates = chat.since(0, 'conversation.audio_transcript.update').map((f) => String(f.data!.content));
    expect(updates.length).toBeGreaterThan(1);
    expect(updates.every((u) => 'What can you do?'.startsWith(u))).toBe(true);
    const answer = await chat.next('conversation.message.completed');
    expect(String(answer.data!.content)).toContain('What can you do?');
    await chat.next('conversation.chat.completed');
    chat.socket.close(1000);
  });

  it('ends the turn by itself at a pause with server_vad, with speech_started and speech_stopped', async () => {
    const token = `pat_ws_${crypto.randomUUID().replaceAll('-', '')}`;
    const pcm = await sandboxSpeech('Hello sandbox', token);
    const chat = await openSession(`/sandbox/v1/chat?bot_id=${SANDBOX_IDS.bot}`, token);
    await chat.next('chat.created');
    chat.send('chat.update', { input_audio: PCM, turn_detection: { type: 'server_vad', silence_duration_ms: 300 } });
    await chat.next('chat.updated');
    chat.send('input_audio_buffer.append', { delta: toBase64(pcm) });
    chat.send('input_audio_buffer.append', { delta: toBase64(new Uint8Array(24000)) });
    await chat.next('input_audio_buffer.speech_started');
    await chat.next('input_audio_buffer.speech_stopped');
    expect((await chat.next('conversation.audio_transcript.completed')).data).toEqual({ content: 'Hello sandbox' });
    await chat.next('conversation.chat.completed');
    chat.socket.close(1000);
  });

  it('stops the plugin agent in requires_action until the tool outputs arrive, then answers with them', async () => {
    const chat = await openSession(`/sandbox/v1/chat?bot_id=${SANDBOX_IDS.pluginBot}`);
    await chat.next('chat.created');
    chat.send('conversation.message.create', {
      role: 'user',
      content_type: 'text',
      content: "What's the weather in Paris?",
    });
    const action = await chat.next('conversation.chat.requires_action');
    const call = (
      action.data!.required_action as {
        submit_tool_outputs: { tool_calls: { id: string; function: { arguments: string } }[] };
      }
    ).submit_tool_outputs.tool_calls[0]!;
    expect(JSON.parse(call.function.arguments)).toEqual({ city: 'Paris' });
    chat.send('conversation.chat.submit_tool_outputs', {
      chat_id: action.data!.id,
      tool_outputs: [{ tool_call_id: call.id, output: '{"sky":"sunny"}' }],
    });
    await chat.next('conversation.chat.completed');
    const answer = chat.frames.filter((f) => f.event_type === 'conversation.message.completed').at(-1)!;
    expect(answer.data!.content).toMatch(/weather in Paris is sky: sunny/);
    chat.socket.close(1000);
  });

  it('stops speaking at conversation.chat.cancel with conversation.chat.canceled', async () => {
    const chat = await openSession(`/sandbox/v1/chat?bot_id=${SANDBOX_IDS.bot}`, undefined, 20);
    await chat.next('chat.created');
    chat.send('conversation.message.create', { role: 'user', content_type: 'text', content: 'Tell me everything' });
    await chat.next('conversation.audio.delta');
    chat.send('conversation.chat.cancel');
    expect((await chat.next('conversation.chat.canceled')).data).toEqual({
      code: 2,
      msg: 'canceled by conversation.chat.cancel',
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(chat.frames.some((f) => f.event_type === 'conversation.chat.completed')).toBe(false);
    chat.socket.close(1000);
  });

  it('refuses an output codec it cannot encode with a Coze error event, keeping the session', async () => {
    const chat = await openSession(`/sandbox/v1/chat?bot_id=${SANDBOX_IDS.bot}`);
    await chat.next('chat.created');
    chat.send('chat.update', { output_audio: { codec: 'opus' } });
    const error = await chat.next('error');
    expect(error.data).toMatchObject({ code: 4000, msg: expect.stringMatching(/no opus encoder/) });
    chat.send('chat.update', { output_audio: { codec: 'g711u' } });
    expect((await chat.next('chat.updated')).data).toMatchObject({
      output_audio: { codec: 'g711u', pcm_config: { sample_rate: 8000 } },
    });
    chat.socket.close(1000);
  });
});

describe('sandbox speech synthesis (/v1/audio/speech)', () => {
  it('turns appended text into PCM deltas, speaking finished sentences before the text is complete', async () => {
    const speech = await openSession('/sandbox/v1/audio/speech');
    await speech.next('speech.created');
    speech.send('speech.update', { output_audio: { codec: 'pcm', pcm_config: { sample_rate: 24000 } } });
    await speech.next('speech.updated');
    speech.send('input_text_buffer.append', { delta: 'First sentence. Second' });
    await speech.next('speech.audio.update');
    expect(speech.frames.some((f) => f.event_type === 'input_text_buffer.completed')).toBe(false);
    speech.send('input_text_buffer.append', { delta: ' one' });
    speech.send('input_text_buffer.complete');
    await speech.next('input_text_buffer.completed');
    await speech.next('speech.audio.completed');
    const pcm = joinBytes(speech.since(0, 'speech.audio.update'), 'delta');
    expect(findSpeechMarks(samplesOf(pcm)).map((m) => m.text)).toEqual(['First sentence.', 'Second one']);
    speech.socket.close(1000);
  });

  it('answers text over 1024 bytes with error 3010', async () => {
    const speech = await openSession('/sandbox/v1/audio/speech');
    await speech.next('speech.created');
    speech.send('input_text_buffer.append', { delta: '字'.repeat(400) });
    expect((await speech.next('error')).data).toMatchObject({ code: 3010 });
    speech.socket.close(1000);
  });
});

describe('sandbox speech recognition (/v1/audio/transcriptions)', () => {
  it('transcribes the sandbox’s own speech back to its text, growing as the audio arrives', async () => {
    const token = `pat_ws_${crypto.randomUUID().replaceAll('-', '')}`;
    const pcm = await sandboxSpeech('Streaming recognition works.', token);
    const asr = await openSession('/sandbox/v1/audio/transcriptions', token);
    await asr.next('transcriptions.created');
    asr.send('transcriptions.update', { input_audio: PCM });
    await asr.next('transcriptions.updated');
    for (let at = 0; at < pcm.length; at += 12000)
      asr.send('input_audio_buffer.append', { delta: toBase64(pcm.subarray(at, at + 12000)) });
    asr.send('input_audio_buffer.complete');
    await asr.next('input_audio_buffer.completed');
    const done = await asr.next('transcriptions.message.completed');
    const updates = asr.since(0, 'transcriptions.message.update').map((f) => String(f.data!.content));
    expect(updates.at(-1)).toBe('Streaming recognition works.');
    expect(updates.length).toBeGreaterThan(2);
    expect(done.data).toEqual({ content: 'Streaming recognition works.' });
    asr.socket.close(1000);
  });

  it('gives other audio a stand-in transcript that says so', async () => {
    const asr = await openSession('/sandbox/v1/audio/transcriptions');
    await asr.next('transcriptions.created');
    asr.send('transcriptions.update', { input_audio: PCM });
    await asr.next('transcriptions.updated');
    const tone = new Uint8Array(48000);
    const view = new DataView(tone.buffer);
    for (let i = 0; i < 24000; i++)
      view.setInt16(i * 2, Math.round(8000 * Math.sin((2 * Math.PI * 180 * i) / 24000)), true);
    asr.send('input_audio_buffer.append', { delta: toBase64(tone) });
    asr.send('input_audio_buffer.complete');
    const done = await asr.next('transcriptions.message.completed');
    expect(String(done.data!.content)).toMatch(/^\[sandbox stand-in for 1\.0 s of speech\] /);
    asr.socket.close(1000);
  });
});

describe('sandbox simultaneous interpretation (/v1/audio/simult_interpretation)', () => {
  it('interprets the sandbox’s own speech sentence by sentence: transcript, labelled stand-in translation, that spoken', async () => {
    const token = `pat_ws_${crypto.randomUUID().replaceAll('-', '')}`;
    const pcm = await sandboxSpeech('Streaming works well. The second sentence follows.', token);
    const si = await openSession('/sandbox/v1/audio/simult_interpretation', token);
    await si.next('simult_interpretation.created');
    si.send('simult_interpretation.update', {
      input_audio: PCM,
      translate_config: { from: 'en', to: 'zh', glossary: [{ original: 'Streaming', translation: '流式' }] },
    });
    const updated = await si.next('simult_interpretation.updated');
    expect(updated.data).toMatchObject({
      input_audio: PCM,
      output_audio: { codec: 'pcm', pcm_config: { sample_rate: 24000 } },
      translate_config: { from: 'en', to: 'zh', glossary: [{ original: 'Streaming', translation: '流式' }] },
    });
    for (let at = 0; at < pcm.length; at += 12000)
      si.send('input_audio_buffer.append', { delta: toBase64(pcm.subarray(at, at + 12000)) });
    si.send('input_audio_buffer.complete');
    await si.next('simult_interpretation.message.completed');
    const deltas = (type: string) => si.since(0, type).map((f) => String(f.data!.delta));
    // The first sentence goes out while the audio still arrives, before the end of it is sent.
    expect(deltas('simult_interpretation.transcription.delta')).toEqual([
      'Streaming works well.',
      ' The second sentence follows.',
    ]);
    const types = si.frames.map((f) => f.event_type);
    expect(types.indexOf('simult_interpretation.transcription.delta')).toBeLessThan(
      types.indexOf('input_audio_buffer.completed'),
    );
    const translations = deltas('simult_interpretation.translation.delta');
    expect(translations).toEqual([
      '【沙盒替代译文，并非翻译】流式 works well.',
      '【沙盒替代译文，并非翻译】The second sentence follows.',
    ]);
    // The audio is the translations spoken by the sandbox's synthesizer, which carries their text.
    const audio = joinBytes(si.since(0, 'simult_interpretation.audio.delta'), 'delta');
    expect(findSpeechMarks(samplesOf(audio)).map((m) => m.text)).toEqual(translations);
    si.socket.close(1000);
  });

  it('answers a language @coze/api does not list with a Coze error event (the relay checks the catalog schema), keeping the session', async () => {
    const si = await openSession('/sandbox/v1/audio/simult_interpretation');
    await si.next('simult_interpretation.created');
    si.send('simult_interpretation.update', { translate_config: { from: 'fr', to: 'zh' } });
    const error = await si.next('error');
    expect(error.data).toEqual({
      code: 4000,
      msg: 'simult_interpretation.update: data.translate_config.from: Invalid type: Expected ("zh" | "en") but received "fr"',
    });
    si.send('simult_interpretation.update', { translate_config: { from: 'zh', to: 'en' } });
    const updated = await si.next('simult_interpretation.updated');
    expect(updated.data).toMatchObject({ translate_config: { from: 'zh', to: 'en' } });
    si.socket.close(1000);
  });
});

describe('sandbox pacing', () => {
  it('streams audio at the default pace (a first wait, then a frame every 40 ms) when no pace is asked for', async () => {
    const { exports } = await import('cloudflare:workers');
    const response = await exports.default.fetch(
      new Request('https://playground.test/api/relay/sandbox/v1/audio/speech', {
        headers: { upgrade: 'websocket', authorization: `Bearer pat_ws_${crypto.randomUUID()}` },
      }),
    );
    const socket = response.webSocket!;
    const arrivals: number[] = [];
    let done = false;
    socket.addEventListener('message', (event) => {
      const frame = JSON.parse(event.data as string) as { event_type: string };
      if (frame.event_type === 'speech.audio.update') arrivals.push(Date.now());
      if (frame.event_type === 'speech.audio.completed') done = true;
    });
    socket.accept();
    socket.send(JSON.stringify({ event_type: 'input_text_buffer.append', data: { delta: 'One two three four five' } }));
    socket.send(JSON.stringify({ event_type: 'input_text_buffer.complete' }));
    while (!done) await new Promise((resolve) => setTimeout(resolve, 20));
    const gaps = arrivals.slice(1).map((at, i) => at - arrivals[i]!);
    const median = gaps.sort((a, b) => a - b)[gaps.length >> 1]!;
    expect(median).toBeGreaterThanOrEqual(30);
    expect(median).toBeLessThan(80);
    socket.close(1000);
  });
});

describe('history of a WebSocket session', () => {
  it('keeps the frames both ways with time offsets, audio counted but not stored, and no token', async () => {
    const token = `pat_ws_hist_${crypto.randomUUID().replaceAll('-', '')}`;
    const url = new URL(`https://playground.test/api/relay/sandbox/v1/audio/speech`);
    url.searchParams.set('authorization', `Bearer ${token}`);
    const response = await exports.default.fetch(
      new Request(url, { headers: { upgrade: 'websocket', 'x-sandbox-pace-ms': '0' } }),
    );
    const runId = response.headers.get('x-playground-run-id');
    expect(runId).toMatch(/^ws-audio-speech\./);
    const socket = response.webSocket!;
    let completed = false;
    socket.addEventListener('message', (event) => {
      if ((JSON.parse(event.data as string) as { event_type: string }).event_type === 'speech.audio.completed')
        completed = true;
    });
    socket.accept();
    socket.send(
      JSON.stringify({ id: 'a', event_type: 'input_text_buffer.append', data: { delta: `Say ${token} aloud.` } }),
    );
    socket.send(JSON.stringify({ id: 'b', event_type: 'not.an.event' }));
    socket.send(JSON.stringify({ id: 'c', event_type: 'input_text_buffer.complete' }));
    while (!completed) await new Promise((resolve) => setTimeout(resolve, 20));
    socket.close(1000, 'done');
    const auth = { headers: { authorization: `Bearer ${token}` } };
    // The list first: KV remembers a missing key for a while, so the run is read once it is listed.
    let list: { runs: { id: string; kind: string }[] } = { runs: [] };
    for (let i = 0; i < 100 && list.runs.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      list = await (
        await exports.default.fetch(new Request('https://playground.test/api/history?endpoint=ws-audio-speech', auth))
      ).json();
    }
    expect(list.runs).toEqual([expect.objectContaining({ id: runId, kind: 'websocket' })]);
    const got = await exports.default.fetch(new Request(`https://playground.test/api/history/${runId}`, auth));
    const { run } = (await got.json()) as {
      run: {
        response: {
          kind: string;
          status: number;
          events: { event: string; data: string; offsetMs: number }[];
          audioBytes?: number;
        };
        request: { url: string };
      };
    };
    expect(run.response).toMatchObject({ kind: 'websocket', status: 101 });
    const events = run.response.events;
    expect(events[0]!.event).toBe('← speech.created');
    expect(events.map((e) => e.event)).toEqual(
      expect.arrayContaining([
        '→ input_text_buffer.append',
        '→ not.an.event',
        '→ input_text_buffer.complete',
        '← speech.audio.update',
        '← speech.audio.completed',
      ]),
    );
    expect(events.find((e) => e.event === '→ not.an.event')!.data).toMatch(/not relayed: Unknown event_type/);
    const audio = events.find((e) => e.event === '← speech.audio.update')!;
    expect(audio.data).toMatch(/"delta":"<\d+ bytes of audio, not recorded>"/);
    expect(run.response.audioBytes).toBeGreaterThan(24000);
    expect(events.map((e) => e.offsetMs)).toEqual([...events.map((e) => e.offsetMs)].sort((a, b) => a - b));
    const text = JSON.stringify(run);
    expect(text).not.toContain(token);
    expect(run.request.url).toBe('https://playground.test/api/relay/sandbox/v1/audio/speech');
  });
});
