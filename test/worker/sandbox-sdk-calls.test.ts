import { exports } from 'cloudflare:workers';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
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
