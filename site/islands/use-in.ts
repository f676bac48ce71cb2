/**
 * Where an id found in a response can be used: for each id field name, the calls that take it, as
 * `endpoint id|group|location` (checked against the catalog by test/unit/use-in.test.ts).
 */
const USE_IN: Readonly<Record<string, readonly string[]>> = {
  bot_id: [
    'update-bot|bot|body',
    'publish-bot|bot|body',
    'retrieve-bot|bot|path',
    'switch-bot-collaboration-mode|bot|path',
    'add-bot-collaborator|bot|path',
    'remove-bot-collaborator|bot|path',
    'list-bot-versions|bot|path',
    'unpublish-bot|bot|path',
    'create-conversation|conversation|body',
    'list-conversations|conversation|query',
    'create-chat|chat|body',
    'run-workflow|workflow|body',
    'stream-run-workflow|workflow|body',
    'run-chatflow|workflow|body',
    'audio-rooms-create|audio|body',
    'ws-chat|audio|query',
    'variables-update|variables|body',
    'variables-retrieve|variables|query',
    'connectors-bots-update-audit|channels|path',
    'deprecated-bot-get-online-info|deprecated|query',
  ],
  chat_id: [
    'list-messages|conversation|body',
    'retrieve-chat|chat|query',
    'list-chat-messages|chat|query',
    'submit-tool-outputs|chat|query',
    'cancel-chat|chat|body',
  ],
  conversation_id: [
    'retrieve-conversation|conversation|query',
    'update-conversation|conversation|path',
    'delete-conversation|conversation|path',
    'clear-conversation-context|conversation|path',
    'create-message|conversation|query',
    'list-messages|conversation|query',
    'retrieve-message|conversation|query',
    'update-message|conversation|query',
    'delete-message|conversation|query',
    'create-message-feedback|conversation|path',
    'delete-message-feedback|conversation|path',
    'create-chat|chat|query',
    'retrieve-chat|chat|query',
    'list-chat-messages|chat|query',
    'submit-tool-outputs|chat|query',
    'cancel-chat|chat|body',
    'run-chatflow|workflow|body',
    'audio-rooms-create|audio|body',
  ],
  dataset_id: [
    'datasets-update|knowledge|path',
    'datasets-delete|knowledge|path',
    'knowledge-documents-create|knowledge|body',
    'knowledge-documents-list|knowledge|body',
    'datasets-process|knowledge|path',
    'datasets-images-update|knowledge|path',
    'datasets-images-list|knowledge|path',
  ],
  document_id: ['knowledge-documents-update|knowledge|body', 'datasets-images-update|knowledge|path'],
  execute_id: ['retrieve-workflow-run-history|workflow|path', 'retrieve-workflow-node-output|workflow|path'],
  file_id: ['retrieve-file|file|query', 'datasets-create|knowledge|body', 'datasets-update|knowledge|body'],
  voice_id: ['audio-speech-create|audio|body', 'audio-voices-clone|audio|body', 'audio-rooms-create|audio|body'],
  workflow_id: [
    'run-workflow|workflow|body',
    'stream-run-workflow|workflow|body',
    'stream-resume-workflow|workflow|body',
    'resume-workflow|workflow|body',
    'retrieve-workflow-run-history|workflow|path',
    'run-chatflow|workflow|body',
    'retrieve-workflow-node-output|workflow|path',
    'retrieve-workflow|workflow|path',
    'list-workflow-versions|workflow|path',
    'switch-workflow-collaboration-mode|workflow|path',
    'add-workflow-collaborator|workflow|path',
    'remove-workflow-collaborator|workflow|path',
    'audio-rooms-create|audio|body',
    'ws-chat|audio|query',
  ],
  workspace_id: [
    'list-bots|bot|query',
    'templates-duplicate|bot|body',
    'list-apps|bot|query',
    'update-workspace|workspace|path',
    'list-workspace-members|workspace|path',
    'add-workspace-members|workspace|path',
    'remove-workspace-members|workspace|path',
    'list-folders|folder|query',
    'list-workflows|workflow|query',
    'databases-create|database|body',
    'databases-list|database|query',
    'connectors-install|channels|body',
  ],
};

/** One call an id can be used in, and the link that opens its page with the id filled in. */
export interface UseTarget {
  readonly endpointId: string;
  readonly href: string;
}

/** The id field a JSON key names, or undefined (the key as JsonTree shows it: quoted, or bare). */
export function idFieldOf(key: string | undefined): string | undefined {
  const name = key?.replace(/^"|"$/g, '');
  return name && Object.hasOwn(USE_IN, name) ? name : undefined;
}

/**
 * The calls that take an id of field `field`, each with a link that opens its page with the form
 * filled (in the URL fragment: an id is no secret, and no token ever goes there).
 * @example useTargets('chat_id', '7')[0] // { endpointId: 'list-messages', href: '/conversation/list-messages/#use=body.chat_id=7' }
 */
export function useTargets(field: string, value: string): UseTarget[] {
  return (USE_IN[field] ?? []).map((entry) => {
    const [endpointId = '', group = '', location = ''] = entry.split('|');
    return { endpointId, href: `/${group}/${endpointId}/#use=${location}.${field}=${encodeURIComponent(value)}` };
  });
}

/**
 * The field and value a page was opened with (`#use=body.bot_id=123`), or undefined.
 * @example filledFromHash('#use=body.bot_id=123') // { path: ['body', 'bot_id'], value: '123' }
 */
export function filledFromHash(hash: string): { path: [string, string]; value: string } | undefined {
  const match = /^#use=(path|query|body)\.([a-z_]+)=(.*)$/.exec(hash);
  if (!match) return undefined;
  try {
    return { path: [match[1]!, match[2]!], value: decodeURIComponent(match[3]!) };
  } catch {
    return undefined;
  }
}
