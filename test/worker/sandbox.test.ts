import { env } from 'cloudflare:workers';
import { runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { findEndpoint } from '../../catalog/index';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import type { SandboxSession } from '../../worker/sandbox';

// Each test talks to its own session (one Durable Object per owner), so state never leaks between tests.
function session(owner = `owner-${crypto.randomUUID()}`) {
  const stub = env.SANDBOX.get(env.SANDBOX.idFromName(owner));
  const send = (method: string, path: string, init: { body?: unknown; headers?: Record<string, string> } = {}) =>
    stub.fetch(
      new Request(`https://sandbox.coze.invalid${path}`, {
        method,
        headers: {
          authorization: 'Bearer pat_sandbox_test',
          'content-type': 'application/json',
          'x-sandbox-pace-ms': '0',
          ...init.headers,
        },
        body:
          init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
      }),
    );
  const json = async (method: string, path: string, body?: unknown) => {
    const res = await send(method, path, { body });
    return (await res.json()) as Record<string, any>;
  };
  return { stub, send, json };
}

/** Asserts a body matches its catalog endpoint's response schema and is a success. */
function expectOk(endpointId: string, body: Record<string, unknown>) {
  expect(body).toMatchObject({ code: 0, msg: '' });
  const result = v.safeParse(findEndpoint(endpointId)!.response, body);
  expect(result.issues?.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`) ?? []).toEqual([]);
}

describe('sandbox protocol', () => {
  it('answers 4100 with HTTP 401 when the Authorization header is missing', async () => {
    const { stub } = session();
    const res = await stub.fetch(new Request('https://sandbox.coze.invalid/v1/bots/7351000000000000001'));
    expect(res.status).toBe(401);
    const body = (await res.json()) as { code: number; msg: string; detail: { logid: string } };
    expect(body.code).toBe(4100);
    expect(body.msg).toMatch(/Authorization: Bearer/);
    expect(res.headers.get('x-tt-logid')).toBe(body.detail.logid);
  });

  it('answers 4100 for a header that is not a bearer token', async () => {
    const { send } = session();
    const res = await send('GET', `/v1/bots/${SANDBOX_IDS.bot}`, { headers: { authorization: 'Token abc' } });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { code: number }).code).toBe(4100);
  });

  it('answers HTTP 404 for a path Coze does not have', async () => {
    const { send } = session();
    const res = await send('GET', '/v1/not-an-api');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { code: number }).code).toBe(4200);
  });

  it('sends the same log id in x-tt-logid and detail.logid, Coze-shaped', async () => {
    const { send } = session();
    const res = await send('GET', `/v1/bots/${SANDBOX_IDS.bot}`);
    const body = (await res.json()) as { detail: { logid: string } };
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(body.detail.logid).toMatch(/^\d{14}[0-9A-F]{20}$/);
    expect(res.headers.get('x-tt-logid')).toBe(body.detail.logid);
  });

  it('answers 4000 naming each missing or malformed parameter', async () => {
    const { json } = session();
    const body = await json('POST', '/v3/chat', { stream: 'yes' });
    expect(body.code).toBe(4000);
    expect(body.msg).toContain('body.bot_id: bot_id is required');
    expect(body.msg).toContain('body.stream');
    expect(body).not.toHaveProperty('data');
  });

  it('answers 4000 for a query number that is not a number', async () => {
    const { json } = session();
    const body = await json('GET', `/v1/workflows?workspace_id=${SANDBOX_IDS.workspace}&page_num=first`);
    expect(body.code).toBe(4000);
    expect(body.msg).toContain('query.page_num');
  });

  it('answers 4000 for a body that is not JSON', async () => {
    const { send } = session();
    const res = await send('POST', '/v1/conversation/create', { body: '{"name":' });
    expect(await res.json()).toMatchObject({ code: 4000, msg: expect.stringContaining('not valid JSON') });
  });

  it('answers 4000 for a page size beyond the documented maximum', async () => {
    const { json } = session();
    const body = await json('GET', `/v1/conversations?bot_id=${SANDBOX_IDS.bot}&page_size=51`);
    expect(body).toMatchObject({ code: 4000, msg: expect.stringContaining('page_size') });
  });

  it.each([
    ['a conversation', 'GET', '/v1/conversation/retrieve?conversation_id=123'],
    [
      'a message',
      'GET',
      `/v1/conversation/message/retrieve?conversation_id=${SANDBOX_IDS.conversation}&message_id=123`,
    ],
    ['a chat', 'GET', `/v3/chat/retrieve?conversation_id=${SANDBOX_IDS.conversation}&chat_id=123`],
    ['a file', 'GET', '/v1/files/retrieve?file_id=123'],
    ['a workflow', 'GET', '/v1/workflows/123'],
    ['an agent', 'GET', '/v1/bots/123'],
    ['an execution', 'GET', `/v1/workflows/${SANDBOX_IDS.workflow}/run_histories/123`],
    ['a workspace', 'GET', '/v1/bots?workspace_id=123'],
  ])('answers 4200 for %s that does not exist', async (_, method, path) => {
    const { send } = session();
    const res = await send(method, path);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { code: number; msg: string };
    expect(body.code).toBe(4200);
    expect(body.msg).toContain('123');
  });

  it('answers 4200 when the chat belongs to another conversation', async () => {
    const { json } = session();
    const conversation = (await json('POST', '/v1/conversation/create', {})).data;
    const body = await json('GET', `/v3/chat/retrieve?conversation_id=${conversation.id}&chat_id=${SANDBOX_IDS.chat}`);
    expect(body.code).toBe(4200);
  });
});

describe('sandbox fixtures', () => {
  it('lists both agents of the sandbox workspace', async () => {
    const { json } = session();
    const body = await json('GET', `/v1/bots?workspace_id=${SANDBOX_IDS.workspace}`);
    expectOk('list-bots', body);
    expect(body.data.items.map((bot: { id: string }) => bot.id)).toEqual([SANDBOX_IDS.bot, SANDBOX_IDS.pluginBot]);
    expect(body.data.total).toBe(2);
  });

  it('shows the plugin agent with its get_weather tool', async () => {
    const { json } = session();
    const body = await json('GET', `/v1/bots/${SANDBOX_IDS.pluginBot}`);
    expectOk('retrieve-bot', body);
    expect(body.data.plugin_info_list[0].api_info_list[0].name).toBe('get_weather');
  });

  it('starts with a conversation holding a question and its answer', async () => {
    const { json } = session();
    const body = await json('POST', `/v1/conversation/message/list?conversation_id=${SANDBOX_IDS.conversation}`, {
      order: 'asc',
    });
    expectOk('list-messages', body);
    const types = body.data.map((m: { type: string }) => m.type);
    expect(types.slice(0, 2)).toEqual(['question', 'answer']);
    expect(body.data[1].id).toBe(SANDBOX_IDS.message);
    expect(body.data[1].chat_id).toBe(SANDBOX_IDS.chat);
  });

  it('starts with a completed chat whose messages include follow-up suggestions', async () => {
    const { json } = session();
    const chat = await json(
      'GET',
      `/v3/chat/retrieve?conversation_id=${SANDBOX_IDS.conversation}&chat_id=${SANDBOX_IDS.chat}`,
    );
    expect(chat.data.status).toBe('completed');
    const messages = await json(
      'GET',
      `/v3/chat/message/list?conversation_id=${SANDBOX_IDS.conversation}&chat_id=${SANDBOX_IDS.chat}`,
    );
    expectOk('list-chat-messages', messages);
    expect(messages.data.map((m: { type: string }) => m.type)).toEqual([
      'answer',
      'verbose',
      'follow_up',
      'follow_up',
      'follow_up',
    ]);
  });

  it('starts with an uploaded file', async () => {
    const { json } = session();
    const body = await json('GET', `/v1/files/retrieve?file_id=${SANDBOX_IDS.file}`);
    expectOk('retrieve-file', body);
    expect(body.data).toMatchObject({ id: SANDBOX_IDS.file, file_name: 'sandbox-welcome.txt' });
  });
});

describe('sandbox conversations', () => {
  it('creates, reads, renames, clears and deletes a conversation', async () => {
    const { json } = session();
    const created = await json('POST', '/v1/conversation/create', {
      bot_id: SANDBOX_IDS.bot,
      name: 'Trip',
      meta_data: { k: 'v' },
    });
    expectOk('create-conversation', created);
    const id: string = created.data.id;
    expect(id).toMatch(/^\d{19}$/);
    expect((await json('GET', `/v1/conversation/retrieve?conversation_id=${id}`)).data).toMatchObject({
      id,
      name: 'Trip',
      meta_data: { k: 'v' },
    });

    const renamed = await json('PUT', `/v1/conversations/${id}`, { name: 'Trip to Hangzhou' });
    expectOk('update-conversation', renamed);
    expect(renamed.data.name).toBe('Trip to Hangzhou');

    const listed = await json('GET', `/v1/conversations?bot_id=${SANDBOX_IDS.bot}&sort_order=DESC`);
    expectOk('list-conversations', listed);
    expect(listed.data.conversations[0].id).toBe(id);

    const cleared = await json('POST', `/v1/conversations/${id}/clear`);
    expectOk('clear-conversation-context', cleared);
    expect(cleared.data.conversation_id).toBe(id);
    expect((await json('GET', `/v1/conversation/retrieve?conversation_id=${id}`)).data.last_section_id).toBe(
      cleared.data.id,
    );

    const deleted = await json('DELETE', `/v1/conversations/${id}`);
    expectOk('delete-conversation', deleted);
    expect(deleted).not.toHaveProperty('data');
    expect((await json('GET', `/v1/conversation/retrieve?conversation_id=${id}`)).code).toBe(4200);
  });

  it('seeds a new conversation with the messages it is created with', async () => {
    const { json } = session();
    const created = await json('POST', '/v1/conversation/create', {
      messages: [
        { role: 'user', content: 'Hi', content_type: 'text' },
        { role: 'assistant', content: 'Hello!', content_type: 'text' },
      ],
    });
    const list = await json('POST', `/v1/conversation/message/list?conversation_id=${created.data.id}`, {
      order: 'asc',
    });
    expect(list.data.map((m: { type: string; content: string }) => [m.type, m.content])).toEqual([
      ['question', 'Hi'],
      ['answer', 'Hello!'],
    ]);
  });

  it('refuses a question from the assistant and creates nothing', async () => {
    const { json } = session();
    const count = async () =>
      (await json('GET', `/v1/conversations?bot_id=${SANDBOX_IDS.bot}`)).data.conversations.length;
    const before = await count();
    const body = await json('POST', '/v1/conversation/create', {
      bot_id: SANDBOX_IDS.bot,
      messages: [{ role: 'assistant', type: 'question', content: 'x', content_type: 'text' }],
    });
    expect(body).toMatchObject({ code: 4000, msg: expect.stringContaining('messages.0.type') });
    expect(await count()).toBe(before);
  });

  it('answers 4003 for meta_data with more than 16 pairs', async () => {
    const { json } = session();
    const meta = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, 'v']));
    expect((await json('POST', '/v1/conversation/create', { meta_data: meta })).code).toBe(4003);
  });
});

describe('sandbox messages', () => {
  it('creates, reads, modifies and deletes a message', async () => {
    const { json } = session();
    const conversation = (await json('POST', '/v1/conversation/create', {})).data.id as string;
    const created = await json('POST', `/v1/conversation/message/create?conversation_id=${conversation}`, {
      role: 'user',
      content: 'Hello',
      content_type: 'text',
      meta_data: { source: 'test' },
    });
    expectOk('create-message', created);
    const id: string = created.data.id;
    expect(created.data).toMatchObject({
      role: 'user',
      type: 'question',
      content: 'Hello',
      conversation_id: conversation,
    });

    const read = await json(
      'GET',
      `/v1/conversation/message/retrieve?conversation_id=${conversation}&message_id=${id}`,
    );
    expectOk('retrieve-message', read);
    expect(read.data.meta_data).toEqual({ source: 'test' });

    const modified = await json(
      'POST',
      `/v1/conversation/message/modify?conversation_id=${conversation}&message_id=${id}`,
      {
        content: 'Hello again',
        content_type: 'text',
      },
    );
    expectOk('update-message', modified);
    expect(modified).not.toHaveProperty('data');
    expect(modified.message.content).toBe('Hello again');

    const deleted = await json(
      'POST',
      `/v1/conversation/message/delete?conversation_id=${conversation}&message_id=${id}`,
    );
    expectOk('delete-message', deleted);
    expect(deleted.data.content).toBe('Hello again');
    const list = await json('POST', `/v1/conversation/message/list?conversation_id=${conversation}`, {});
    expect(list.data).toEqual([]);
    expect(list).toMatchObject({ has_more: false, first_id: '0', last_id: '0' });
  });

  it('refuses a modification with neither content nor meta_data', async () => {
    const { json } = session();
    const body = await json(
      'POST',
      `/v1/conversation/message/modify?conversation_id=${SANDBOX_IDS.conversation}&message_id=${SANDBOX_IDS.message}`,
      {},
    );
    expect(body.code).toBe(4000);
  });

  it('refuses object_string content that is not an array of parts', async () => {
    const { json } = session();
    const body = await json('POST', `/v1/conversation/message/create?conversation_id=${SANDBOX_IDS.conversation}`, {
      role: 'user',
      content: 'not json',
      content_type: 'object_string',
    });
    expect(body).toMatchObject({ code: 4000, msg: expect.stringContaining('object_string') });
  });

  it('pages a conversation with after_id and before_id, newest first', async () => {
    const { json } = session();
    const conversation = (await json('POST', '/v1/conversation/create', {})).data.id as string;
    for (const content of ['one', 'two', 'three', 'four', 'five']) {
      await json('POST', `/v1/conversation/message/create?conversation_id=${conversation}`, {
        role: 'user',
        content,
        content_type: 'text',
      });
    }
    const list = (body: Record<string, unknown>) =>
      json('POST', `/v1/conversation/message/list?conversation_id=${conversation}`, body);
    const first = await list({ limit: 2 });
    expect(first.data.map((m: { content: string }) => m.content)).toEqual(['five', 'four']);
    expect(first.has_more).toBe(true);
    const second = await list({ limit: 2, after_id: first.last_id });
    expect(second.data.map((m: { content: string }) => m.content)).toEqual(['three', 'two']);
    const third = await list({ limit: 2, after_id: second.last_id });
    expect(third.data.map((m: { content: string }) => m.content)).toEqual(['one']);
    expect(third.has_more).toBe(false);
    const back = await list({ limit: 2, before_id: third.first_id });
    expect(back.data.map((m: { content: string }) => m.content)).toEqual(['three', 'two']);
    expect(back.has_more).toBe(true);
    const ascending = await list({ order: 'asc', limit: 3 });
    expect(ascending.data.map((m: { content: string }) => m.content)).toEqual(['one', 'two', 'three']);
  });

  it('hides tool traffic unless include_middle_message is set', async () => {
    const { json } = session();
    const path = `/v1/conversation/message/list?conversation_id=${SANDBOX_IDS.conversation}`;
    const plain = await json('POST', path, { order: 'asc' });
    expect(plain.data.map((m: { type: string }) => m.type)).not.toContain('function_call');
    const all = await json('POST', path, { order: 'asc', include_middle_message: true });
    expect(all.data.map((m: { type: string }) => m.type)).toContain('function_call');
  });

  it('rates an agent message and removes the rating', async () => {
    const { json } = session();
    const path = `/v1/conversations/${SANDBOX_IDS.conversation}/messages/${SANDBOX_IDS.message}/feedback`;
    const created = await json('POST', path, { feedback_type: 'like', comment: 'Clear.' });
    expectOk('create-message-feedback', created);
    expect(created).not.toHaveProperty('data');
    const deleted = await json('DELETE', path);
    expectOk('delete-message-feedback', deleted);
  });

  it('refuses to rate a user message', async () => {
    const { json } = session();
    const list = await json('POST', `/v1/conversation/message/list?conversation_id=${SANDBOX_IDS.conversation}`, {
      order: 'asc',
    });
    const question = list.data.find((m: { role: string }) => m.role === 'user');
    const body = await json('POST', `/v1/conversations/${SANDBOX_IDS.conversation}/messages/${question.id}/feedback`, {
      feedback_type: 'unlike',
    });
    expect(body.code).toBe(4000);
  });
});

describe('sandbox files', () => {
  it('uploads a file as multipart and retrieves its metadata', async () => {
    const { stub, json } = session();
    const form = new FormData();
    form.append('file', new File(['hello sandbox'], 'notes.txt', { type: 'text/plain' }));
    const res = await stub.fetch(
      new Request('https://sandbox.coze.invalid/v1/files/upload', {
        method: 'POST',
        headers: { authorization: 'Bearer t' },
        body: form,
      }),
    );
    const uploaded = (await res.json()) as Record<string, any>;
    expectOk('upload-file', uploaded);
    expect(uploaded.data).toMatchObject({ bytes: 13, file_name: 'notes.txt' });
    const read = await json('GET', `/v1/files/retrieve?file_id=${uploaded.data.id}`);
    expect(read.data).toEqual(uploaded.data);
  });

  it('answers 4300 for an empty file', async () => {
    const { stub } = session();
    const form = new FormData();
    form.append('file', new File([], 'empty.txt'));
    const res = await stub.fetch(
      new Request('https://sandbox.coze.invalid/v1/files/upload', {
        method: 'POST',
        headers: { authorization: 'Bearer t' },
        body: form,
      }),
    );
    expect(((await res.json()) as { code: number }).code).toBe(4300);
  });

  it('answers 4000 when the form has no file field', async () => {
    const { stub } = session();
    const form = new FormData();
    form.append('data', 'x');
    const res = await stub.fetch(
      new Request('https://sandbox.coze.invalid/v1/files/upload', {
        method: 'POST',
        headers: { authorization: 'Bearer t' },
        body: form,
      }),
    );
    expect(await res.json()).toMatchObject({ code: 4000, msg: expect.stringContaining('file') });
  });
});

describe('sandbox sessions', () => {
  it('keeps one owner’s conversations from another owner', async () => {
    const alice = session();
    const bob = session();
    const created = (
      await alice.json('POST', '/v1/conversation/create', { bot_id: SANDBOX_IDS.bot, name: 'Alice only' })
    ).data;
    expect((await alice.json('GET', `/v1/conversation/retrieve?conversation_id=${created.id}`)).code).toBe(0);
    expect((await bob.json('GET', `/v1/conversation/retrieve?conversation_id=${created.id}`)).code).toBe(4200);
    const bobs = await bob.json('GET', `/v1/conversations?bot_id=${SANDBOX_IDS.bot}`);
    expect(bobs.data.conversations.map((c: { id: string }) => c.id)).not.toContain(created.id);
  });

  it('arms an alarm a day ahead and wipes an idle session when it fires', async () => {
    const { stub, json } = session();
    const created = (await json('POST', '/v1/conversation/create', { name: 'Soon gone' })).data;
    const alarm = await runInDurableObject(stub, (_: SandboxSession, state) => state.storage.getAlarm());
    expect(alarm).toBeGreaterThan(Date.now() + 23 * 3600_000);
    // Pretend the last request was a day ago, then let the alarm fire.
    await runInDurableObject(stub, async (_: SandboxSession, state) => {
      const meta = (await state.storage.get<{ seeded_at_ms: number; last_used_ms: number }>('meta'))!;
      await state.storage.put('meta', { ...meta, last_used_ms: Date.now() - 25 * 3600_000 });
    });
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(
      await runInDurableObject(stub, (_: SandboxSession, state) => state.storage.get(`conv:${created.id}`)),
    ).toBeUndefined();
    expect((await json('GET', `/v1/conversation/retrieve?conversation_id=${created.id}`)).code).toBe(4200);
    // The next request seeds the fixtures again.
    expect((await json('GET', `/v1/conversation/retrieve?conversation_id=${SANDBOX_IDS.conversation}`)).code).toBe(0);
  });

  it('keeps a session that was used within the day when the alarm fires', async () => {
    const { stub, json } = session();
    const created = (await json('POST', '/v1/conversation/create', { name: 'Still here' })).data;
    await runInDurableObject(stub, (_: SandboxSession, state) => state.storage.setAlarm(Date.now()));
    await runDurableObjectAlarm(stub);
    expect((await json('GET', `/v1/conversation/retrieve?conversation_id=${created.id}`)).code).toBe(0);
  });
});
