import { exports } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import { openSession } from './ws-helpers';

// A WebSocket voice chat leaves the same records an HTTP chat does: the Chat object that
// /v3/chat/retrieve answers, its messages for /v3/chat/message/list, and the conversation's
// messages. Sessions go through the relay, the HTTP calls too.
vi.setConfig({ testTimeout: 20_000 });

type Json = Record<string, unknown>;

async function relayGet(token: string, path: string): Promise<{ code: number; data: Json | Json[] }> {
  const response = await exports.default.fetch(
    new Request(`https://playground.test/api/relay/sandbox${path}`, { headers: { authorization: `Bearer ${token}` } }),
  );
  expect(response.status).toBe(200);
  return (await response.json()) as { code: number; data: Json | Json[] };
}

async function relayPost(token: string, path: string, body: unknown): Promise<{ code: number; data: unknown }> {
  const response = await exports.default.fetch(
    new Request(`https://playground.test/api/relay/sandbox${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
  return (await response.json()) as { code: number; data: unknown };
}

const retrieve = (token: string, conversationId: string, chatId: string) =>
  relayGet(token, `/v3/chat/retrieve?conversation_id=${conversationId}&chat_id=${chatId}`);

describe('a WebSocket chat is kept like an HTTP chat', () => {
  it('is found by /v3/chat/retrieve and /v3/chat/message/list once completed, and in the conversation', async () => {
    const chat = await openSession(`/sandbox/v1/chat?bot_id=${SANDBOX_IDS.bot}`);
    await chat.next('chat.created');
    chat.send('conversation.message.create', { role: 'user', content_type: 'text', content: 'Hello records' });
    const completed = (await chat.next('conversation.chat.completed')).data!;
    const answer = chat.frames.find((f) => f.event_type === 'conversation.message.completed')!.data!;
    chat.socket.close(1000);
    const conversationId = String(completed['conversation_id']);
    const chatId = String(completed['id']);

    const found = await retrieve(chat.token, conversationId, chatId);
    expect(found.code).toBe(0);
    expect(found.data).toMatchObject({
      id: chatId,
      conversation_id: conversationId,
      bot_id: SANDBOX_IDS.bot,
      status: 'completed',
      created_at: completed['created_at'],
      completed_at: completed['completed_at'],
      usage: completed['usage'],
    });

    const listed = await relayGet(
      chat.token,
      `/v3/chat/message/list?conversation_id=${conversationId}&chat_id=${chatId}`,
    );
    expect(listed.code).toBe(0);
    expect(listed.data).toEqual([
      expect.objectContaining({ id: answer['id'], type: 'answer', content: answer['content'], chat_id: chatId }),
    ]);

    const inConversation = await relayPost(
      chat.token,
      `/v1/conversation/message/list?conversation_id=${conversationId}`,
      {},
    );
    const messages = inConversation.data as Json[];
    expect(messages.filter((m) => m['chat_id'] === chatId).map((m) => m['type'])).toEqual(
      expect.arrayContaining(['question', 'answer']),
    );
  });

  it('is in requires_action with its tool calls while the plugin agent waits, then completed', async () => {
    const chat = await openSession(`/sandbox/v1/chat?bot_id=${SANDBOX_IDS.pluginBot}`);
    await chat.next('chat.created');
    chat.send('conversation.message.create', {
      role: 'user',
      content_type: 'text',
      content: "What's the weather in Paris?",
    });
    const action = (await chat.next('conversation.chat.requires_action')).data!;
    const conversationId = String(action['conversation_id']);
    const chatId = String(action['id']);
    const waiting = await retrieve(chat.token, conversationId, chatId);
    expect(waiting.data).toMatchObject({ status: 'requires_action', required_action: action['required_action'] });

    const call = (action['required_action'] as { submit_tool_outputs: { tool_calls: { id: string }[] } })
      .submit_tool_outputs.tool_calls[0]!;
    chat.send('conversation.chat.submit_tool_outputs', {
      chat_id: chatId,
      tool_outputs: [{ tool_call_id: call.id, output: '{"sky":"sunny"}' }],
    });
    await chat.next('conversation.chat.completed');
    chat.socket.close(1000);
    expect((await retrieve(chat.token, conversationId, chatId)).data).toMatchObject({ status: 'completed' });
    const listed = await relayGet(
      chat.token,
      `/v3/chat/message/list?conversation_id=${conversationId}&chat_id=${chatId}`,
    );
    expect((listed.data as Json[]).map((m) => m['type'])).toEqual(['function_call', 'tool_response', 'answer']);
  });

  it('is canceled when the session cancels it or closes mid-answer, so an HTTP chat can follow', async () => {
    const chat = await openSession(`/sandbox/v1/chat?bot_id=${SANDBOX_IDS.bot}`, undefined, 20);
    await chat.next('chat.created');
    chat.send('conversation.message.create', { role: 'user', content_type: 'text', content: 'Tell me everything' });
    const created = (await chat.next('conversation.chat.created')).data!;
    const conversationId = String(created['conversation_id']);
    expect((await retrieve(chat.token, conversationId, String(created['id']))).data).toMatchObject({
      status: 'in_progress',
    });
    chat.send('conversation.chat.cancel');
    await chat.next('conversation.chat.canceled');
    expect((await retrieve(chat.token, conversationId, String(created['id']))).data).toMatchObject({
      status: 'canceled',
    });

    chat.send('conversation.message.create', { role: 'user', content_type: 'text', content: 'And again' });
    const second = (await chat.next('conversation.chat.created')).data!;
    await chat.next('conversation.audio.delta');
    chat.socket.close(1000);
    await vi.waitUntil(
      async () =>
        ((await retrieve(chat.token, conversationId, String(second['id']))).data as Json)['status'] === 'canceled',
      { timeout: 5000, interval: 100 },
    );
    // The conversation is free: a new HTTP chat in it is not refused with 4016 (a chat in progress).
    const next = await relayPost(chat.token, `/v3/chat?conversation_id=${conversationId}`, {
      bot_id: SANDBOX_IDS.bot,
      user_id: 'u1',
      stream: false,
      additional_messages: [{ role: 'user', content_type: 'text', content: 'Over HTTP now' }],
    });
    expect(next.code).toBe(0);
  });
});
