import { sandboxTextOf } from '../audio/speech-info';
import { readAudio } from '../audio/upload';
import { signatureOf } from '../audio/voiceprint';
import { CozeCode, CozeError } from '../envelope';
import { intParam, pageOf, seconds } from '../params';
import { shaped } from '../shape-call';
import { hash } from '../text';
import { requireWorkspace } from './workspaces';
import type { Handler } from '../call';
import type { VoiceRecord } from '../records';
import type { SessionStore } from '../state';

/** Coze lets one voice be trained ten times, the first clone included. */
const TRAININGS = 10;
const MAX_CLONE_BYTES = 10 * 1024 * 1024;
// Which detected containers each declared `audio_format` covers.
const DECLARED: Readonly<Record<string, readonly string[]>> = {
  wav: ['wav'],
  mp3: ['mp3'],
  ogg: ['ogg', 'opus', 'spx'],
  m4a: ['m4a'],
  aac: ['aac', 'm4a'],
  pcm: ['pcm'],
};
const LANGUAGES: Readonly<Record<string, string>> = {
  zh: '中文',
  en: 'English',
  ja: '日本語',
  es: 'Español',
  id: 'Bahasa Indonesia',
  pt: 'Português',
};

/** The voice with this id (a system voice or one cloned in the session), or 4200. */
export async function requireVoice(store: SessionStore, id: unknown): Promise<VoiceRecord> {
  const voice = await store.item('voice', String(id));
  if (!voice)
    throw new CozeError(CozeCode.notFound, `Voice ${String(id)} not found: list voices with audio-voices-list`);
  return voice;
}

function voiceView(voice: VoiceRecord): Record<string, unknown> {
  return {
    voice_id: voice.voice_id,
    name: voice.name,
    is_system_voice: voice.is_system_voice,
    language_code: voice.language_code,
    language_name: voice.language_name,
    preview_text: voice.preview_text,
    preview_audio: `https://sandbox.coze.invalid/voices/${voice.voice_id}/preview.wav`,
    available_training_times: voice.available_training_times,
    create_time: voice.create_time,
    update_time: voice.update_time,
    model_type: voice.model_type,
    model_name: voice.model_type === 'big' ? 'sandbox-tts-big' : 'sandbox-tts-small',
    state: voice.state,
    support_emotions: voice.support_emotions.map((emotion) => ({
      emotion,
      display_name: emotion.charAt(0).toUpperCase() + emotion.slice(1),
      emotion_scale_interval: { min: 1, max: 5, default: 4 },
    })),
  };
}

/** GET /v1/audio/voices: system voices first, then cloned ones, filtered by kind, model and state. */
export const listVoices: Handler = async (call) => {
  const pageNum = intParam(call.query['page_num'], 'page_num', 1, 1, 10_000);
  const pageSize = intParam(call.query['page_size'], 'page_size', 100, 1, 100);
  const state = call.query['voice_state'] ?? 'cloned';
  const all = (await call.store.items('voice'))
    .filter((voice) => !(call.query['filter_system_voice'] === true && voice.is_system_voice))
    .filter((voice) => call.query['model_type'] === undefined || voice.model_type === call.query['model_type'])
    .filter((voice) => state === 'all' || voice.state === state)
    .sort((a, b) => Number(b.is_system_voice) - Number(a.is_system_voice));
  const page = pageOf(all, pageNum, pageSize);
  return shaped(call, { data: { voice_list: page.items.map(voiceView), has_more: page.hasMore } });
};

/**
 * POST /v1/audio/voices/clone: a voice from a recording. `audio_format` must name what the file
 * is; the new voice speaks at the recording's pitch. With `voice_id`, retrains that voice.
 */
export const cloneVoice: Handler = async (call) => {
  const upload = await readAudio(call.body, {
    formats: ['wav', 'mp3', 'ogg', 'opus', 'spx', 'm4a', 'aac', 'pcm'],
    maxBytes: MAX_CLONE_BYTES,
    pcmSampleRate: 24000,
  });
  const declared = String(call.body['audio_format']);
  if (!DECLARED[declared]?.includes(upload.probe.format))
    throw new CozeError(
      CozeCode.badRequest,
      `Invalid parameter audio_format: it says ${declared}, but the file is ${upload.probe.format}`,
    );
  const name = String(call.body['voice_name']);
  if (new TextEncoder().encode(name).length > 128)
    throw new CozeError(CozeCode.badRequest, 'Invalid parameter voice_name: at most 128 bytes');
  if (call.body['space_id'] !== undefined) await requireWorkspace(call.store, call.body['space_id']);
  const spoken = sandboxTextOf(upload.probe);
  const script = call.body['text'];
  // Coze compares the script with what it hears (1109 WERError); the sandbox can only for its own audio.
  if (typeof script === 'string' && spoken !== undefined && script.replace(/\s/g, '') !== spoken.replace(/\s/g, ''))
    throw new CozeError(
      1109,
      'WERError: the recording does not match `text`; read the text as written or leave it out',
    );

  const retrain = call.body['voice_id'];
  const existing = retrain === undefined ? undefined : await requireVoice(call.store, retrain);
  if (existing?.is_system_voice)
    throw new CozeError(CozeCode.badRequest, `Voice ${existing.voice_id} is a system voice and cannot be retrained`);
  if (existing && existing.available_training_times <= 0)
    throw new CozeError(
      CozeCode.badRequest,
      `Voice ${existing.voice_id} has been trained ${TRAININGS} times, the limit`,
    );
  const pitch = signatureOf(upload.bytes, upload.probe, 24000).pitchHz || 100 + (hash(upload.name) % 140);
  const language = String(call.body['language'] ?? existing?.language_code ?? 'zh');
  const at = seconds(call.nowMs);
  const voice: VoiceRecord = {
    voice_id: existing?.voice_id ?? (await call.store.nextId()),
    name,
    is_system_voice: false,
    language_code: language,
    language_name: LANGUAGES[language] ?? language,
    preview_text: String(
      call.body['preview_text'] ?? (language === 'zh' ? '你好，这是我复刻的声音。' : 'Hello, this is my cloned voice.'),
    ),
    model_type: 'big',
    state: 'cloned',
    pitch_hz: Math.round(pitch),
    support_emotions: [],
    available_training_times: (existing?.available_training_times ?? TRAININGS) - 1,
    create_time: existing?.create_time ?? at,
    update_time: at,
  };
  await call.store.putItem('voice', voice.voice_id, voice);
  // Coze documents `voice_id` only; cozepy reads the answer as a whole Voice, so the sandbox sends the voice.
  return { data: voiceView(voice) };
};
