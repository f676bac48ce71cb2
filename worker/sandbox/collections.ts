import type {
  ApiAppRecord,
  AuthCodeRecord,
  BotRecord,
  DatasetRecord,
  DatabaseRecord,
  DatabaseRowRecord,
  DatabaseTaskRecord,
  DeviceGrantRecord,
  DocumentRecord,
  RefreshTokenRecord,
  VariablesRecord,
  VoiceRecord,
  VoiceprintFeatureRecord,
  VoiceprintGroupRecord,
  WorkspaceRecord,
} from './records';

/** The platform objects a session keeps as plain records, by kind. */
export interface Collections {
  /** Agents made or changed in the session; the seeded ones are read from the fixtures until changed. */
  bot: BotRecord;
  dataset: DatasetRecord;
  /** Agents made in the session (copied from a template); the fixture agents are not stored. */
  /** Coze databases (one table each) with their rows. */
  database: DatabaseRecord;
  /** Async database record calls, polled with database-tasks-retrieve. */
  /** Rows of the databases, keyed `<database_id>:<row id>` so a database lists its own. */
  'database-row': DatabaseRowRecord;
  'database-task': DatabaseTaskRecord;
  document: DocumentRecord;
  'voiceprint-group': VoiceprintGroupRecord;
  'voiceprint-feature': VoiceprintFeatureRecord;
  voice: VoiceRecord;
  'api-app': ApiAppRecord;
  /** Keyed by owner (`bot:<id>` or `app:<id>`), channel and end user. */
  variables: VariablesRecord;
  workspace: WorkspaceRecord;
  'device-grant': DeviceGrantRecord;
  /** Codes the sandbox's consent page issued, by code. */
  'auth-code': AuthCodeRecord;
  'refresh-token': RefreshTokenRecord;
  /** Authorization codes and JWT ids already exchanged: each works once. */
  'spent-grant': { spent_at: number };
  /** Objects of the calls the sandbox otherwise generates (export tasks, quota rules…), by kind and parent. */
  made: { kind: string; scope: string; value: Record<string, unknown> };
}

/** A kind of platform object. */
export type Kind = keyof Collections;

/**
 * The storage key of one platform object: `obj:<kind>:<id>`, apart from the chat keys
 * (`conv:`, `msg:`…), so listing a kind is one prefix scan.
 */
export function itemKey(kind: Kind, id: string): string {
  return `obj:${kind}:${id}`;
}
