import { env } from 'cloudflare:workers';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { findEndpoint } from '../../catalog/index';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';

// One session (Durable Object) per test: what one test creates, no other sees.
function session(owner = `platform-${crypto.randomUUID()}`) {
  const stub = env.SANDBOX.get(env.SANDBOX.idFromName(owner));
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await stub.fetch(
      new Request(`https://sandbox.coze.invalid${path}`, {
        method,
        headers: { authorization: 'Bearer pat_platform', 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    return (await res.json()) as Record<string, any>;
  };
  const form = async (method: string, path: string, fields: Record<string, string | Blob>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.append(name, value);
    const res = await stub.fetch(
      new Request(`https://sandbox.coze.invalid${path}`, {
        method,
        headers: { authorization: 'Bearer pat_platform' },
        body: data,
      }),
    );
    return (await res.json()) as Record<string, any>;
  };
  return { call, form };
}

/** Asserts a success whose body matches the endpoint's response schema. */
function expectOk(endpointId: string, body: Record<string, unknown>) {
  expect({ code: body.code, msg: body.msg }).toEqual({ code: 0, msg: '' });
  const result = v.safeParse(findEndpoint(endpointId)!.response, body);
  expect(result.issues?.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`) ?? []).toEqual([]);
}

const CONV = { 'Agw-Js-Conv': 'str' };

describe('sandbox knowledge bases', () => {
  it('creates, lists, renames and deletes a knowledge base, then answers 4200 for it', async () => {
    const { call } = session();
    const created = await call('POST', '/v1/datasets', {
      name: 'FAQ',
      space_id: SANDBOX_IDS.workspace,
      format_type: 0,
    });
    expectOk('datasets-create', created);
    const id: string = created.data.dataset_id;
    expect(id).toMatch(/^\d{19}$/);

    const listed = await call('GET', `/v1/datasets?space_id=${SANDBOX_IDS.workspace}&name=FAQ`);
    expectOk('datasets-list', listed);
    expect(listed.data.total_count).toBe(1);
    expect(listed.data.dataset_list[0]).toMatchObject({ dataset_id: id, name: 'FAQ', doc_count: 0, format_type: 0 });

    expectOk('datasets-update', await call('PUT', `/v1/datasets/${id}`, { name: 'FAQ 2025' }));
    const renamed = await call('GET', `/v1/datasets?space_id=${SANDBOX_IDS.workspace}&name=FAQ`);
    expect(renamed.data.dataset_list[0]).toMatchObject({ name: 'FAQ 2025', description: '' });

    expectOk('datasets-delete', await call('DELETE', `/v1/datasets/${id}`));
    const after = await call('GET', `/v1/datasets?space_id=${SANDBOX_IDS.workspace}&name=FAQ`);
    expect(after.data.dataset_list).toEqual([]);
    expect((await call('DELETE', `/v1/datasets/${id}`)).code).toBe(4200);
    expect((await call('POST', '/open_api/knowledge/document/list', { dataset_id: id }, CONV)).code).toBe(4200);
  });

  it('adds text files, reports their processing, renames and deletes them', async () => {
    const { call } = session();
    const text = 'Q: How long is the warranty?\nA: Two years.\n';
    const created = await call(
      'POST',
      '/open_api/knowledge/document/create',
      {
        dataset_id: SANDBOX_IDS.dataset,
        format_type: 0,
        chunk_strategy: { chunk_type: 0 },
        document_bases: [
          { name: 'warranty.txt', source_info: { file_base64: btoa(text), file_type: 'txt', document_source: 0 } },
          { name: 'Docs home', source_info: { web_url: 'https://www.coze.cn/docs', document_source: 1 } },
        ],
      },
      CONV,
    );
    expectOk('knowledge-documents-create', created);
    const [file, page] = created.document_infos;
    expect(file).toMatchObject({
      name: 'warranty.txt',
      size: text.length,
      char_count: text.length,
      type: 'txt',
      status: 0,
    });
    expect(page).toMatchObject({ name: 'Docs home', type: 'html', source_type: 1 });

    const progress = await call('POST', `/v1/datasets/${SANDBOX_IDS.dataset}/process`, {
      document_ids: [file.document_id],
    });
    expectOk('datasets-process', progress);
    expect(progress.data.data[0].progress).toBeLessThan(100);
    expect(progress.data.data[0].status).toBe(0);

    const listed = await call('POST', '/open_api/knowledge/document/list', { dataset_id: SANDBOX_IDS.dataset }, CONV);
    expectOk('knowledge-documents-list', listed);
    expect(listed.total).toBe(3);
    expect(listed.document_infos.map((d: { name: string }) => d.name)).toEqual([
      'coze-api-overview.txt',
      'warranty.txt',
      'Docs home',
    ]);

    const renamed = await call(
      'POST',
      '/open_api/knowledge/document/update',
      { document_id: file.document_id, document_name: 'warranty-2025.txt' },
      CONV,
    );
    expectOk('knowledge-documents-update', renamed);
    expect(renamed.document_info.name).toBe('warranty-2025.txt');

    const deleted = await call(
      'POST',
      '/open_api/knowledge/document/delete',
      { document_ids: [file.document_id] },
      CONV,
    );
    expectOk('knowledge-documents-delete', deleted);
    const again = await call('POST', '/open_api/knowledge/document/delete', { document_ids: [file.document_id] }, CONV);
    expect(again.code).toBe(4200);
  });

  it('refuses document calls without Agw-Js-Conv: str', async () => {
    const { call } = session();
    const body = await call(
      'POST',
      '/open_api/knowledge/document/list',
      { dataset_id: SANDBOX_IDS.dataset },
      {
        'Agw-Js-Conv': 'num',
      },
    );
    expect(body).toMatchObject({ code: 4000, msg: expect.stringContaining('Agw-Js-Conv') });
  });

  it('captions the images of an image knowledge base and filters by caption', async () => {
    const { call, form } = session();
    const upload = await form('POST', '/v1/files/upload', {
      file: new File([new Uint8Array(2048).fill(1)], 'lamp.png', { type: 'image/png' }),
    });
    const added = await call(
      'POST',
      '/open_api/knowledge/document/create',
      {
        dataset_id: SANDBOX_IDS.imageDataset,
        format_type: 2,
        chunk_strategy: { caption_type: 1 },
        document_bases: [{ name: 'lamp.png', source_info: { source_file_id: upload.data.id, document_source: 5 } }],
      },
      CONV,
    );
    expectOk('knowledge-documents-create', added);
    const imageId: string = added.document_infos[0].document_id;

    const uncaptioned = await call('GET', `/v1/datasets/${SANDBOX_IDS.imageDataset}/images?has_caption=false`);
    expectOk('datasets-images-list', uncaptioned);
    expect(uncaptioned.data.photo_infos.map((p: { document_id: string }) => p.document_id)).toEqual([imageId]);

    expectOk(
      'datasets-images-update',
      await call('PUT', `/v1/datasets/${SANDBOX_IDS.imageDataset}/images/${imageId}`, {
        caption: 'A brass desk lamp',
      }),
    );
    const found = await call('GET', `/v1/datasets/${SANDBOX_IDS.imageDataset}/images?keyword=brass`);
    expect(found.data.photo_infos).toHaveLength(1);
    expect(found.data.photo_infos[0]).toMatchObject({ document_id: imageId, caption: 'A brass desk lamp', size: 2048 });
  });

  it('refuses a text file in an image knowledge base', async () => {
    const { call } = session();
    const body = await call(
      'POST',
      '/open_api/knowledge/document/create',
      {
        dataset_id: SANDBOX_IDS.imageDataset,
        format_type: 0,
        chunk_strategy: {},
        document_bases: [{ name: 'a.txt', source_info: { file_base64: btoa('hi'), file_type: 'txt' } }],
      },
      CONV,
    );
    expect(body).toMatchObject({ code: 4000, msg: expect.stringContaining('format_type') });
  });

  it('keeps one owner’s knowledge bases from another', async () => {
    const alice = session();
    const bob = session();
    await alice.call('POST', '/v1/datasets', { name: 'Private', space_id: SANDBOX_IDS.workspace, format_type: 0 });
    const seen = await bob.call('GET', `/v1/datasets?space_id=${SANDBOX_IDS.workspace}&name=Private`);
    expect(seen.data.total_count).toBe(0);
  });
});

describe('sandbox workspaces', () => {
  it('creates a workspace, lists and renames it; its agent list starts empty', async () => {
    const { call } = session();
    const created = await call('POST', '/v1/workspaces', { name: 'Support', description: 'Support agents' });
    expectOk('create-workspace', created);
    const id: string = created.data.id;
    const listed = await call('GET', '/v1/workspaces');
    expectOk('list-workspaces', listed);
    expect(listed.data.workspaces.map((w: { id: string }) => w.id)).toEqual([SANDBOX_IDS.workspace, id]);
    expect(listed.data.workspaces[1]).toMatchObject({ name: 'Support', role_type: 'owner', workspace_type: 'team' });

    expectOk('update-workspace', await call('PUT', `/v1/workspaces/${id}`, { name: 'Support EU' }));
    expect((await call('GET', '/v1/workspaces')).data.workspaces[1].name).toBe('Support EU');
    const bots = await call('GET', `/v1/bots?workspace_id=${id}`);
    expectOk('list-bots', bots);
    expect(bots.data.items).toEqual([]);
    expect((await call('PUT', '/v1/workspaces/123', { name: 'x' })).code).toBe(4200);
  });

  it('adds and removes members, keeping the owner', async () => {
    const { call } = session();
    const path = `/v1/workspaces/${SANDBOX_IDS.workspace}/members`;
    const added = await call('POST', path, {
      users: [
        { user_id: '7351000000000000699', role_type: 'admin' },
        { user_id: SANDBOX_IDS.user, role_type: 'member' },
        { user_id: 'not-a-user', role_type: 'member' },
      ],
    });
    expectOk('add-workspace-members', added);
    expect(added.data).toMatchObject({
      added_success_user_ids: ['7351000000000000699'],
      already_joined_user_ids: [SANDBOX_IDS.user],
      not_exist_user_ids: ['not-a-user'],
    });
    const members = await call('GET', path);
    expectOk('list-workspace-members', members);
    expect(members.data.total_count).toBe(4);
    expect(members.data.items[3]).toMatchObject({ user_id: '7351000000000000699', role_type: 'admin' });

    const removed = await call('DELETE', path, { user_ids: ['7351000000000000699', SANDBOX_IDS.user, '1'] });
    expectOk('remove-workspace-members', removed);
    expect(removed.data).toEqual({
      removed_success_user_ids: ['7351000000000000699'],
      not_in_workspace_user_ids: ['1'],
      owner_not_support_remove_user_ids: [SANDBOX_IDS.user],
    });
    expect((await call('GET', path)).data.total_count).toBe(3);
  });
});

describe('sandbox callback apps', () => {
  it('creates an app, sets its URL, subscribes and unsubscribes events, then deletes it', async () => {
    const { call } = session();
    const created = await call('POST', '/v1/api_apps', { app_type: 'normal', name: 'Notifier' });
    expectOk('api-apps-create', created);
    const app = created.data;
    expect(app).toMatchObject({ name: 'Notifier', app_type: 'normal', callback_url: '' });
    expect(app.verify_token).toMatch(/^[0-9a-f]{24}$/);

    expectOk(
      'api-apps-update',
      await call('PUT', `/v1/api_apps/${app.id}`, { callback_url: 'https://example.com/hook' }),
    );
    const listed = await call('GET', '/v1/api_apps?page_size=1&page_token=1');
    expectOk('api-apps-list', listed);
    expect(listed.data).toMatchObject({ has_more: false, next_page_token: '' });
    expect(listed.data.items[0]).toMatchObject({ id: app.id, callback_url: 'https://example.com/hook' });

    const events = `/v1/api_apps/${app.id}/events`;
    expectOk(
      'api-apps-events-subscribe',
      await call('POST', events, { event_types: ['bot.published', 'bot.deleted'] }),
    );
    expectOk('api-apps-events-unsubscribe', await call('DELETE', events, { event_types: ['bot.published'] }));
    const subscribed = await call('GET', events);
    expectOk('api-apps-events-list', subscribed);
    expect(subscribed.data.items).toEqual([
      { api_app_id: app.id, event_type: 'bot.deleted', name: 'Agent deleted', description: 'An agent was deleted.' },
    ]);

    expectOk('api-apps-delete', await call('DELETE', `/v1/api_apps/${app.id}`));
    expect((await call('GET', events)).code).toBe(4200);
  });

  it('refuses an unknown event type and a callback URL that is not one', async () => {
    const { call } = session();
    const events = `/v1/api_apps/${SANDBOX_IDS.apiApp}/events`;
    expect(await call('POST', events, { event_types: ['bot.exploded'] })).toMatchObject({
      code: 4000,
      msg: expect.stringContaining('bot.exploded'),
    });
    const bad = await call('PUT', `/v1/api_apps/${SANDBOX_IDS.apiApp}`, { callback_url: 'ftp://x' });
    expect(bad.code).toBe(4000);
  });
});

describe('sandbox variables', () => {
  it('sets and reads one end user’s values, apart from another user’s', async () => {
    const { call } = session();
    const set = await call('PUT', '/v1/variables', {
      bot_id: SANDBOX_IDS.bot,
      connector_uid: 'user-9',
      data: [{ keyword: 'user_name', value: 'Mia' }],
    });
    expectOk('variables-update', set);
    const mine = await call('GET', `/v1/variables?bot_id=${SANDBOX_IDS.bot}&connector_uid=user-9`);
    expectOk('variables-retrieve', mine);
    expect(mine.data.items).toEqual([expect.objectContaining({ keyword: 'user_name', value: 'Mia' })]);
    const other = await call('GET', `/v1/variables?bot_id=${SANDBOX_IDS.bot}&connector_uid=user-10`);
    expect(other.data.items).toEqual([{ keyword: 'user_name', value: '', create_time: 0, update_time: 0 }]);
  });

  it('refuses a variable the agent does not declare, and a call naming neither agent nor app', async () => {
    const { call } = session();
    const unknown = await call('PUT', '/v1/variables', {
      bot_id: SANDBOX_IDS.bot,
      connector_uid: 'u',
      data: [{ keyword: 'mood', value: 'x' }],
    });
    expect(unknown).toMatchObject({ code: 4000, msg: expect.stringContaining('mood') });
    expect((await call('GET', '/v1/variables?connector_uid=u')).code).toBe(4000);
  });
});

describe('sandbox generic endpoints', () => {
  it('answers the same request with the same body', async () => {
    const { call } = session();
    const path = `/v1/folders?workspace_id=${SANDBOX_IDS.workspace}&folder_type=development`;
    const first = await call('GET', path);
    const second = await call('GET', path);
    expectOk('list-folders', first);
    expect({ ...first, detail: null }).toEqual({ ...second, detail: null });
  });

  it('answers about the object the path names', async () => {
    const { call } = session();
    const folder = await call('GET', `/v1/folders/${SANDBOX_IDS.folder}`);
    expectOk('retrieve-folder', folder);
    expect(folder.data.id).toBe(SANDBOX_IDS.folder);
  });

  it('answers 4200 for a fixture-only object it does not have, and for an unknown workspace', async () => {
    const { call } = session();
    expect(await call('GET', '/v1/folders/123')).toMatchObject({ code: 4200, msg: expect.stringContaining('123') });
    expect((await call('GET', '/v1/apps?workspace_id=123')).code).toBe(4200);
  });
});
