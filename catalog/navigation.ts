import type { EndpointId } from './endpoints';
import type { GroupId, SubgroupId } from './types';

/** An entry of the navigation: a page id, or a subgroup with its page ids. */
export type NavEntry = string | { readonly subgroup: SubgroupId; readonly pages: readonly string[] };

/** A group of the navigation with its entries in order. */
export interface NavGroup {
  readonly group: GroupId;
  readonly entries: readonly NavEntry[];
}

/**
 * The API reference part of the Coze docs' navigation, in its order: 164 pages (the database group
 * arrived in 2026, after the knowledge group), each named by the id of its endpoint or doc page.
 * The OAuth token endpoints, which the docs describe inside the OAuth guides rather than as pages
 * of their own, follow the auth guides; the calls the official SDKs make without a docs page
 * (users-me, templates-duplicate, audio-live-retrieve) sit in the group of their neighbours.
 */
export const NAVIGATION = [
  {
    group: 'auth',
    entries: [
      'auth-overview',
      'add-personal-access-token',
      'add-service-access-token',
      'oauth-app-management',
      'oauth-sample-walkthrough',
      'oauth-authorization-code',
      'oauth-pkce',
      'oauth-device-flow',
      'oauth-jwt-developer',
      'oauth-jwt-channel',
      'oauth-jwt-cross-account',
      'oauth-jwt-enterprise-privileged',
      'oauth-collaboration',
      'auth-faq',
      'oauth-authorize',
      'oauth-device-code',
      'oauth-token-authorization-code',
      'oauth-token-device',
      'oauth-token-jwt',
      'oauth-token-pkce',
      'oauth-token-refresh',
    ],
  },
  {
    group: 'bot',
    entries: [
      'create-bot',
      'update-bot',
      'publish-bot',
      'list-bots',
      'retrieve-bot',
      'switch-bot-collaboration-mode',
      'add-bot-collaborator',
      'add-app-collaborator',
      'remove-bot-collaborator',
      'remove-app-collaborator',
      'list-bot-versions',
      'copy-resource',
      'retrieve-copy-task',
      'templates-duplicate',
      'unpublish-bot',
      'bot-object',
      'list-apps',
      'event-bot-published',
      'event-bot-deleted',
      'event-bot-unpublished',
    ],
  },
  {
    group: 'workspace',
    entries: [
      'create-workspace',
      'list-workspaces',
      'update-workspace',
      'list-workspace-members',
      'add-workspace-members',
      'remove-workspace-members',
      'users-me',
    ],
  },
  {
    group: 'folder',
    entries: ['list-folders', 'retrieve-folder'],
  },
  {
    group: 'enterprise',
    entries: [
      'volcano-member-management',
      'add-enterprise-members',
      'update-enterprise-member-role',
      'remove-enterprise-member',
      'create-organization',
      'update-organization',
      'list-organizations',
      'add-organization-members',
      'list-organization-members',
      'update-organization-member-role',
      'remove-organization-member',
    ],
  },
  {
    group: 'conversation',
    entries: [
      'create-conversation',
      'retrieve-conversation',
      'list-conversations',
      'update-conversation',
      'delete-conversation',
      'clear-conversation-context',
      'create-message',
      'list-messages',
      'retrieve-message',
      'update-message',
      'delete-message',
      'ref-message-types',
      'create-message-feedback',
      'delete-message-feedback',
    ],
  },
  {
    group: 'chat',
    entries: ['create-chat', 'retrieve-chat', 'list-chat-messages', 'submit-tool-outputs', 'cancel-chat'],
  },
  {
    group: 'workflow',
    entries: [
      'run-workflow',
      'stream-run-workflow',
      'stream-resume-workflow',
      'resume-workflow',
      'retrieve-workflow-run-history',
      'run-chatflow',
      'retrieve-workflow-node-output',
      'list-workflows',
      'retrieve-workflow',
      'list-workflow-versions',
      'switch-workflow-collaboration-mode',
      'add-workflow-collaborator',
      'remove-workflow-collaborator',
    ],
  },
  {
    group: 'file',
    entries: ['upload-file', 'retrieve-file'],
  },
  {
    group: 'audio',
    entries: [
      {
        subgroup: 'tts',
        pages: ['audio-voices-list', 'audio-speech-create', 'audio-transcriptions-create', 'audio-voices-clone'],
      },
      {
        subgroup: 'rtc',
        pages: [
          'audio-rooms-create',
          'audio-live-retrieve',
          'realtime-upstream-events',
          'realtime-downstream-events',
          'realtime-error-codes',
        ],
      },
      {
        subgroup: 'websocket',
        pages: [
          'ws-audio-transcriptions',
          'ws-audio-transcriptions-events',
          'ws-audio-speech',
          'ws-audio-speech-events',
          'ws-chat',
          'ws-chat-upstream-events',
          'ws-chat-downstream-events',
          'ws-audio-simult-interpretation',
          'ws-audio-simult-interpretation-events',
        ],
      },
      {
        subgroup: 'voiceprint',
        pages: [
          'voiceprint-groups-create',
          'voiceprint-groups-list',
          'voiceprint-groups-update',
          'voiceprint-groups-delete',
          'voiceprint-features-create',
          'voiceprint-features-update',
          'voiceprint-features-list',
          'voiceprint-features-delete',
          'voiceprint-speaker-identify',
        ],
      },
    ],
  },
  {
    group: 'knowledge',
    entries: [
      'datasets-create',
      'datasets-list',
      'datasets-update',
      'datasets-delete',
      'knowledge-documents-create',
      'knowledge-documents-update',
      'knowledge-documents-list',
      'datasets-process',
      'datasets-images-update',
      'datasets-images-list',
      'knowledge-documents-delete',
    ],
  },
  {
    group: 'database',
    entries: [
      'databases-create',
      'database-records-insert',
      'database-records-update',
      'database-records-query',
      'database-records-delete',
      'databases-list',
      'database-tasks-retrieve',
      'databases-delete',
    ],
  },
  {
    group: 'plugins',
    entries: [
      'stores-plugins-list',
      'stores-categories-list',
      'plugins-retrieve',
      'plugins-mget',
      'plugins-tools-call',
      'callback-event-benefit-plugin-scale-requested',
      'callback-event-benefit-plugin-scale-expired',
    ],
  },
  {
    group: 'variables',
    entries: ['variables-update', 'variables-retrieve'],
  },
  {
    group: 'channels',
    entries: ['connectors-bots-update-audit', 'connectors-install', 'connectors-user-configs-bind'],
  },
  {
    group: 'end-user-quota',
    entries: ['benefit-limitations-create', 'benefit-limitations-list', 'benefit-limitations-update'],
  },
  {
    group: 'billing',
    entries: ['bill-tasks-create', 'bill-tasks-list', 'benefits-get', 'callback-event-benefit-usage'],
  },
  {
    group: 'callbacks',
    entries: [
      'api-apps-create',
      'api-apps-update',
      'api-apps-list',
      'api-apps-delete',
      'api-apps-events-subscribe',
      'api-apps-events-list',
      'api-apps-events-unsubscribe',
    ],
  },
  {
    group: 'deprecated',
    entries: ['deprecated-published-bots-list', 'deprecated-bot-get-online-info'],
  },
  {
    group: 'errors',
    entries: ['coze-error-codes'],
  },
  {
    group: 'faq',
    entries: ['api-faq'],
  },
  {
    group: 'models',
    entries: ['model-capability-differences'],
  },
  {
    group: 'best-practices',
    entries: [
      'best-practice-get-chat-response',
      'best-practice-4100-4101',
      'best-practice-session-isolation',
      'best-practice-upgrade-authorization',
    ],
  },
  {
    // Coze's playground lists its SDK try-outs (体验 SDK) under SDK, after the API.
    group: 'sdk',
    entries: ['chat-sdk', 'web-sdk', 'realtime-sdk'],
  },
] as const satisfies readonly NavGroup[];

/** The page ids the navigation lists, as written. */
type ListedId = (typeof NAVIGATION)[number]['entries'][number] extends infer Entry
  ? Entry extends string
    ? Entry
    : Entry extends { readonly pages: readonly (infer Page)[] }
      ? Page
      : never
  : never;

/** Holds only when T is never: its constraint names what is left over. */
type Nothing<T extends never> = T;

/**
 * Every catalog endpoint has its place in the navigation, checked by the compiler: an endpoint left
 * out, or listed under a misspelled id, fails `tsc` with the id it misses.
 */
export type UnlistedEndpoints = Nothing<Exclude<EndpointId, ListedId>>;

/** Every page id of the navigation, in order. */
export function navigationPageIds(): string[] {
  return NAVIGATION.flatMap((group) =>
    group.entries.flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.pages)),
  );
}
