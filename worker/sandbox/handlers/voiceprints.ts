import { readAudio, type AudioUpload } from '../audio/upload';
import { signatureOf, similarity } from '../audio/voiceprint';
import { CozeCode, CozeError } from '../envelope';
import { SANDBOX_USER, iconUrl } from '../fixtures';
import { intParam, pageOf, seconds } from '../params';
import { shaped } from '../shape-call';
import type { Call, Handler } from '../call';
import type { AudioNote, VoiceprintFeatureRecord, VoiceprintGroupRecord } from '../records';

const MAX_FEATURES = 10;
const MAX_AUDIO_BYTES = 4 * 1024 * 1024;
const creator = {
  id: SANDBOX_USER.id,
  name: SANDBOX_USER.name,
  nickname: 'Sandbox User',
  avatar_url: iconUrl('U', '#0fa968'),
};

async function requireGroup(call: Call): Promise<VoiceprintGroupRecord> {
  const id = call.path['group_id']!;
  const group = await call.store.item('voiceprint-group', id);
  if (!group) throw new CozeError(CozeCode.notFound, `Voiceprint group ${id} not found`);
  return group;
}

async function featuresOf(call: Call, groupId: string): Promise<VoiceprintFeatureRecord[]> {
  return (await call.store.items('voiceprint-feature')).filter((feature) => feature.group_id === groupId);
}

async function requireFeature(call: Call, group: VoiceprintGroupRecord): Promise<VoiceprintFeatureRecord> {
  const id = call.path['feature_id']!;
  const feature = await call.store.item('voiceprint-feature', id);
  if (!feature || feature.group_id !== group.id)
    throw new CozeError(CozeCode.notFound, `Voiceprint ${id} not found in group ${group.id}`);
  return feature;
}

function checkText(value: unknown, name: string, max: number): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (text.length > max)
    throw new CozeError(CozeCode.badRequest, `Invalid parameter ${name}: at most ${max} characters`);
  return text;
}

/**
 * Reads a voiceprint recording: WAV, or raw 16-bit PCM at the `sample_rate` and `channel` the
 * request gives (16 kHz mono by default), at most 4 MB. The docs' limits table names 16 kHz mono
 * for pcm, but the same page takes `sample_rate` and `channel`, and the official coze-js example
 * uploads 48 kHz mono pcm, so any rate and channel count is read as given.
 */
async function readRecording(call: Call): Promise<{ upload: AudioUpload; note: AudioNote }> {
  const rate = Number(call.body['sample_rate'] ?? 16000);
  const channels = Number(call.body['channel'] ?? 1);
  const upload = await readAudio(call.body, {
    formats: ['wav', 'pcm'],
    maxBytes: MAX_AUDIO_BYTES,
    pcmSampleRate: rate,
    pcmChannels: channels,
  });
  const signature = signatureOf(upload.bytes, upload.probe, rate, channels);
  const note: AudioNote = {
    format: upload.probe.format,
    bytes: upload.bytes.length,
    duration_ms: upload.probe.durationMs,
    pitch_hz: signature.pitchHz,
    digest: signature.digest,
  };
  return { upload, note };
}

/** POST /v1/audio/voiceprint_groups. */
export const createVoiceprintGroup: Handler = async (call) => {
  const name = checkText(call.body['name'], 'name', 20)!;
  const at = seconds(call.nowMs);
  const group: VoiceprintGroupRecord = {
    id: await call.store.nextId(),
    name,
    desc: checkText(call.body['desc'], 'desc', 500) ?? '',
    created_at: at,
    updated_at: at,
  };
  await call.store.putItem('voiceprint-group', group.id, group);
  return shaped(call, { data: { id: group.id } });
};

/** GET /v1/audio/voiceprint_groups: oldest first, filtered by name prefix or id. */
export const listVoiceprintGroups: Handler = async (call) => {
  const pageNum = intParam(call.query['page_num'], 'page_num', 1, 1, 10_000);
  const pageSize = intParam(call.query['page_size'], 'page_size', 10, 1, 200);
  const userId = call.query['user_id'];
  if (userId !== undefined && userId !== SANDBOX_USER.id)
    throw new CozeError(
      CozeCode.badRequest,
      `Invalid parameter user_id: only your own id (${SANDBOX_USER.id}) is allowed`,
    );
  const prefix = String(call.query['name'] ?? '');
  const features = await call.store.items('voiceprint-feature');
  const all = (await call.store.items('voiceprint-group'))
    .filter((group) => group.name.startsWith(prefix))
    .filter((group) => call.query['group_id'] === undefined || group.id === call.query['group_id']);
  const page = pageOf(all, pageNum, pageSize);
  const items = page.items.map((group) => ({
    id: group.id,
    name: group.name,
    desc: group.desc,
    icon_url: iconUrl(group.name.charAt(0).toUpperCase() || 'V', '#7a5af8'),
    feature_count: features.filter((feature) => feature.group_id === group.id).length,
    created_at: group.created_at,
    updated_at: group.updated_at,
    user_info: creator,
  }));
  return shaped(call, { data: { items, total: all.length } });
};

/** PUT /v1/audio/voiceprint_groups/:group_id. */
export const updateVoiceprintGroup: Handler = async (call) => {
  const group = await requireGroup(call);
  const name = checkText(call.body['name'], 'name', 20);
  const desc = checkText(call.body['desc'], 'desc', 500);
  const updated = {
    ...group,
    ...(name !== undefined && { name }),
    ...(desc !== undefined && { desc }),
    updated_at: seconds(call.nowMs),
  };
  await call.store.putItem('voiceprint-group', group.id, updated);
  return shaped(call, {});
};

/** DELETE /v1/audio/voiceprint_groups/:group_id: the group with its voiceprints. */
export const deleteVoiceprintGroup: Handler = async (call) => {
  const group = await requireGroup(call);
  const features = await featuresOf(call, group.id);
  await call.store.deleteItems(
    'voiceprint-feature',
    features.map((feature) => feature.id),
  );
  await call.store.deleteItems('voiceprint-group', [group.id]);
  return shaped(call, {});
};

/** POST /v1/audio/voiceprint_groups/:group_id/features: a voiceprint from a WAV or PCM recording. */
export const createVoiceprint: Handler = async (call) => {
  const group = await requireGroup(call);
  if ((await featuresOf(call, group.id)).length >= MAX_FEATURES)
    throw new CozeError(
      CozeCode.badRequest,
      `Voiceprint group ${group.id} is full: at most ${MAX_FEATURES} voiceprints`,
    );
  const { note } = await readRecording(call);
  const at = seconds(call.nowMs);
  const feature: VoiceprintFeatureRecord = {
    id: await call.store.nextId(),
    group_id: group.id,
    name: checkText(call.body['name'], 'name', 100)!,
    desc: checkText(call.body['desc'], 'desc', 500) ?? '',
    audio: note,
    created_at: at,
    updated_at: at,
  };
  await call.store.putItem('voiceprint-feature', feature.id, feature);
  return shaped(call, { data: { id: feature.id } });
};

/** GET /v1/audio/voiceprint_groups/:group_id/features. */
export const listVoiceprints: Handler = async (call) => {
  const group = await requireGroup(call);
  const pageNum = intParam(call.query['page_num'], 'page_num', 1, 1, 10_000);
  const pageSize = intParam(call.query['page_size'], 'page_size', 10, 1, 200);
  const all = await featuresOf(call, group.id);
  const page = pageOf(all, pageNum, pageSize);
  const items = page.items.map((feature) => ({
    id: feature.id,
    group_id: feature.group_id,
    name: feature.name,
    desc: feature.desc,
    audio_url: `https://sandbox.coze.invalid/voiceprints/${feature.id}.${feature.audio.format}`,
    icon_url: iconUrl(feature.name.charAt(0).toUpperCase() || 'V', '#e04f5f'),
    created_at: feature.created_at,
    updated_at: feature.updated_at,
    user_info: creator,
  }));
  return shaped(call, { data: { items, total: all.length } });
};

/** PUT /v1/audio/voiceprint_groups/:group_id/features/:feature_id: multipart; a new recording is optional. */
export const updateVoiceprint: Handler = async (call) => {
  const group = await requireGroup(call);
  const feature = await requireFeature(call, group);
  const recording = call.body['file'] === undefined ? undefined : await readRecording(call);
  const name = checkText(call.body['name'], 'name', 100);
  const desc = checkText(call.body['desc'], 'desc', 500);
  const updated: VoiceprintFeatureRecord = {
    ...feature,
    ...(name !== undefined && { name }),
    ...(desc !== undefined && { desc }),
    ...(recording && { audio: recording.note }),
    updated_at: seconds(call.nowMs),
  };
  await call.store.putItem('voiceprint-feature', feature.id, updated);
  return shaped(call, {});
};

/** DELETE /v1/audio/voiceprint_groups/:group_id/features/:feature_id. */
export const deleteVoiceprint: Handler = async (call) => {
  const group = await requireGroup(call);
  const feature = await requireFeature(call, group);
  await call.store.deleteItems('voiceprint-feature', [feature.id]);
  return shaped(call, {});
};

/** POST /v1/audio/voiceprint_groups/:group_id/speaker_identify: the group's voiceprints, most alike first. */
export const identifySpeaker: Handler = async (call) => {
  const group = await requireGroup(call);
  const { note } = await readRecording(call);
  const topK = call.body['top_k'] === undefined ? undefined : intParam(call.body['top_k'], 'top_k', 1, 1, MAX_FEATURES);
  const heard = { pitchHz: note.pitch_hz, digest: note.digest };
  const scores = (await featuresOf(call, group.id))
    .map((feature) => ({
      feature_id: feature.id,
      feature_name: feature.name,
      feature_desc: feature.desc,
      score: similarity(heard, { pitchHz: feature.audio.pitch_hz, digest: feature.audio.digest }),
    }))
    .sort((a, b) => b.score - a.score);
  return shaped(call, { data: { feature_score_list: topK === undefined ? scores : scores.slice(0, topK) } });
};
