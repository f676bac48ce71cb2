import { describe, expect, it } from 'vitest';
import { DOC_PAGES, ENDPOINTS, findEndpoint, navigationPageIds } from '../../catalog';
import type { Endpoint } from '../../catalog';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import { unwrapSchema, validateRequest } from '../../lib/validate-request';

/** The endpoints of the first catalog issue; later issues add more, never drop these. */
const FIRST_ISSUE = [
  'list-bots',
  'retrieve-bot',
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
  'create-message-feedback',
  'delete-message-feedback',
  'create-chat',
  'retrieve-chat',
  'list-chat-messages',
  'submit-tool-outputs',
  'cancel-chat',
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
  'upload-file',
  'retrieve-file',
];

/**
 * Calls the reference flags as destructive: removals and deletions, unpublishing, and role changes.
 * The UI asks before sending them.
 */
const DESTRUCTIVE = new Set([
  'remove-bot-collaborator',
  'remove-app-collaborator',
  'unpublish-bot',
  'remove-workspace-members',
  'update-enterprise-member-role',
  'remove-enterprise-member',
  'update-organization-member-role',
  'remove-organization-member',
  'delete-conversation',
  'clear-conversation-context',
  'delete-message',
  'delete-message-feedback',
  'remove-workflow-collaborator',
  'voiceprint-groups-delete',
  'voiceprint-features-delete',
  'datasets-delete',
  'knowledge-documents-delete',
  'databases-delete',
  'database-records-delete',
  'api-apps-delete',
  'api-apps-events-unsubscribe',
]);

/** Calls that cost money: model and workflow runs, speech, voice cloning, rooms and paid plugin calls. */
const BILLABLE = new Set([
  'create-chat',
  'submit-tool-outputs',
  'run-workflow',
  'stream-run-workflow',
  'stream-resume-workflow',
  'resume-workflow',
  'run-chatflow',
  'audio-speech-create',
  'audio-transcriptions-create',
  'audio-voices-clone',
  'audio-rooms-create',
  'ws-audio-transcriptions',
  'ws-audio-speech',
  'ws-chat',
  // Not in the reference (an @coze/api call): it recognises, translates and speaks, each billed.
  'ws-audio-simult-interpretation',
  'voiceprint-speaker-identify',
  'plugins-tools-call',
]);

/** Example fields that hold caller-chosen values rather than ids of sandbox objects. */
const CALLER_CHOSEN = new Set(['create-chat:user_id', 'submit-tool-outputs:tool_call_id']);

/** Wrappers that let a body field be left out. */
const OPTIONAL_TYPES = new Set(['optional', 'exact_optional', 'nullish', 'undefinedable']);

const SANDBOX_ID_VALUES = new Set<string>(Object.values(SANDBOX_IDS));
const NAVIGATION_IDS = navigationPageIds();
const NAVIGATION_SET = new Set(NAVIGATION_IDS);

const table = ENDPOINTS.map((endpoint) => [endpoint.id, endpoint] as const);

function blobFields(endpoint: Endpoint): string[] {
  const entries = endpoint.params.body?.entries ?? {};
  return Object.keys(entries).filter((name) => unwrapSchema(entries[name]!).type === 'blob');
}

function pathPlaceholders(endpoint: Endpoint): string[] {
  return [...endpoint.path.matchAll(/:([a-z_]+)/g)].map(([, name]) => name!);
}

/** The body fields a request must send, by the body schema. */
function requiredBodyFields(endpoint: Endpoint): string[] {
  const entries = endpoint.params.body?.entries ?? {};
  return Object.keys(entries)
    .filter((name) => !OPTIONAL_TYPES.has(entries[name]!.type))
    .sort();
}

/** Endpoints grouped by method and path. */
function byRoute(): Map<string, Endpoint[]> {
  const routes = new Map<string, Endpoint[]>();
  for (const endpoint of ENDPOINTS) {
    const key = `${endpoint.method} ${endpoint.path}`;
    routes.set(key, [...(routes.get(key) ?? []), endpoint]);
  }
  return routes;
}

/** Every `[key, value]` pair of an example, nested objects and arrays included. */
function* pairsOf(value: unknown): Generator<[string, unknown]> {
  if (Array.isArray(value)) for (const item of value) yield* pairsOf(item);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      yield [key, inner];
      yield* pairsOf(inner);
    }
  }
}

describe('catalog', () => {
  it('holds every endpoint of the first issue', () => {
    expect(FIRST_ISSUE).toHaveLength(35);
    expect(ENDPOINTS.map((endpoint) => endpoint.id)).toEqual(expect.arrayContaining(FIRST_ISSUE));
  });

  it('has unique ids', () => {
    const ids = ENDPOINTS.map((endpoint) => endpoint.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has unique Chinese titles', () => {
    const titles = ENDPOINTS.map((endpoint) => endpoint.titleZh);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('names only pages of the navigation in its destructive and billable lists', () => {
    for (const id of [...DESTRUCTIVE, ...BILLABLE]) expect(NAVIGATION_SET.has(id), id).toBe(true);
  });

  it('never uses the id of a doc page for an endpoint', () => {
    const docIds = new Set(DOC_PAGES.map((page) => page.id));
    expect(ENDPOINTS.filter((endpoint) => docIds.has(endpoint.id)).map((endpoint) => endpoint.id)).toEqual([]);
  });

  it('tells apart the endpoints of one method and path by a discriminator, and only those', () => {
    for (const endpoints of byRoute().values()) {
      const shared = endpoints.length > 1;
      for (const endpoint of endpoints) expect(endpoint.discriminator !== undefined, endpoint.id).toBe(shared);
      if (!shared) continue;
      expect(new Set(endpoints.map((endpoint) => endpoint.discriminator!.bodyField)).size).toBe(1);
    }
  });

  it('leaves endpoints that share a discriminator value distinct by their required body fields', () => {
    // Web-app and PKCE code exchanges both post grant_type=authorization_code; PKCE adds code_verifier.
    for (const endpoints of byRoute().values()) {
      const byValue = new Map<string, string[]>();
      for (const endpoint of endpoints) {
        if (!endpoint.discriminator) continue;
        const value = endpoint.discriminator.value;
        byValue.set(value, [...(byValue.get(value) ?? []), requiredBodyFields(endpoint).join(',')]);
      }
      for (const [value, fieldSets] of byValue) expect(new Set(fieldSets).size, value).toBe(fieldSets.length);
    }
  });

  it('tells apart the two authorization_code exchanges by code_verifier', () => {
    expect(requiredBodyFields(findEndpoint('oauth-token-pkce')!)).toContain('code_verifier');
    expect(findEndpoint('oauth-token-authorization-code')!.params.body?.entries['code_verifier']).toBeUndefined();
  });
});

describe.each(table)('%s', (id, endpoint) => {
  it('has a kebab-case id and a Chinese title', () => {
    expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(endpoint.titleZh.trim()).not.toBe('');
  });

  it('appears exactly once in the navigation', () => {
    expect(NAVIGATION_IDS.filter((page) => page === id)).toHaveLength(1);
  });

  it('links only to pages of the navigation', () => {
    for (const related of endpoint.related ?? []) {
      expect(NAVIGATION_SET.has(related), related).toBe(true);
      expect(related).not.toBe(id);
    }
    if (endpoint.deprecated) expect(NAVIGATION_SET.has(endpoint.deprecated.replacement)).toBe(true);
  });

  it('is deprecated exactly when it is in the deprecated group, pointing to a current endpoint', () => {
    expect(endpoint.deprecated !== undefined).toBe(endpoint.group === 'deprecated');
    if (endpoint.deprecated) {
      const replacement = findEndpoint(endpoint.deprecated.replacement);
      expect(replacement?.deprecated).toBeUndefined();
    }
  });

  it('has a subgroup exactly when it is in the audio group', () => {
    expect(endpoint.subgroup !== undefined).toBe(endpoint.group === 'audio');
  });

  it('skips the bearer token only as an OAuth endpoint', () => {
    expect(endpoint.auth === 'none').toBe(endpoint.group === 'auth');
  });

  it('describes itself in more than its title', () => {
    expect(endpoint.description.trim()).not.toBe('');
    expect(endpoint.description).not.toBe(endpoint.titleEn);
    expect(endpoint.description).not.toBe(`${endpoint.titleEn}.`);
  });

  it('keeps notes about the API, not about the sources', () => {
    for (const note of endpoint.notes) {
      expect(note).not.toMatch(/\bcoze-(py|js|go|java)\b|DISAGREEMENT|openapi\.yaml|\bDocs win\b/i);
    }
  });

  it('declares exactly the path placeholders as path params', () => {
    expect(Object.keys(endpoint.params.path?.entries ?? {}).sort()).toEqual(pathPlaceholders(endpoint).sort());
  });

  it('has an example that passes its own validation', () => {
    const { example } = endpoint;
    const issues = validateRequest(endpoint, {
      path: example.path,
      query: example.query,
      headers: example.headers,
      body: example.body,
    });
    // A file cannot be an example value, so multipart examples leave their blob fields out.
    const required = new Set(requiredBodyFields(endpoint));
    const missingBlobs =
      endpoint.bodyKind === 'multipart' ? blobFields(endpoint).filter((name) => required.has(name)) : [];
    expect(issues).toEqual(
      missingBlobs.map((name) => ({ location: 'body', path: name, message: `${name} is required` })),
    );
  });

  it('fills every path param of its example with a sandbox id', () => {
    const names = pathPlaceholders(endpoint);
    expect(Object.keys(endpoint.example.path ?? {}).sort()).toEqual([...names].sort());
    for (const name of names) expect(SANDBOX_ID_VALUES.has(endpoint.example.path?.[name] ?? '')).toBe(true);
  });

  it('uses sandbox ids, not placeholders, in its example', () => {
    for (const [key, value] of pairsOf(endpoint.example)) {
      expect(value, key).not.toBe('example');
      if (key.endsWith('_id') && typeof value === 'string' && !CALLER_CHOSEN.has(`${id}:${key}`)) {
        expect(SANDBOX_ID_VALUES.has(value), `${key} = ${value}`).toBe(true);
      }
    }
  });

  it('sends the discriminating value in its example', () => {
    const discriminator = endpoint.discriminator;
    if (discriminator) expect(endpoint.example.body?.[discriminator.bodyField]).toBe(discriminator.value);
  });

  it('streams consistently with its response kind', () => {
    const enabledBy = endpoint.streaming?.enabledBy;
    if (endpoint.responseKind === 'sse') expect(enabledBy).toBe('always');
    if (enabledBy && enabledBy !== 'always') {
      const field = endpoint.params.body?.entries[enabledBy.bodyField];
      expect(field, enabledBy.bodyField).toBeDefined();
      expect(unwrapSchema(field!).type).toBe('boolean');
    }
  });

  it('has a body schema only when it sends a body, and never on a GET', () => {
    if (endpoint.bodyKind === 'none') expect(endpoint.params.body).toBeUndefined();
    if (endpoint.bodyKind === 'multipart') expect(blobFields(endpoint).length).toBeGreaterThan(0);
    if (endpoint.method === 'GET') expect(endpoint.bodyKind).toBe('none');
  });

  it('pages with parameters it declares', () => {
    const pagination = endpoint.pagination;
    if (!pagination) return;
    const declared = { ...endpoint.params.query?.entries, ...endpoint.params.body?.entries };
    const names =
      pagination.style === 'page'
        ? [pagination.page, pagination.size]
        : pagination.style === 'cursor'
          ? [pagination.cursor, pagination.size]
          : [pagination.before, pagination.after, pagination.size];
    for (const name of names) expect(declared[name], name).toBeDefined();
  });

  it('is destructive exactly when the reference says so', () => {
    expect(endpoint.destructive).toBe(DESTRUCTIVE.has(id));
  });

  it('is billable exactly when the reference says so', () => {
    expect(endpoint.billable).toBe(BILLABLE.has(id));
  });
});

describe('examples', () => {
  it('resume the question workflow at its interrupt event', () => {
    for (const id of ['resume-workflow', 'stream-resume-workflow']) {
      expect(findEndpoint(id)!.example.body).toMatchObject({
        workflow_id: SANDBOX_IDS.questionWorkflow,
        event_id: SANDBOX_IDS.interruptEvent,
        interrupt_type: 2,
      });
    }
  });

  it('run the chatflow through run-chatflow', () => {
    expect(findEndpoint('run-chatflow')!.example.body).toMatchObject({ workflow_id: SANDBOX_IDS.chatflow });
  });

  it('poll the device flow with the sandbox device code', () => {
    expect(findEndpoint('oauth-token-device')!.example.body).toMatchObject({
      client_id: SANDBOX_IDS.oauthClient,
      device_code: SANDBOX_IDS.device,
    });
  });
});

describe('validateRequest against the catalog', () => {
  it('reports bot_id as required for create-chat with an empty body', () => {
    const issues = validateRequest(findEndpoint('create-chat')!, { body: {} });
    expect(issues).toContainEqual({ location: 'body', path: 'bot_id', message: 'bot_id is required' });
  });

  it('reports a value outside a picklist', () => {
    const issues = validateRequest(findEndpoint('create-message')!, {
      query: { conversation_id: SANDBOX_IDS.conversation },
      body: { role: 'robot', content: 'Hello', content_type: 'text' },
    });
    expect(issues).toEqual([
      { location: 'body', path: 'role', message: expect.stringMatching(/Expected \("user" \| "assistant"\)/) },
    ]);
  });

  it('reports a page size above the documented maximum', () => {
    const issues = validateRequest(findEndpoint('list-workflows')!, {
      query: { workspace_id: SANDBOX_IDS.workspace, page_num: 1, page_size: 31 },
    });
    expect(issues).toEqual([expect.objectContaining({ location: 'query', path: 'page_size' })]);
  });

  it('reports more than 5 users for remove-workspace-members', () => {
    const issues = validateRequest(findEndpoint('remove-workspace-members')!, {
      path: { workspace_id: SANDBOX_IDS.workspace },
      body: { user_ids: ['1', '2', '3', '4', '5', '6'] },
    });
    expect(issues).toEqual([expect.objectContaining({ location: 'body', path: 'user_ids' })]);
  });

  it('reports a PKCE exchange without code_verifier', () => {
    const { code_verifier: _, ...body } = findEndpoint('oauth-token-pkce')!.example.body!;
    const issues = validateRequest(findEndpoint('oauth-token-pkce')!, { body });
    expect(issues).toEqual([{ location: 'body', path: 'code_verifier', message: 'code_verifier is required' }]);
  });

  it('reports a JWT token lifetime above a day', () => {
    const issues = validateRequest(findEndpoint('oauth-token-jwt')!, {
      body: { grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', duration_seconds: 86400 },
    });
    expect(issues).toEqual([expect.objectContaining({ location: 'body', path: 'duration_seconds' })]);
  });

  it('reports a second collaborator in one request', () => {
    const issues = validateRequest(findEndpoint('add-bot-collaborator')!, {
      path: { bot_id: SANDBOX_IDS.bot },
      body: { collaborators: [{ user_id: SANDBOX_IDS.user }, { user_id: '7351000000000000602' }] },
    });
    expect(issues).toEqual([expect.objectContaining({ location: 'body', path: 'collaborators' })]);
  });
});
