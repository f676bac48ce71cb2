import { describe, expect, it } from 'vitest';
import { ENDPOINTS, findEndpoint } from '../../catalog';
import {
  buildRequest,
  exampleValues,
  getIn,
  maskedHeaders,
  maskToken,
  pruneValue,
  pruneValues,
  queryString,
  removeIn,
  setIn,
  streamsWith,
  TOKEN_PLACEHOLDER,
  valuesFromRecordedRequest,
} from '../../lib/request-model';

const createChat = findEndpoint('create-chat')!;
const listWorkflows = findEndpoint('list-workflows')!;
const retrieveBot = findEndpoint('retrieve-bot')!;
const uploadFile = findEndpoint('upload-file')!;
const streamRunWorkflow = findEndpoint('stream-run-workflow')!;
const origin = 'https://playground.test';

describe('buildRequest', () => {
  it('addresses the relay and the region’s Coze host', () => {
    const model = buildRequest(createChat, { body: { bot_id: '1', user_id: 'u' } }, { region: 'cn', origin });
    expect(model.method).toBe('POST');
    expect(model.url).toBe('https://playground.test/api/relay/cn/v3/chat');
    expect(model.upstreamUrl).toBe('https://api.coze.cn/v3/chat');
    expect(model.baseUrl).toBe('https://api.coze.cn');
    const com = buildRequest(createChat, { body: {} }, { region: 'com', origin: `${origin}/` });
    expect(com.url).toBe('https://playground.test/api/relay/com/v3/chat');
    expect(com.upstreamUrl).toBe('https://api.coze.com/v3/chat');
  });

  it('points samples at the relay for the sandbox', () => {
    const model = buildRequest(createChat, { body: {} }, { region: 'sandbox', origin });
    expect(model.upstreamUrl).toBe('https://playground.test/api/relay/sandbox/v3/chat');
    expect(model.baseUrl).toBe('https://playground.test/api/relay/sandbox');
  });

  it('fills and encodes path parameters', () => {
    const model = buildRequest(retrieveBot, { path: { bot_id: '73 51/x' } }, { region: 'cn', origin });
    expect(model.upstreamUrl).toBe('https://api.coze.cn/v1/bots/73%2051%2Fx');
  });

  it('writes the query in schema order, skipping empty values and writing numbers as text', () => {
    const model = buildRequest(
      listWorkflows,
      { query: { publish_status: '', page_size: 20, workspace_id: '7351', page_num: 1, app_id: undefined } },
      { region: 'cn', origin },
    );
    expect(model.upstreamUrl).toBe('https://api.coze.cn/v1/workflows?workspace_id=7351&page_num=1&page_size=20');
    expect(model.body).toEqual({ kind: 'none' });
  });

  it('pretty-prints the JSON body exactly as sent and leaves out empty optional fields', () => {
    const model = buildRequest(
      createChat,
      {
        query: { conversation_id: '' },
        body: {
          user_id: 'u',
          bot_id: '1',
          custom_variables: {},
          bot_version: '',
          additional_messages: [],
          stream: true,
          meta_data: undefined,
        },
      },
      { region: 'cn', origin },
    );
    expect(model.body).toEqual({ kind: 'json', text: '{\n  "bot_id": "1",\n  "user_id": "u",\n  "stream": true\n}' });
    expect(JSON.parse((model.body as { text: string }).text)).toEqual({ bot_id: '1', user_id: 'u', stream: true });
    expect(model.url).not.toContain('?');
  });

  it('keeps an empty required field, so the relay reports it like the form', () => {
    const model = buildRequest(createChat, { body: { bot_id: '', user_id: 'u' } }, { region: 'cn', origin });
    expect(JSON.parse((model.body as { text: string }).text)).toEqual({ bot_id: '', user_id: 'u' });
  });

  it('prunes inside nested objects and array items', () => {
    const model = buildRequest(
      createChat,
      {
        body: {
          bot_id: '1',
          user_id: 'u',
          additional_messages: [{ role: 'user', content: 'hi', content_type: 'text', type: '', meta_data: {} }],
        },
      },
      { region: 'cn', origin },
    );
    expect(JSON.parse((model.body as { text: string }).text).additional_messages).toEqual([
      { role: 'user', content: 'hi', content_type: 'text' },
    ]);
  });

  it('sends the token as a bearer header, and a placeholder when there is none', () => {
    const withToken = buildRequest(createChat, { body: {} }, { region: 'cn', origin, token: 'pat_secret_0123456789' });
    expect(withToken.headers).toContainEqual(['Authorization', 'Bearer pat_secret_0123456789']);
    expect(withToken.headers).toContainEqual(['Content-Type', 'application/json']);
    const without = buildRequest(createChat, { body: {} }, { region: 'cn', origin });
    expect(without.headers).toContainEqual(['Authorization', `Bearer ${TOKEN_PLACEHOLDER}`]);
  });

  it('adds the sandbox pace header in the sandbox only', () => {
    expect(buildRequest(createChat, { body: {} }, { region: 'sandbox', origin, paceMs: 120 }).headers).toContainEqual([
      'x-sandbox-pace-ms',
      '120',
    ]);
    expect(
      buildRequest(createChat, { body: {} }, { region: 'cn', origin, paceMs: 120 }).headers.map(([name]) => name),
    ).not.toContain('x-sandbox-pace-ms');
  });

  it('describes multipart parts without their bytes and sets no content type', () => {
    const file = new File(['hello'], 'notes.txt', { type: 'text/plain' });
    const model = buildRequest(uploadFile, { body: { file } }, { region: 'cn', origin });
    expect(model.body).toEqual({
      kind: 'multipart',
      parts: [{ name: 'file', fileName: 'notes.txt', size: 5, type: 'text/plain' }],
    });
    expect(model.headers.map(([name]) => name.toLowerCase())).not.toContain('content-type');
  });

  it('knows when the answer streams', () => {
    expect(buildRequest(createChat, { body: { stream: true } }, { region: 'cn', origin }).streams).toBe(true);
    expect(buildRequest(createChat, { body: { stream: false } }, { region: 'cn', origin }).streams).toBe(false);
    expect(streamsWith(streamRunWorkflow, {})).toBe(true);
    expect(streamsWith(listWorkflows, {})).toBe(false);
  });

  it('builds a request for every catalog endpoint from its example', () => {
    for (const endpoint of ENDPOINTS) {
      const model = buildRequest(endpoint, endpoint.example as never, { region: 'cn', origin });
      expect(model.url.startsWith(`${origin}/api/relay/cn/`), endpoint.id).toBe(true);
      expect(model.url, endpoint.id).not.toMatch(/:[a-z_]+/);
      if (endpoint.bodyKind === 'json') expect(() => JSON.parse((model.body as { text: string }).text)).not.toThrow();
    }
  });
});

describe('queryString', () => {
  it('comma-joins arrays and writes booleans as text', () => {
    expect(queryString({ ids: ['a', 'b c'], flag: false, none: [] })).toBe('?ids=a,b%20c&flag=false');
    expect(queryString({ empty: '' })).toBe('');
  });
});

describe('pruneValue', () => {
  it('drops undefined keys even without a schema', () => {
    expect(pruneValue(undefined, { a: 1, b: undefined, c: '' })).toEqual({ a: 1, c: '' });
  });
});

describe('maskToken', () => {
  it('shows only the ends of a long token', () => {
    expect(maskToken('pat_0123456789abcdef')).toBe('pat_••••••cdef');
    expect(maskToken('pat_0123456789abcdef')).not.toContain('0123456789');
  });

  it('hides a short token entirely', () => {
    expect(maskToken('abc')).toBe('••••');
    expect(maskToken('abcdefgh')).toBe('••••••••');
  });

  it('masks the Authorization header and nothing else', () => {
    expect(
      maskedHeaders([
        ['Authorization', 'Bearer pat_0123456789abcdef'],
        ['Content-Type', 'application/json'],
      ]),
    ).toEqual([
      ['Authorization', 'Bearer pat_••••••cdef'],
      ['Content-Type', 'application/json'],
    ]);
    expect(maskedHeaders([['Authorization', `Bearer ${TOKEN_PLACEHOLDER}`]])).toEqual([
      ['Authorization', `Bearer ${TOKEN_PLACEHOLDER}`],
    ]);
  });
});

describe('pruneValues', () => {
  it('prunes every location, so validation judges what is sent', () => {
    expect(
      pruneValues(createChat, { query: { conversation_id: '' }, body: { bot_id: '1', shortcut_command: {} } }),
    ).toEqual({
      path: {},
      query: {},
      headers: {},
      body: { bot_id: '1' },
    });
  });
});

describe('exampleValues', () => {
  it('copies the example into every location', () => {
    const values = exampleValues(retrieveBot);
    expect(values).toEqual({
      path: retrieveBot.example.path,
      query: retrieveBot.example.query ?? {},
      headers: {},
      body: {},
    });
    expect(values.path).not.toBe(retrieveBot.example.path);
  });
});

describe('setIn, getIn and removeIn', () => {
  it('replace a nested value without touching the original', () => {
    const root = { body: { additional_messages: [{ role: 'user', content: 'a' }] } };
    const next = setIn(root, ['body', 'additional_messages', 0, 'content'], 'b');
    expect(getIn(next, ['body', 'additional_messages', 0, 'content'])).toBe('b');
    expect(root.body.additional_messages[0]!.content).toBe('a');
    expect(next.body.additional_messages[0]).not.toBe(root.body.additional_messages[0]);
  });

  it('create missing objects and arrays on the way', () => {
    expect(setIn({}, ['body', 'additional_messages', 0, 'role'], 'user')).toEqual({
      body: { additional_messages: [{ role: 'user' }] },
    });
  });

  it('delete an object key when set to undefined', () => {
    expect(setIn({ body: { a: 1, b: 2 } }, ['body', 'a'], undefined)).toEqual({ body: { b: 2 } });
  });

  it('remove array items and map keys', () => {
    expect(removeIn({ list: ['a', 'b', 'c'] }, ['list', 1])).toEqual({ list: ['a', 'c'] });
    expect(removeIn({ map: { x: '1', y: '2' } }, ['map', 'x'])).toEqual({ map: { y: '2' } });
  });
});

describe('valuesFromRecordedRequest', () => {
  it('reads region, path parameters and the query back from a relay url', () => {
    expect(valuesFromRecordedRequest(retrieveBot, { url: 'https://p.dev/api/relay/cn/v1/bots/7351%2001' })).toEqual({
      region: 'cn',
      values: { path: { bot_id: '7351 01' }, query: {}, headers: {}, body: {} },
    });
    const list = valuesFromRecordedRequest(listWorkflows, {
      url: 'https://p.dev/api/relay/sandbox/v1/workflows?workspace_id=7351&page_num=2',
    });
    expect(list.region).toBe('sandbox');
    expect(list.values.query).toEqual({ workspace_id: '7351', page_num: 2 });
  });

  it('reads the JSON body back, and round-trips what buildRequest sent', () => {
    const values = { query: { conversation_id: '42' }, body: { bot_id: '1', user_id: 'u', stream: true } };
    const model = buildRequest(createChat, values, { region: 'com', origin });
    const back = valuesFromRecordedRequest(createChat, { url: model.url, body: (model.body as { text: string }).text });
    expect(back).toEqual({ region: 'com', values: { path: {}, headers: {}, ...values } });
  });

  it('leaves the body empty when it was not JSON', () => {
    expect(
      valuesFromRecordedRequest(uploadFile, { url: '/api/relay/cn/v1/files/upload', body: 'multipart/form-data: file' })
        .values.body,
    ).toEqual({});
  });
});
