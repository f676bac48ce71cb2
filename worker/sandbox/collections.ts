import type {
  ApiAppRecord,
  DatasetRecord,
  DatabaseRecord,
  DatabaseRowRecord,
  DatabaseTaskRecord,
  DeviceGrantRecord,
  DocumentRecord,
  RefreshTokenRecord,
  SessionBotRecord,
  VariablesRecord,
  VoiceRecord,
  VoiceprintFeatureRecord,
  VoiceprintGroupRecord,
  WorkspaceRecord,
} from './records';

/** The platform objects a session keeps as plain records, by kind. */
export interface Collections {
  dataset: DatasetRecord;
  /** Agents made in the session (copied from a template); the fixture agents are not stored. */
  bot: SessionBotRecord;
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
  'refresh-token': RefreshTokenRecord;
  /** Authorization codes and JWT ids already exchanged: each works once. */
  'spent-grant': { spent_at: number };
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
