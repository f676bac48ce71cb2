import oauthAuthorize from '../../catalog/endpoints/auth/oauth-authorize';
import oauthTokenAuthorizationCode from '../../catalog/endpoints/auth/oauth-token-authorization-code';
import oauthTokenPkce from '../../catalog/endpoints/auth/oauth-token-pkce';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import { probeAudio } from './audio/detect';
import { synthesize } from './audio/synth';
import { signatureOf } from './audio/voiceprint';
import { encodeWav } from './audio/wav';
import { itemKey, type Collections, type Kind } from './collections';
import { SANDBOX_USER } from './fixtures';
import { FIXTURE_REFRESH_TOKEN, PLATFORM_IDS, SYSTEM_VOICES, iconFor, memberOf } from './platform-fixtures';
import type { AudioNote, DocumentRecord } from './records';

const sec = (ms: number) => Math.floor(ms / 1000);

const NOTES = new Map<string, AudioNote>();

/**
 * What the sandbox keeps of a recording of `text` in a voice of this pitch, as if it had been
 * uploaded; worked out once per isolate, since every session seeds the same recordings.
 */
export function recordedNote(text: string, pitchHz: number): AudioNote {
  const key = `${pitchHz}:${text}`;
  const known = NOTES.get(key);
  if (known) return known;
  const note = analysedNote(text, pitchHz);
  NOTES.set(key, note);
  return note;
}

function analysedNote(text: string, pitchHz: number): AudioNote {
  const sampleRate = 16000;
  const wav = encodeWav(synthesize(text, { sampleRate, speed: 1, loudnessRate: 0, pitchHz }), sampleRate);
  const probe = probeAudio(wav, { name: 'recording.wav' })!;
  const signature = signatureOf(wav, probe);
  return {
    format: 'wav',
    bytes: wav.length,
    duration_ms: probe.durationMs,
    pitch_hz: signature.pitchHz,
    digest: signature.digest,
  };
}

/**
 * The storage entries of the platform fixtures every session starts with, keyed as
 * {@link itemKey} keys them: the sandbox workspace and its people, a text and an image knowledge
 * base with a file each, a database with three rows and a finished task, a voiceprint group with two voiceprints, the system voices, a callback
 * app, one end user's variables and the OAuth client's grants.
 */
export function platformEntries(nowMs: number): Record<string, unknown> {
  const entries: Record<string, unknown> = {};
  const add = <K extends Kind>(kind: K, id: string, value: Collections[K]) => (entries[itemKey(kind, id)] = value);
  const created = sec(nowMs) - 7 * 86_400;
  const updated = sec(nowMs) - 86_400;

  add('workspace', SANDBOX_IDS.workspace, {
    id: SANDBOX_IDS.workspace,
    name: 'Sandbox workspace',
    description: 'The workspace of the Coze API Playground sandbox: its agents, workflows and knowledge.',
    icon_url: iconFor('Sandbox'),
    owner_uid: SANDBOX_USER.id,
    workspace_type: 'team',
    enterprise_id: SANDBOX_IDS.enterprise,
    members: [
      memberOf(SANDBOX_USER.id, 'owner', created),
      memberOf(PLATFORM_IDS.admin, 'admin', created + 600),
      memberOf(PLATFORM_IDS.member, 'member', created + 1200),
    ],
    created_at: created,
  });

  add('dataset', SANDBOX_IDS.dataset, {
    dataset_id: SANDBOX_IDS.dataset,
    name: 'Coze API notes',
    description: 'What the sandbox agents know about the Coze API.',
    space_id: SANDBOX_IDS.workspace,
    format_type: 0,
    create_time: created,
    update_time: updated,
  });
  add('dataset', SANDBOX_IDS.imageDataset, {
    dataset_id: SANDBOX_IDS.imageDataset,
    name: 'Product photos',
    description: 'Captioned product photos.',
    space_id: SANDBOX_IDS.workspace,
    format_type: 2,
    create_time: created,
    update_time: updated,
  });
  const file: Omit<DocumentRecord, 'document_id' | 'dataset_id' | 'name' | 'type' | 'format_type'> = {
    size: 18_432,
    char_count: 16_210,
    slice_count: 24,
    document_source: 0,
    caption: '',
    chunk_strategy: { chunk_type: 0 },
    update_type: 0,
    update_interval: 0,
    create_time: created,
    update_time: updated,
    started_at_ms: created * 1000,
    ready_at_ms: created * 1000 + 5_000,
  };
  add('document', SANDBOX_IDS.document, {
    ...file,
    document_id: SANDBOX_IDS.document,
    dataset_id: SANDBOX_IDS.dataset,
    name: 'coze-api-overview.txt',
    type: 'txt',
    format_type: 0,
  });
  add('document', SANDBOX_IDS.imageDocument, {
    ...file,
    document_id: SANDBOX_IDS.imageDocument,
    dataset_id: SANDBOX_IDS.imageDataset,
    name: 'red-kettle.png',
    type: 'png',
    size: 204_800,
    char_count: 0,
    slice_count: 1,
    format_type: 2,
    document_source: 5,
    source_file_id: SANDBOX_IDS.file,
    caption: 'A red kettle on a wooden kitchen counter.',
    chunk_strategy: { caption_type: 1 },
  });

  add('database', SANDBOX_IDS.database, {
    id: SANDBOX_IDS.database,
    workspace_id: SANDBOX_IDS.workspace,
    app_id: '0',
    creator_id: SANDBOX_USER.id,
    table_name: 'user_info',
    table_desc: 'Users of the sandbox app with their level and city.',
    rw_mode: 'unlimited_read_write',
    connector_read_mode: 'independent_connector',
    fields: [
      { name: 'name', desc: 'User name', type: 'string', is_required: true },
      { name: 'level', desc: 'Membership level, 1 to 5', type: 'integer', is_required: true },
      { name: 'city', desc: 'Home city', type: 'string', is_required: false },
    ],
    indexs: [{ index_name: 'idx_level', field_names: ['level'], comment: 'By level' }],
    create_time: created,
    update_time: updated,
  });
  const people: [string, Record<string, string>][] = [
    [PLATFORM_IDS.databaseRows[0], { name: 'alice', level: '1', city: 'Hangzhou' }],
    [PLATFORM_IDS.databaseRows[1], { name: 'molly', level: '2', city: 'Beijing' }],
    [PLATFORM_IDS.databaseRows[2], { name: 'amy', level: '2', city: 'Shanghai' }],
  ];
  people.forEach(([id, values], i) =>
    add('database-row', `${SANDBOX_IDS.database}:${id}`, {
      database_id: SANDBOX_IDS.database,
      id,
      values,
      connector_id: SANDBOX_IDS.apiConnector,
      uuid: SANDBOX_USER.id,
      created_at_ms: (created + 60 * i) * 1000,
    }),
  );
  // The async insert that added molly and amy, finished long ago.
  add('database-task', SANDBOX_IDS.databaseTask, {
    task_id: SANDBOX_IDS.databaseTask,
    database_id: SANDBOX_IDS.database,
    task_type: 'insert',
    created_at_ms: (created + 60) * 1000,
    ready_at_ms: (created + 61) * 1000,
    affected_rows: 2,
    has_more: false,
    fixture: true,
  });

  add('voiceprint-group', SANDBOX_IDS.voiceprintGroup, {
    id: SANDBOX_IDS.voiceprintGroup,
    name: 'Family',
    desc: 'Voices of the household, for speaker identification.',
    created_at: created,
    updated_at: updated,
  });
  const [xiaoyu, ethan] = SYSTEM_VOICES;
  add('voiceprint-feature', SANDBOX_IDS.voiceprintFeature, {
    id: SANDBOX_IDS.voiceprintFeature,
    group_id: SANDBOX_IDS.voiceprintGroup,
    name: 'Xiaoyu',
    desc: 'Recorded with the sandbox voice Xiaoyu.',
    audio: recordedNote('你好，我是小雨，今天天气真不错。', xiaoyu!.pitch_hz),
    created_at: created,
    updated_at: created,
  });
  add('voiceprint-feature', PLATFORM_IDS.secondFeature, {
    id: PLATFORM_IDS.secondFeature,
    group_id: SANDBOX_IDS.voiceprintGroup,
    name: 'Ethan',
    desc: 'Recorded with the sandbox voice Ethan.',
    audio: recordedNote('Hello, this is Ethan speaking from the sandbox.', ethan!.pitch_hz),
    created_at: created + 60,
    updated_at: created + 60,
  });

  for (const voice of SYSTEM_VOICES)
    add('voice', voice.voice_id, { ...voice, create_time: created, update_time: created });

  add('api-app', SANDBOX_IDS.apiApp, {
    id: SANDBOX_IDS.apiApp,
    name: 'Publish notifier',
    app_type: 'normal',
    connector_id: '',
    callback_url: 'https://example.com/coze/callback',
    verify_token: 'sandbox_verify_7351',
    event_types: ['bot.published', 'bot.unpublished'],
    created_at: created,
  });

  add('variables', variablesKey(`bot:${SANDBOX_IDS.bot}`, SANDBOX_IDS.apiConnector, 'user-1'), {
    values: { user_name: { value: 'George', create_time: created, update_time: updated } },
  });

  add('device-grant', SANDBOX_IDS.device, {
    device_code: SANDBOX_IDS.device,
    user_code: 'SBOX-7351',
    client_id: SANDBOX_IDS.oauthClient,
    created_at_ms: created * 1000,
    polls: 1,
    consumed: false,
    fixture: true,
  });
  // The examples' codes, as if the consent page had issued them: the PKCE one for the authorize
  // example's challenge (RFC 7636's example pair), the web app's with none.
  const pkceExample = oauthTokenPkce.example.body as Record<string, string>;
  const webExample = oauthTokenAuthorizationCode.example.body as Record<string, string>;
  const authorizeExample = oauthAuthorize.example.query as Record<string, string>;
  add('auth-code', pkceExample['code']!, {
    client_id: SANDBOX_IDS.oauthClient,
    redirect_uri: pkceExample['redirect_uri']!,
    code_challenge: authorizeExample['code_challenge']!,
    code_challenge_method: 'S256',
    created_at_ms: created * 1000,
    used: false,
    fixture: true,
  });
  add('auth-code', webExample['code']!, {
    client_id: SANDBOX_IDS.oauthClient,
    redirect_uri: webExample['redirect_uri']!,
    created_at_ms: created * 1000,
    used: false,
    fixture: true,
  });
  add('refresh-token', FIXTURE_REFRESH_TOKEN, {
    client_id: SANDBOX_IDS.oauthClient,
    expires_at: sec(nowMs) + 30 * 86_400,
    used: false,
  });
  return entries;
}

/** The key of one end user's variables: the agent or app, the channel and the user. */
export function variablesKey(owner: string, connectorId: string, connectorUid: string): string {
  return `${owner}:${connectorId}:${connectorUid}`;
}
