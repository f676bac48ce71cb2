import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { findEndpoint } from '../../catalog/index';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import { sandboxSession } from './sandbox-helpers';

/** Asserts a success whose body matches the endpoint's response schema. */
function expectOk(endpointId: string, body: Record<string, unknown>) {
  expect({ code: body.code, msg: body.msg }).toEqual({ code: 0, msg: '' });
  const result = v.safeParse(findEndpoint(endpointId)!.response, body);
  expect(result.issues?.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`) ?? []).toEqual([]);
}

const DB = `/v1/databases/${SANDBOX_IDS.database}`;
const where = (left: string, operation: string, right?: string) => ({
  logic: 'and',
  conditions: [{ left, operation, ...(right === undefined ? {} : { right }) }],
});

/** The seeded user_info rows a query returns, as `name:level`, in order. */
async function names(json: ReturnType<typeof sandboxSession>['json'], body: Record<string, unknown> = {}) {
  const res = await json('POST', `${DB}/records/query`, body);
  expectOk('database-records-query', res);
  return (res.data.items as Record<string, string>[]).map((row) => `${row.name}:${row.level}`);
}

describe('sandbox databases', () => {
  it('creates a database, lists it with its fields, and deletes it, then answers 4200 for it', async () => {
    const { json } = sandboxSession('db');
    const created = await json('POST', '/v1/databases', {
      workspace_id: SANDBOX_IDS.workspace,
      table_name: 'books',
      table_desc: 'Books to read',
      fields: [
        { name: 'title', desc: 'Title', type: 'string', is_required: true },
        { name: 'rating', type: 'integer' },
      ],
      rw_mode: 'unlimited_read_write',
      indexs: [{ field_names: ['rating'] }],
    });
    expectOk('databases-create', created);
    const id: string = created.data.database_id;
    expect(id).toMatch(/^\d{19}$/);

    const listed = await json('GET', `/v1/databases?workspace_id=${SANDBOX_IDS.workspace}`);
    expectOk('databases-list', listed);
    expect(listed.data).toMatchObject({ total_count: 2, has_more: false });
    const books = listed.data.items.find((item: { id: string }) => item.id === id);
    expect(books).toMatchObject({
      table_name: 'books',
      database_type: 'coze_database',
      rw_mode: 'unlimited_read_write',
      app_id: '0',
      indexs: [{ index_name: 'idx_rating', field_names: ['rating'], comment: '' }],
    });
    expect(books.fields.map((f: { name: string; type: string }) => `${f.name}:${f.type}`)).toEqual([
      'title:string',
      'rating:integer',
    ]);

    const paged = await json('GET', `/v1/databases?workspace_id=${SANDBOX_IDS.workspace}&page_num=1&page_size=1`);
    expect(paged.data).toMatchObject({ total_count: 2, has_more: true });
    expect(paged.data.items).toHaveLength(1);

    expectOk('databases-delete', await json('DELETE', `/v1/databases/${id}`));
    expect((await json('DELETE', `/v1/databases/${id}`)).code).toBe(4200);
    expect((await json('POST', `/v1/databases/${id}/records/query`, {})).code).toBe(4200);
  });

  it('refuses bad field names, a field listed twice, an index on no field and an unknown workspace', async () => {
    const { json } = sandboxSession('db');
    const base = { workspace_id: SANDBOX_IDS.workspace, table_name: 't', rw_mode: 'unlimited_read_write' };
    for (const fields of [[{ name: 'Title' }], [{ name: 'id' }], [{ name: 'a' }, { name: 'a' }]])
      expect((await json('POST', '/v1/databases', { ...base, fields })).code, JSON.stringify(fields)).toBe(4000);
    const index = await json('POST', '/v1/databases', {
      ...base,
      fields: [{ name: 'a' }],
      indexs: [{ field_names: ['b'] }],
    });
    expect(index.code).toBe(4000);
    const space = await json('POST', '/v1/databases', { ...base, workspace_id: '42', fields: [{ name: 'a' }] });
    expect(space.code).toBe(4200);
    const missing = await json('POST', '/v1/databases', {
      workspace_id: SANDBOX_IDS.workspace,
      fields: [{ name: 'a' }],
    });
    expect(missing.code).toBe(4000);
    expect(missing.msg).toContain('table_name');
  });

  it('queries rows with system fields, filters, order, chosen fields, distinct and pages', async () => {
    const { json } = sandboxSession('db');
    const all = await json('POST', `${DB}/records/query`, {});
    expectOk('database-records-query', all);
    expect(all.data).toMatchObject({ total_count: 3, has_more: false });
    expect(Object.keys(all.data.items[0]).sort()).toEqual(
      ['bstudio_create_time', 'city', 'id', 'level', 'name', 'sys_platform', 'uuid'].sort(),
    );
    expect(all.data.items[0]).toMatchObject({ id: '7351000000000000813', sys_platform: 'API', uuid: SANDBOX_IDS.user });

    expect(await names(json, { filter: where('level', 'equal', '2') })).toEqual(['molly:2', 'amy:2']);
    expect(
      await names(json, { filter: where('level', 'greater_than', '1'), order_by: [{ field_name: 'name' }] }),
    ).toEqual(['amy:2', 'molly:2']);
    expect(
      await names(json, {
        filter: {
          logic: 'or',
          conditions: [
            { left: 'name', operation: 'equal', right: 'alice' },
            { left: 'city', operation: 'like', right: 'Sh%' },
          ],
        },
      }),
    ).toEqual(['alice:1', 'amy:2']);
    expect(await names(json, { filter: where('name', 'in', 'amy, alice') })).toEqual(['alice:1', 'amy:2']);
    expect(await names(json, { filter: where('name', 'not_in', 'amy,alice') })).toEqual(['molly:2']);
    expect(await names(json, { filter: where('city', 'is_not_null') })).toHaveLength(3);
    expect(await names(json, { filter: where('name', 'not_like', '%l%') })).toEqual(['amy:2']);
    expect(
      await names(json, {
        order_by: [
          { field_name: 'level', direction: 'desc' },
          { field_name: 'name', direction: 'asc' },
        ],
      }),
    ).toEqual(['amy:2', 'molly:2', 'alice:1']);

    const distinct = await json('POST', `${DB}/records/query`, {
      select_fields: { field_names: ['level'], is_distinct: true },
      order_by: [{ field_name: 'level' }],
    });
    expect(distinct.data.items).toEqual([{ level: '1' }, { level: '2' }]);

    const page = await json('POST', `${DB}/records/query`, { page_num: 2, page_size: 2 });
    expect(page.data).toMatchObject({ total_count: 3, has_more: false });
    expect(page.data.items.map((row: { name: string }) => row.name)).toEqual(['amy']);
    expect((await json('POST', `${DB}/records/query`, { page_size: 2 })).data.has_more).toBe(true);
  });

  it('inserts, updates and deletes rows, reporting affected_rows, and the query sees each change', async () => {
    const { json } = sandboxSession('db');
    const inserted = await json('POST', `${DB}/records`, {
      insert_rows: [
        { name: 'lucy', level: '3', city: 'Chengdu' },
        { name: 'tom', level: '1' },
      ],
    });
    expectOk('database-records-insert', inserted);
    expect(inserted.data).toEqual({ affected_rows: 2 });
    expect(await names(json)).toEqual(['alice:1', 'molly:2', 'amy:2', 'lucy:3', 'tom:1']);

    const updated = await json('PUT', `${DB}/records`, {
      update_fields: [{ field_name: 'level', value: '4' }],
      filter: where('level', 'equal', '1'),
    });
    expectOk('database-records-update', updated);
    expect(updated.data).toEqual({ affected_rows: 2 });
    expect(await names(json, { filter: where('level', 'equal', '4') })).toEqual(['alice:4', 'tom:4']);

    const deleted = await json('DELETE', `${DB}/records`, { filter: where('city', 'is_null') });
    expectOk('database-records-delete', deleted);
    expect(deleted.data).toEqual({ affected_rows: 1 });
    expect(await names(json)).toEqual(['alice:4', 'molly:2', 'amy:2', 'lucy:3']);
  });

  it('refuses values of the wrong type, unknown and system fields, missing required ones, and filterless changes', async () => {
    const { json } = sandboxSession('db');
    const cases: [string, string, unknown][] = [
      ['POST', `${DB}/records`, { insert_rows: [{ name: 'x', level: 'high' }] }],
      ['POST', `${DB}/records`, { insert_rows: [{ name: 'x', level: 2 }] }],
      ['POST', `${DB}/records`, { insert_rows: [{ name: 'x', level: '2', age: '3' }] }],
      ['POST', `${DB}/records`, { insert_rows: [{ name: 'x', level: '2', id: '1' }] }],
      ['POST', `${DB}/records`, { insert_rows: [{ city: 'Xi’an' }] }],
      ['PUT', `${DB}/records`, { update_fields: [{ field_name: 'level', value: '2' }], filter: {} }],
      [
        'PUT',
        `${DB}/records`,
        { update_fields: [{ field_name: 'name', value: '' }], filter: where('name', 'equal', 'amy') },
      ],
      [
        'PUT',
        `${DB}/records`,
        { update_fields: [{ field_name: 'uuid', value: '2' }], filter: where('name', 'equal', 'amy') },
      ],
      ['DELETE', `${DB}/records`, { filter: { logic: 'and', conditions: [] } }],
      ['DELETE', `${DB}/records`, {}],
      ['POST', `${DB}/records/query`, { filter: where('age', 'equal', '3') }],
      ['POST', `${DB}/records/query`, { order_by: [{ field_name: 'age' }] }],
    ];
    for (const [method, path, body] of cases) {
      const res = await json(method, path, body);
      expect(res.code, `${method} ${JSON.stringify(body)}`).toBe(4000);
      expect(res.msg).not.toBe('');
    }
    // Nothing changed on the way.
    expect(await names(json)).toEqual(['alice:1', 'molly:2', 'amy:2']);
  });

  it('keeps each channel to its own rows unless the database shares them all', async () => {
    const { json } = sandboxSession('db');
    await json('POST', `${DB}/records`, { insert_rows: [{ name: 'feishu', level: '5' }], connector_id: '10000011' });
    expect(await names(json)).toEqual(['alice:1', 'molly:2', 'amy:2']);
    expect(await names(json, { connector_id: '10000011' })).toEqual(['feishu:5']);

    const shared = await json('POST', '/v1/databases', {
      workspace_id: SANDBOX_IDS.workspace,
      table_name: 'notes',
      fields: [{ name: 'text', type: 'string' }],
      rw_mode: 'unlimited_read_write',
      connector_read_mode: 'shared_all_connectors',
    });
    const path = `/v1/databases/${shared.data.database_id}/records`;
    await json('POST', path, { insert_rows: [{ text: 'from feishu' }], connector_id: '10000011' });
    const seen = await json('POST', `${path}/query`, { select_fields: { field_names: ['text', 'sys_platform'] } });
    expect(seen.data.items).toEqual([{ text: 'from feishu', sys_platform: '10000011' }]);
  });

  it('runs async calls as tasks that database-tasks-retrieve reports until they succeed', async () => {
    const { json } = sandboxSession('db');
    const queued = await json(
      'POST',
      `${DB}/records`,
      { insert_rows: [{ name: 'zoe', level: '2' }], is_async: true },
      {
        'x-sandbox-pace-ms': '40',
      },
    );
    expectOk('database-records-insert', queued);
    expect(Object.keys(queued.data)).toEqual(['task_id']);
    const early = await json('GET', `/v1/database_tasks/${queued.data.task_id}`);
    expectOk('database-tasks-retrieve', early);
    expect(['pending', 'running']).toContain(early.data.status);
    expect(early.data.affected_rows).toBeUndefined();
    await scheduler.wait(1100);
    const done = await json('GET', `/v1/database_tasks/${queued.data.task_id}`);
    expect(done.data).toMatchObject({ status: 'succeed', task_type: 'insert', affected_rows: 1, error_msg: '' });

    const query = await json('POST', `${DB}/records/query`, {
      filter: where('level', 'equal', '2'),
      select_fields: { field_names: ['name'] },
      is_async: true,
    });
    expect(Object.keys(query.data)).toEqual(['task_id']);
    const result = await json('GET', `/v1/database_tasks/${query.data.task_id}`);
    expectOk('database-tasks-retrieve', result);
    expect(result.data).toMatchObject({
      status: 'succeed',
      task_type: 'select',
      select_total_count: 3,
      has_more: false,
    });
    const file = await fetch(result.data.select_items_file_url);
    expect(await file.json()).toEqual([{ name: 'molly' }, { name: 'amy' }, { name: 'zoe' }]);
  });

  it('answers the seeded task, and 4200 for a task it does not know', async () => {
    const { json } = sandboxSession('db');
    const seeded = await json('GET', `/v1/database_tasks/${SANDBOX_IDS.databaseTask}`);
    expectOk('database-tasks-retrieve', seeded);
    expect(seeded.data).toMatchObject({ status: 'succeed', task_type: 'insert', affected_rows: 2 });
    expect((await json('GET', '/v1/database_tasks/7351999999999999999')).code).toBe(4200);
  });
});
