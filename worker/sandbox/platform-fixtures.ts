import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import { SANDBOX_USER, iconUrl } from './fixtures';
import type { MemberRecord, VoiceRecord } from './records';

/** Ids of the platform fixtures beyond {@link SANDBOX_IDS}. */
export const PLATFORM_IDS = {
  /** Two more people of the sandbox workspace. */
  admin: '7351000000000000602',
  member: '7351000000000000603',
  /** A second voiceprint in the seeded group, so speaker identification has something to rank. */
  secondFeature: '7351000000000000863',
  englishVoice: '7351000000000000852',
  narratorVoice: '7351000000000000853',
  /** The rows of the seeded database: alice, molly and amy. */
  databaseRows: ['7351000000000000813', '7351000000000000814', '7351000000000000815'],
} as const;

/**
 * The refresh token the sandbox client holds from the start. Like the seeded workflow interrupt,
 * it stays valid after use, so the catalog's refresh example runs every time.
 */
export const FIXTURE_REFRESH_TOKEN = SANDBOX_IDS.oauthRefreshToken;

/** People the sandbox knows, by user id. */
export const PEOPLE: Readonly<Record<string, { readonly nickname: string; readonly uniqueName: string }>> = {
  [SANDBOX_USER.id]: { nickname: 'Sandbox User', uniqueName: SANDBOX_USER.name },
  [PLATFORM_IDS.admin]: { nickname: 'Li Lei', uniqueName: 'li_lei' },
  [PLATFORM_IDS.member]: { nickname: 'Han Meimei', uniqueName: 'han_meimei' },
};

/** A workspace member record for a user id, named after {@link PEOPLE} when the sandbox knows them. */
export function memberOf(userId: string, role: MemberRecord['role_type'], joinedAt: number): MemberRecord {
  const person = PEOPLE[userId];
  return {
    user_id: userId,
    role_type: role,
    user_nickname: person?.nickname ?? `User ${userId.slice(-4)}`,
    user_unique_name: person?.uniqueName ?? `user_${userId.slice(-6)}`,
    joined_at: joinedAt,
  };
}

/** The built-in voices; cloned ones join them in the session. */
export const SYSTEM_VOICES: readonly Omit<VoiceRecord, 'create_time' | 'update_time'>[] = [
  {
    voice_id: SANDBOX_IDS.voice,
    name: 'Xiaoyu (sandbox, warm female)',
    is_system_voice: true,
    language_code: 'zh',
    language_name: '中文',
    preview_text: '你好，我是沙盒里的小雨。',
    model_type: 'big',
    state: 'cloned',
    pitch_hz: 215,
    support_emotions: ['happy', 'sad', 'angry', 'surprised', 'neutral'],
    available_training_times: 0,
  },
  {
    voice_id: PLATFORM_IDS.englishVoice,
    name: 'Ethan (sandbox, calm male)',
    is_system_voice: true,
    language_code: 'en',
    language_name: 'English',
    preview_text: "Hi, I'm Ethan from the sandbox.",
    model_type: 'small',
    state: 'cloned',
    pitch_hz: 115,
    support_emotions: [],
    available_training_times: 0,
  },
  {
    voice_id: PLATFORM_IDS.narratorVoice,
    name: 'Yunhao (sandbox, narrator)',
    is_system_voice: true,
    language_code: 'zh',
    language_name: '中文',
    preview_text: '欢迎收听沙盒电台。',
    model_type: 'big',
    state: 'cloned',
    pitch_hz: 140,
    support_emotions: ['neutral', 'coldness'],
    available_training_times: 0,
  },
];

/** What each callback event is, as api-apps-events-list describes it. */
export const EVENT_TYPES: Readonly<Record<string, { readonly name: string; readonly description: string }>> = {
  'bot.published': { name: 'Agent published', description: 'An agent was published to a channel.' },
  'bot.unpublished': { name: 'Agent unpublished', description: 'An agent was taken off a channel.' },
  'bot.deleted': { name: 'Agent deleted', description: 'An agent was deleted.' },
  'benefit.usage': { name: 'Usage pushed', description: 'Resource usage of the account, pushed for billing.' },
  'benefit.plugin.scale.requested': {
    name: 'Plugin scale-up requested',
    description: 'A plugin asked for more concurrency.',
  },
  'benefit.plugin.scale.expired': {
    name: 'Plugin scale-up expired',
    description: 'A plugin concurrency increase ran out.',
  },
};

/** The icon of a workspace or knowledge base the sandbox creates. */
export function iconFor(name: string): string {
  return iconUrl((name.trim().charAt(0) || 'S').toUpperCase(), '#4d53e8');
}
