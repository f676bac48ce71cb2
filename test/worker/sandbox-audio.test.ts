import { env } from 'cloudflare:workers';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { findEndpoint } from '../../catalog/index';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import { probeAudio } from '../../worker/sandbox/audio/detect';
import { readMp3 } from '../../worker/sandbox/audio/mp3';
import { durationOf, synthesize } from '../../worker/sandbox/audio/synth';
import { signatureOf, similarity } from '../../worker/sandbox/audio/voiceprint';
import { encodeWav, parseWav, samplesOf } from '../../worker/sandbox/audio/wav';

function session(owner = `audio-${crypto.randomUUID()}`) {
  const stub = env.SANDBOX.get(env.SANDBOX.idFromName(owner));
  const speech = (body: Record<string, unknown>) =>
    stub.fetch(
      new Request('https://sandbox.coze.invalid/v1/audio/speech', {
        method: 'POST',
        headers: { authorization: 'Bearer pat_audio', 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );
  const form = async (method: string, path: string, fields: Record<string, string | Blob>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.append(name, value);
    const res = await stub.fetch(
      new Request(`https://sandbox.coze.invalid${path}`, {
        method,
        headers: { authorization: 'Bearer pat_audio' },
        body: data,
      }),
    );
    return (await res.json()) as Record<string, any>;
  };
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await stub.fetch(
      new Request(`https://sandbox.coze.invalid${path}`, {
        method,
        headers: { authorization: 'Bearer pat_audio', 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    return (await res.json()) as Record<string, any>;
  };
  return { speech, form, call };
}

function expectOk(endpointId: string, body: Record<string, unknown>) {
  expect({ code: body.code, msg: body.msg }).toEqual({ code: 0, msg: '' });
  const result = v.safeParse(findEndpoint(endpointId)!.response, body);
  expect(result.issues?.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`) ?? []).toEqual([]);
}

/** A spoken recording, as a user would upload it. */
function recording(text: string, pitchHz: number, sampleRate = 16000, name = 'voice.wav'): File {
  return new File([encodeWav(synthesize(text, { sampleRate, speed: 1, loudnessRate: 0, pitchHz }), sampleRate)], name, {
    type: 'audio/wav',
  });
}

const ascii = (bytes: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...bytes.subarray(at, at + length));

describe('speech synthesis', () => {
  it('answers a playable WAV: RIFF header, the asked sample rate, a data chunk as long as it says', async () => {
    const res = await session().speech({
      input: '今天天气怎么样',
      voice_id: SANDBOX_IDS.voice,
      response_format: 'wav',
      sample_rate: 16000,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('audio/wav');
    expect(res.headers.get('x-tt-logid')).toMatch(/^\d{14}/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const view = new DataView(bytes.buffer);
    expect(ascii(bytes, 0, 4)).toBe('RIFF');
    expect(view.getUint32(4, true)).toBe(bytes.length - 8);
    expect(ascii(bytes, 8, 8)).toBe('WAVEfmt ');
    expect(view.getUint16(20, true)).toBe(1);
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint32(24, true)).toBe(16000);
    expect(view.getUint16(34, true)).toBe(16);
    expect(ascii(bytes, 36, 4)).toBe('data');
    const dataLength = view.getUint32(40, true);
    expect(dataLength % 2).toBe(0);
    expect(44 + dataLength).toBeLessThanOrEqual(bytes.length);
    expect(dataLength).toBe(Math.round(durationOf('今天天气怎么样', 1) * 16000) * 2);
    const samples = samplesOf(bytes, 44, dataLength);
    expect(Math.max(...samples.map(Math.abs))).toBeGreaterThan(3000);
  });

  it('defaults to 24 kHz, and gets shorter with speed and longer with text', async () => {
    const { speech } = session();
    const length = async (body: Record<string, unknown>) =>
      parseWav(
        new Uint8Array(
          await (await speech({ voice_id: SANDBOX_IDS.voice, response_format: 'wav', ...body })).arrayBuffer(),
        ),
      )!;
    const normal = await length({ input: 'Hello there, how are you today?' });
    const fast = await length({ input: 'Hello there, how are you today?', speed: 2 });
    const long = await length({ input: 'Hello there, how are you today? I am fine, thank you, and you?' });
    expect(normal.sampleRate).toBe(24000);
    expect(fast.durationMs).toBeLessThan(normal.durationMs * 0.6);
    expect(long.durationMs).toBeGreaterThan(normal.durationMs * 1.5);
  });

  it('answers raw 16-bit PCM for pcm', async () => {
    const res = await session().speech({
      input: '你好',
      voice_id: SANDBOX_IDS.voice,
      response_format: 'pcm',
      sample_rate: 8000,
    });
    expect(res.headers.get('content-type')).toBe('audio/pcm;rate=8000;channels=1');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(bytes.length).toBe(Math.round(durationOf('你好', 1) * 8000) * 2);
    expect(ascii(bytes, 0, 4)).not.toBe('RIFF');
  });

  it.each([8000, 16000, 22050, 24000, 32000, 44100, 48000])(
    'answers mp3 at %i Hz: an ID3 tag naming the text, then Layer III frames as long as the speech',
    async (sampleRate) => {
      const input = '今天天气怎么样';
      const res = await session().speech({
        input,
        voice_id: SANDBOX_IDS.voice,
        response_format: 'mp3',
        sample_rate: sampleRate,
      });
      expect(res.headers.get('content-type')).toBe('audio/mpeg');
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(ascii(bytes, 0, 3)).toBe('ID3');
      const mp3 = readMp3(bytes)!;
      expect(mp3.sampleRate).toBe(sampleRate);
      expect(mp3.texts['ICMT']).toBe(input);
      const perFrame = sampleRate >= 32000 ? 1152 : 576;
      expect(mp3.frames).toBe(Math.ceil((durationOf(input, 1) * sampleRate) / perFrame));
    },
  );

  it('defaults to mp3, which transcribes back to its text', async () => {
    const { speech, form } = session();
    const res = await speech({ input: 'Sandbox speech in MP3.', voice_id: SANDBOX_IDS.voice });
    expect(res.headers.get('content-type')).toBe('audio/mpeg');
    const text = await form('POST', '/v1/audio/transcriptions', { file: new File([await res.blob()], 'speech.mp3') });
    expect(text.data.text).toBe('Sandbox speech in MP3.');
  });

  it('answers ogg_opus, which it cannot encode, with a Coze error naming the formats it can make', async () => {
    const res = await session().speech({ input: '你好', voice_id: SANDBOX_IDS.voice, response_format: 'ogg_opus' });
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = (await res.json()) as Record<string, any>;
    expect(body.code).toBe(4000);
    expect(body.msg).toMatch(/ogg_opus.*mp3, wav or pcm/);
    expect(body.detail.logid).toMatch(/^\d{14}/);
  });

  it.each([
    ['an unknown voice', { voice_id: '123' }, 4200],
    ['a speed the voice cannot do', { speed: 2.5 }, 4000],
    ['a loudness out of range', { loudness_rate: 200 }, 4000],
    ['an input over 1024 bytes', { input: '天'.repeat(342) }, 4000],
    ['a format Coze does not have', { response_format: 'flac' }, 4000],
  ])('answers JSON %s', async (_, change, code) => {
    const res = await session().speech({ input: '你好', voice_id: SANDBOX_IDS.voice, ...change });
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(((await res.json()) as { code: number }).code).toBe(code);
  });
});

describe('transcription', () => {
  it('reads back what the sandbox synthesized', async () => {
    const { speech, form } = session();
    const audio = await (
      await speech({ input: '今天天气怎么样', voice_id: SANDBOX_IDS.voice, response_format: 'wav' })
    ).blob();
    const body = await form('POST', '/v1/audio/transcriptions', { file: new File([audio], 'speech.wav') });
    expectOk('audio-transcriptions-create', body);
    expect(body.data.text).toBe('今天天气怎么样');
  });

  it('describes any other recording by its length and format, the same each time', async () => {
    const { form } = session();
    const file = recording('one two three four five six seven eight', 120);
    const first = await form('POST', '/v1/audio/transcriptions', { file });
    expect(first.data.text).toMatch(/^\[sandbox transcript of \d+\.\d s of 16 kHz wav audio\] /);
    expect((await form('POST', '/v1/audio/transcriptions', { file })).data.text).toBe(first.data.text);
  });

  it.each([
    ['no file', {}, 4000],
    ['an empty file', { file: new File([], 'empty.wav') }, 4300],
    ['a file that is not audio', { file: new File(['hello'], 'notes.txt', { type: 'text/plain' }) }, 4303],
    ['a WAV with a broken header', { file: new File(['RIFF\0\0\0\0WAVEjunk'], 'broken.wav') }, 4304],
  ])('answers %s with its Coze code', async (_, fields, code) => {
    const body = await session().form('POST', '/v1/audio/transcriptions', fields as Record<string, Blob>);
    expect(body.code).toBe(code);
    expect(body.msg).not.toBe('');
  });
});

describe('voice cloning', () => {
  it('clones a voice that lists, speaks at the recording’s pitch and retrains in place', async () => {
    const { call, form, speech } = session();
    const cloned = await form('POST', '/v1/audio/voices/clone', {
      file: recording('我想复刻自己的声音，这段录音大约十秒钟。', 100),
      voice_name: 'Deep voice',
      audio_format: 'wav',
    });
    expectOk('audio-voices-clone', cloned);
    const id: string = cloned.data.voice_id;
    const voices = await call('GET', '/v1/audio/voices?filter_system_voice=true');
    expectOk('audio-voices-list', voices);
    expect(voices.data.voice_list).toEqual([
      expect.objectContaining({
        voice_id: id,
        name: 'Deep voice',
        is_system_voice: false,
        available_training_times: 9,
      }),
    ]);
    const audio = new Uint8Array(
      await (await speech({ input: '你好，世界', voice_id: id, response_format: 'wav' })).arrayBuffer(),
    );
    const pitch = signatureOf(audio, probeAudio(audio, {})!).pitchHz;
    expect(pitch).toBeGreaterThan(85);
    expect(pitch).toBeLessThan(125);

    const again = await form('POST', '/v1/audio/voices/clone', {
      file: recording('再录一遍。', 110),
      voice_name: 'Deep voice v2',
      audio_format: 'wav',
      voice_id: id,
    });
    expect(again.data.voice_id).toBe(id);
    const listed = await call('GET', '/v1/audio/voices?filter_system_voice=true');
    expect(listed.data.voice_list[0]).toMatchObject({ name: 'Deep voice v2', available_training_times: 8 });
  });

  it.each([
    ['an audio_format that is not the file’s', { audio_format: 'mp3' }, 4000],
    ['an audio_format Coze does not take', { audio_format: 'flac' }, 4000],
    ['a system voice to retrain', { voice_id: SANDBOX_IDS.voice }, 4000],
    ['a script the sandbox’s own recording does not say', { text: 'something else' }, 1109],
  ])('refuses %s', async (_, change, code) => {
    const { speech, form } = session();
    const own = await (await speech({ input: '你好', voice_id: SANDBOX_IDS.voice, response_format: 'wav' })).blob();
    const body = await form('POST', '/v1/audio/voices/clone', {
      file: new File([own], 'own.wav'),
      voice_name: 'Mine',
      audio_format: 'wav',
      ...change,
    });
    expect(body.code).toBe(code);
  });
});

describe('voiceprints', () => {
  it('creates a group and voiceprints, identifies a speaker, renames, re-records and deletes', async () => {
    const { call, form } = session();
    const group = await call('POST', '/v1/audio/voiceprint_groups', { name: 'Office', desc: 'Meeting room' });
    expectOk('voiceprint-groups-create', group);
    const groupId: string = group.data.id;
    const features = `/v1/audio/voiceprint_groups/${groupId}/features`;
    const low = recording('Good morning everyone, let us begin.', 110);
    const high = recording('Thanks, I will take notes today.', 230);
    const a = await form('POST', features, { file: low, name: 'Wang' });
    const b = await form('POST', features, { file: high, name: 'Zhao', desc: 'Note taker' });
    expectOk('voiceprint-features-create', a);
    expectOk('voiceprint-features-create', b);

    const groups = await call('GET', `/v1/audio/voiceprint_groups?group_id=${groupId}`);
    expectOk('voiceprint-groups-list', groups);
    expect(groups.data.items[0]).toMatchObject({ id: groupId, name: 'Office', feature_count: 2 });

    const who = await form('POST', `/v1/audio/voiceprint_groups/${groupId}/speaker_identify`, {
      file: recording('Who is speaking now?', 225),
      top_k: '1',
    });
    expectOk('voiceprint-speaker-identify', who);
    expect(who.data.feature_score_list).toHaveLength(1);
    expect(who.data.feature_score_list[0]).toMatchObject({ feature_id: b.data.id, feature_name: 'Zhao' });
    expect(who.data.feature_score_list[0].score).toBeGreaterThan(80);

    const same = await form('POST', `/v1/audio/voiceprint_groups/${groupId}/speaker_identify`, { file: low });
    expect(same.data.feature_score_list[0]).toMatchObject({ feature_id: a.data.id, score: 100 });

    expectOk(
      'voiceprint-features-update',
      await form('PUT', `${features}/${a.data.id}`, { name: 'Wang Wei', file: high }),
    );
    const listed = await call('GET', features);
    expectOk('voiceprint-features-list', listed);
    expect(listed.data.items.map((f: { name: string }) => f.name)).toEqual(['Wang Wei', 'Zhao']);

    expectOk('voiceprint-features-delete', await call('DELETE', `${features}/${b.data.id}`));
    expect((await call('DELETE', `${features}/${b.data.id}`)).code).toBe(4200);
    expectOk(
      'voiceprint-groups-update',
      await call('PUT', `/v1/audio/voiceprint_groups/${groupId}`, { name: 'Office 2' }),
    );
    expectOk('voiceprint-groups-delete', await call('DELETE', `/v1/audio/voiceprint_groups/${groupId}`));
    expect((await call('GET', features)).code).toBe(4200);
  });

  it('takes 48 kHz mono PCM with sample_rate and channel, as the official coze-js example sends it, and knows the voice again', async () => {
    const { form, call } = session();
    const pcm = (pitchHz: number) =>
      new File(
        [synthesize('我是声纹测试的录音，请记住我的声音。', { sampleRate: 48000, speed: 1, loudnessRate: 0, pitchHz })],
        'audio.pcm',
      );
    const group = await call('POST', '/v1/audio/voiceprint_groups', { name: 'pcm48' });
    const path = `/v1/audio/voiceprint_groups/${group.data.id}`;
    const low = await form('POST', `${path}/features`, {
      file: pcm(110),
      name: 'low',
      sample_rate: '48000',
      channel: '1',
    });
    expectOk('voiceprint-features-create', low);
    const high = await form('POST', `${path}/features`, {
      file: pcm(260),
      name: 'high',
      sample_rate: '48000',
      channel: '1',
    });
    expectOk('voiceprint-features-create', high);
    const who = await form('POST', `${path}/speaker_identify`, {
      file: pcm(112),
      top_k: '5',
      sample_rate: '48000',
      channel: '1',
    });
    expectOk('voiceprint-speaker-identify', who);
    expect(who.data.feature_score_list[0].feature_id).toBe(low.data.id);
  });

  it('identifies the seeded voices from the sandbox’s own speech', async () => {
    const { speech, form } = session();
    const audio = await (
      await speech({ input: '大家好', voice_id: SANDBOX_IDS.voice, response_format: 'wav', sample_rate: 16000 })
    ).blob();
    const who = await form('POST', `/v1/audio/voiceprint_groups/${SANDBOX_IDS.voiceprintGroup}/speaker_identify`, {
      file: new File([audio], 'hello.wav'),
    });
    expect(who.data.feature_score_list[0].feature_id).toBe(SANDBOX_IDS.voiceprintFeature);
  });

  it.each([
    ['an mp3', { file: new File([new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0, 1, 2])], 'a.mp3') }, 4303],
    ['a missing name', { file: recording('hi', 150), name: '' }, 4000],
  ])('refuses %s', async (_, fields, code) => {
    const body = await session().form('POST', `/v1/audio/voiceprint_groups/${SANDBOX_IDS.voiceprintGroup}/features`, {
      name: 'X',
      ...(fields as Record<string, string | Blob>),
    });
    expect(body.code).toBe(code);
  });
});

describe('audio helpers', () => {
  it('writes WAV files that read back', () => {
    const samples = Int16Array.from({ length: 480 }, (_, i) => Math.round(Math.sin(i / 5) * 1000));
    const bytes = encodeWav(samples, 48000, { ICMT: 'note' });
    const wav = parseWav(bytes)!;
    expect(wav).toMatchObject({ sampleRate: 48000, channels: 1, bitsPerSample: 16, dataLength: 960, durationMs: 10 });
    expect(wav.info).toEqual({ ICMT: 'note' });
    expect([...samplesOf(bytes, wav.dataOffset, wav.dataLength)]).toEqual([...samples]);
  });

  it('tells recordings apart by pitch', () => {
    const signature = (pitch: number) => {
      const bytes = encodeWav(
        synthesize('a e i o u, a e i o u', { sampleRate: 16000, speed: 1, loudnessRate: 0, pitchHz: pitch }),
        16000,
      );
      return signatureOf(bytes, probeAudio(bytes, {})!);
    };
    const low = signature(110);
    expect(low.pitchHz).toBeGreaterThan(95);
    expect(low.pitchHz).toBeLessThan(125);
    expect(similarity(low, signature(115))).toBeGreaterThan(80);
    expect(similarity(low, signature(220))).toBeLessThan(10);
  });
});
