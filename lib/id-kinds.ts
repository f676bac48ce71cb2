/** The kinds of Coze object whose ids a form field can pick from the caller's own lists. */
export type IdKind = 'workspace' | 'bot' | 'workflow' | 'dataset' | 'conversation' | 'voice';

const KIND_OF_FIELD: Readonly<Record<string, IdKind>> = {
  workspace_id: 'workspace',
  space_id: 'workspace',
  bot_id: 'bot',
  workflow_id: 'workflow',
  dataset_id: 'dataset',
  conversation_id: 'conversation',
  voice_id: 'voice',
};

/**
 * The kind of id a field takes, by its name, or undefined for a field that takes none.
 * @example idKindOf('bot_id') // 'bot'
 */
export function idKindOf(fieldName: string): IdKind | undefined {
  return Object.hasOwn(KIND_OF_FIELD, fieldName) ? KIND_OF_FIELD[fieldName] : undefined;
}
