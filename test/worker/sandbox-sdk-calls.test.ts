import { exports } from 'cloudflare:workers';
import * as v from 'valibot';
import { describe, expect, inject, it } from 'vitest';
import { findEndpoint } from '../../catalog/index';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import { sandboxSession } from './sandbox-helpers';

// The calls the official SDKs make beyond the docs pages (users.me, templates.duplicate,
// audio.live.retrieve, the GET that @coze/api's knowledge.documents.list sends), answered by the
// sandbox as Coze would.

/** Asserts a success whose body matches the endpoint's response schema. */
function expectOk(endpointId: string, body: Record<string, unknown>) {
  expect({ code: body.code, msg: body.msg }).toEqual({ code: 0, msg: '' });
  const result = v.safeParse(findEndpoint(endpointId)!.response, body);
  expect(result.issues?.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`) ?? []).toEqual([]);
}

/** A call through the worker's relay to the sandbox, as an SDK pointed at the relay makes it. */
async function relay(
  method: string,
  path: string,
  token: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await exports.default.fetch(
    new Request(`https://playground.test/api/relay/sandbox${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        'x-sandbox-pace-ms': '0',
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

describe('the deprecated knowledge file list', () => {
  it('answers the GET with query fields that @coze/api sends, through the relay', async () => {
    const token = `pat_sdk_calls_${crypto.randomUUID()}`;
    const query = `dataset_id=${SANDBOX_IDS.dataset}&page=1&page_size=10`;
    const res = await relay('GET', `/open_api/knowledge/document/list?${query}`, token, undefined, {
      'agw-js-conv': 'str',
    });
    expect(res.status).toBe(200);
    expectOk('knowledge-documents-list', res.body);
    expect(res.body.total).toBe(1);
    expect(res.body.document_infos[0]).toMatchObject({ document_id: SANDBOX_IDS.document });
  });

  it('forwards that GET to Coze as sent, query string and all', async () => {
    const upstream = inject('fakeUpstreamUrl');
    const token = `pat_sdk_calls_${crypto.randomUUID().replaceAll('-', '')}`;
    const seen = async () =>
      (await (await fetch(`${upstream}/__seen?auth=${token}`)).json()) as {
        method: string;
        url: string;
        body: string;
      }[];
    const path = `/open_api/knowledge/document/list?dataset_id=${SANDBOX_IDS.dataset}&page=1&page_size=10`;
    await exports.default.fetch(
      new Request(`https://playground.test/api/relay/cn${path}`, {
        headers: { authorization: `Bearer ${token}`, 'agw-js-conv': 'str' },
      }),
    );
    expect((await seen()).map(({ method, url, body }) => ({ method, url, body }))).toEqual([
      { method: 'GET', url: path, body: '' },
    ]);
  });

  it('reads page and size from the query of a GET as from the body of a POST', async () => {
    const { json } = sandboxSession('doclist');
    const created = await json(
      'POST',
      '/open_api/knowledge/document/create',
      {
        dataset_id: SANDBOX_IDS.dataset,
        document_bases: [
          {
            name: 'second.txt',
            source_info: { file_base64: btoa('second file'), file_type: 'txt', document_source: 0 },
          },
        ],
        chunk_strategy: { chunk_type: 0 },
        format_type: 0,
      },
      { 'agw-js-conv': 'str' },
    );
    expect(created.code).toBe(0);
    const get = await json(
      'GET',
      `/open_api/knowledge/document/list?dataset_id=${SANDBOX_IDS.dataset}&page=2&size=1`,
      undefined,
      {
        'agw-js-conv': 'str',
      },
    );
    const post = await json(
      'POST',
      '/open_api/knowledge/document/list',
      { dataset_id: SANDBOX_IDS.dataset, page: 2, size: 1 },
      { 'agw-js-conv': 'str' },
    );
    expect(get.total).toBe(2);
    expect(get.document_infos).toEqual(post.document_infos);
    expect(get.document_infos).toHaveLength(1);
  });

  it('answers 4000 naming dataset_id for a GET without it', async () => {
    const { json } = sandboxSession('doclist');
    const res = await json('GET', '/open_api/knowledge/document/list?page=1', undefined, { 'agw-js-conv': 'str' });
    expect(res.code).toBe(4000);
    expect(res.msg).toContain('dataset_id');
  });
});

describe('users-me', () => {
  it("answers the session's sandbox user", async () => {
    const { json } = sandboxSession('me');
    const me = await json('GET', '/v1/users/me');
    expectOk('users-me', me);
    expect(me.data).toMatchObject({ user_id: SANDBOX_IDS.user, user_name: 'sandbox_user', nick_name: 'Sandbox User' });
  });

  it('answers 4100 with HTTP 401 without a token', async () => {
    const raw = await sandboxSession('me').send('GET', '/v1/users/me', undefined, { authorization: '' });
    expect(raw.status).toBe(401);
    expect(((await raw.json()) as { code: number }).code).toBe(4100);
  });
});

describe('templates-duplicate', () => {
  it('makes a draft agent that list-bots and retrieve-bot (draft) then find', async () => {
    const { json } = sandboxSession('template');
    const copy = await json('POST', `/v1/templates/${SANDBOX_IDS.template}/duplicate`, {
      workspace_id: SANDBOX_IDS.workspace,
      name: 'My planner',
    });
    expectOk('templates-duplicate', copy);
    expect(copy.data.entity_type).toBe('agent');
    const id: string = copy.data.entity_id;
    expect(id).toMatch(/^\d{19}$/);

    const draft = await json('GET', `/v1/bots/${id}?is_published=false`);
    expectOk('retrieve-bot', draft);
    expect(draft.data).toMatchObject({ bot_id: id, name: 'My planner' });
    expect(draft.data.prompt_info.prompt).toContain('travel planner');
    expect(draft.data.knowledge.knowledge_infos).toEqual([]);

    const published = await json('GET', `/v1/bots/${id}`);
    expect(published.code).toBe(4200);

    const all = await json('GET', `/v1/bots?workspace_id=${SANDBOX_IDS.workspace}&publish_status=all`);
    expectOk('list-bots', all);
    expect(all.data.items.map((bot: { id: string }) => bot.id)).toContain(id);
    expect(all.data.items.find((bot: { id: string }) => bot.id === id).is_published).toBe(false);
    const online = await json('GET', `/v1/bots?workspace_id=${SANDBOX_IDS.workspace}`);
    expect(online.data.items.map((bot: { id: string }) => bot.id)).not.toContain(id);
    const drafts = await json('GET', `/v1/bots?workspace_id=${SANDBOX_IDS.workspace}&publish_status=unpublished_draft`);
    expect(drafts.data.items.map((bot: { id: string }) => bot.id)).toEqual([id]);
  });

  it('keeps the template name when none is given', async () => {
    const { json } = sandboxSession('template');
    const copy = await json('POST', `/v1/templates/${SANDBOX_IDS.template}/duplicate`, {
      workspace_id: SANDBOX_IDS.workspace,
    });
    const draft = await json('GET', `/v1/bots/${copy.data.entity_id}?is_published=false`);
    expect(draft.data.name).toBe('Travel Planner');
  });

  it('answers 4200 for an unknown template or workspace, 4000 without workspace_id', async () => {
    const { json } = sandboxSession('template');
    const unknown = await json('POST', '/v1/templates/123/duplicate', { workspace_id: SANDBOX_IDS.workspace });
    expect(unknown.code).toBe(4200);
    const space = await json('POST', `/v1/templates/${SANDBOX_IDS.template}/duplicate`, { workspace_id: '42' });
    expect(space.code).toBe(4200);
    const missing = await json('POST', `/v1/templates/${SANDBOX_IDS.template}/duplicate`, {});
    expect(missing.code).toBe(4000);
    expect(missing.msg).toContain('workspace_id');
    for (const name of ['x'.repeat(21), '  ']) {
      const res = await json('POST', `/v1/templates/${SANDBOX_IDS.template}/duplicate`, {
        workspace_id: SANDBOX_IDS.workspace,
        name,
      });
      expect(res.code, name).toBe(4000);
    }
  });
});

describe('audio-live-retrieve', () => {
  it('answers the live with its original and translated streams', async () => {
    const { json } = sandboxSession('live');
    const live = await json('GET', `/v1/audio/live/${SANDBOX_IDS.live}`);
    expectOk('audio-live-retrieve', live);
    expect(live.data.app_id).toMatch(/^[0-9a-f]{24}$/);
    expect(live.data.stream_infos.map((s: { live_type: string }) => s.live_type)).toEqual(['origin', 'translation']);
  });

  it('answers 4200 for a live it does not know', async () => {
    const { json } = sandboxSession('live');
    expect((await json('GET', '/v1/audio/live/7351999999999999999')).code).toBe(4200);
  });
});
