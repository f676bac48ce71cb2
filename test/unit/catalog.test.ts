import { describe, expect, it } from 'vitest';
import { ENDPOINTS, findEndpoint } from '../../catalog';
import type { Endpoint } from '../../catalog';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import { unwrapSchema, validateRequest } from '../../lib/validate-request';

/** The endpoints of the first catalog issue; later issues may add more, never drop these. */
const SCOPE = [
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

/** Endpoints of the scope that run a model or a workflow, so a call costs tokens. */
const BILLABLE = new Set([
  'create-chat',
  'submit-tool-outputs',
  'run-workflow',
  'stream-run-workflow',
  'stream-resume-workflow',
  'resume-workflow',
  'run-chatflow',
]);

/** Example fields that hold caller-chosen values rather than ids of sandbox objects. */
const CALLER_CHOSEN = new Set(['create-chat:user_id', 'submit-tool-outputs:tool_call_id']);

const SANDBOX_ID_VALUES = new Set<string>(Object.values(SANDBOX_IDS));

const table = ENDPOINTS.map((endpoint) => [endpoint.id, endpoint] as const);

function blobFields(endpoint: Endpoint): string[] {
  const entries = endpoint.params.body?.entries ?? {};
  return Object.keys(entries).filter((name) => unwrapSchema(entries[name]!).type === 'blob');
}

function pathPlaceholders(endpoint: Endpoint): string[] {
  return [...endpoint.path.matchAll(/:([a-z_]+)/g)].map(([, name]) => name!);
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
  it('holds every endpoint of the issue scope', () => {
    expect(SCOPE).toHaveLength(35);
    expect(ENDPOINTS.map((endpoint) => endpoint.id)).toEqual(expect.arrayContaining(SCOPE));
  });

  it('has unique ids', () => {
    const ids = ENDPOINTS.map((endpoint) => endpoint.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has unique Chinese titles', () => {
    const titles = ENDPOINTS.map((endpoint) => endpoint.titleZh);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('marks exactly the model and workflow runs of the scope as billable', () => {
    const inScope = ENDPOINTS.filter((endpoint) => SCOPE.includes(endpoint.id));
    expect(inScope.filter((endpoint) => endpoint.billable).map((endpoint) => endpoint.id)).toEqual(
      SCOPE.filter((id) => BILLABLE.has(id)),
    );
  });
});

describe.each(table)('%s', (id, endpoint) => {
  it('has a kebab-case id and a Chinese title', () => {
    expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(endpoint.titleZh.trim()).not.toBe('');
  });

  it('describes itself in more than its title', () => {
    expect(endpoint.description.trim()).not.toBe('');
    expect(endpoint.description).not.toBe(endpoint.titleEn);
    expect(endpoint.description).not.toBe(`${endpoint.titleEn}.`);
  });

  it('keeps notes about the API, not about the sources', () => {
    for (const note of endpoint.notes) {
      expect(note).not.toMatch(/\bcoze-(py|js|go|java)\b|DISAGREEMENT|openapi\.yaml/i);
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
    const missingBlobs = endpoint.bodyKind === 'multipart' ? blobFields(endpoint) : [];
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

  it('streams consistently with its response kind', () => {
    const enabledBy = endpoint.streaming?.enabledBy;
    if (endpoint.responseKind === 'sse') expect(enabledBy).toBe('always');
    if (enabledBy && enabledBy !== 'always') {
      const field = endpoint.params.body?.entries[enabledBy.bodyField];
      expect(field, enabledBy.bodyField).toBeDefined();
      expect(unwrapSchema(field!).type).toBe('boolean');
    }
  });

  it('has a body schema only when it sends a body', () => {
    if (endpoint.bodyKind === 'none') expect(endpoint.params.body).toBeUndefined();
    if (endpoint.bodyKind === 'multipart') expect(blobFields(endpoint).length).toBeGreaterThan(0);
  });

  it('is destructive exactly when its id starts with delete, remove or clear', () => {
    expect(endpoint.destructive).toBe(/^(delete|remove|clear)-/.test(id));
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
});
