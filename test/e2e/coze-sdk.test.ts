import { ChatEventType, ChatStatus, CozeAPI, RoleType, WorkflowEventType } from '@coze/api';
import { describe, expect, inject, it } from 'vitest';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';

// The official Node SDK, unchanged, pointed at the relay: the relay is path-transparent.
const baseURL = `${inject('baseUrl')}/api/relay/sandbox`;
const client = new CozeAPI({ token: `pat_sdk_${crypto.randomUUID()}`, baseURL, headers: { 'x-sandbox-pace-ms': '1' } });

describe('@coze/api through the relay', () => {
  it('streams a chat: deltas arrive one by one and join to the completed answer', async () => {
    const events: string[] = [];
    let deltas = '';
    let completedAnswer = '';
    const stream = await client.chat.stream({
      bot_id: SANDBOX_IDS.bot,
      user_id: 'sdk-user',
      additional_messages: [{ role: RoleType.User, content: 'Tell me about the sandbox', content_type: 'text' }],
    });
    for await (const part of stream) {
      events.push(part.event);
      if (part.event === ChatEventType.CONVERSATION_MESSAGE_DELTA) deltas += part.data.content;
      if (part.event === ChatEventType.CONVERSATION_MESSAGE_COMPLETED && part.data.type === 'answer')
        completedAnswer = part.data.content;
    }
    expect(events[0]).toBe(ChatEventType.CONVERSATION_CHAT_CREATED);
    expect(events.filter((e) => e === ChatEventType.CONVERSATION_MESSAGE_DELTA).length).toBeGreaterThan(3);
    expect(events).toContain(ChatEventType.CONVERSATION_CHAT_COMPLETED);
    expect(events.at(-1)).toBe(ChatEventType.DONE);
    expect(deltas.length).toBeGreaterThan(0);
    expect(deltas).toBe(completedAnswer);
  });

  it('runs a non-streaming chat to completion with createAndPoll (POST retrieve, then list messages)', async () => {
    const result = await client.chat.createAndPoll(
      {
        bot_id: SANDBOX_IDS.bot,
        user_id: 'sdk-user',
        additional_messages: [{ role: RoleType.User, content: 'Hello', content_type: 'text' }],
      },
      undefined,
    );
    expect(result.chat.status).toBe(ChatStatus.COMPLETED);
    expect(result.messages?.some((m) => m.type === 'answer' && m.content.length > 0)).toBe(true);
  });

  it('creates a conversation, adds a message and lists it back', async () => {
    const conversation = await client.conversations.create({});
    expect(conversation.id).toMatch(/^\d+$/);
    const message = await client.conversations.messages.create(conversation.id, {
      role: RoleType.User,
      content: 'kept in the sandbox',
      content_type: 'text',
    });
    const list = await client.conversations.messages.list(conversation.id);
    expect(list.data.map((m) => m.id)).toContain(message.id);
  });

  it('streams a workflow run with Message events and a Done', async () => {
    const events: string[] = [];
    const stream = await client.workflows.runs.stream({
      workflow_id: SANDBOX_IDS.workflow,
      parameters: { user_name: 'George' },
    });
    for await (const part of stream) events.push(part.event);
    expect(events).toContain(WorkflowEventType.MESSAGE);
    expect(events.at(-1)).toBe(WorkflowEventType.DONE);
  });

  it('answers users.me with the sandbox user', async () => {
    const me = await client.users.me();
    expect(me).toMatchObject({ user_id: SANDBOX_IDS.user, user_name: 'sandbox_user', nick_name: 'Sandbox User' });
    expect(me.avatar_url.length).toBeGreaterThan(0);
  });

  it('duplicates a template into a draft agent that bots.retrieveNew and bots.listNew then find', async () => {
    const copy = await client.templates.duplicate(SANDBOX_IDS.template, {
      workspace_id: SANDBOX_IDS.workspace,
      name: 'SDK planner',
    });
    expect(copy.entity_type).toBe('agent');
    expect(copy.entity_id).toMatch(/^\d{19}$/);
    const draft = await client.bots.retrieveNew(copy.entity_id, { is_published: false });
    expect(draft.name).toBe('SDK planner');
    const list = await client.bots.listNew({ workspace_id: SANDBOX_IDS.workspace, publish_status: 'all' });
    expect(list.items.map((bot) => bot.id)).toContain(copy.entity_id);
  });

  it('retrieves a live with audio.live.retrieve', async () => {
    const live = await client.audio.live.retrieve(SANDBOX_IDS.live);
    expect(live.app_id.length).toBeGreaterThan(0);
    expect(live.stream_infos.map((stream) => stream.live_type)).toEqual(['origin', 'translation']);
  });

  it('lists knowledge files with the deprecated knowledge.documents.list, which sends GET', async () => {
    const list = await client.knowledge.documents.list({ dataset_id: SANDBOX_IDS.dataset, page: 1, page_size: 10 });
    expect(list.total).toBe(1);
    expect(list.document_infos[0]?.document_id).toBe(SANDBOX_IDS.document);
  });

  it('lists knowledge files with datasets.documents.list, which sends POST', async () => {
    const list = await client.datasets.documents.list({ dataset_id: SANDBOX_IDS.dataset, page: 1, page_size: 10 });
    expect(list.document_infos.map((document) => document.document_id)).toContain(SANDBOX_IDS.document);
  });

  it('surfaces a relay validation error as an error, without sending', async () => {
    await expect(client.chat.create({ bot_id: '', user_id: 'sdk-user' })).rejects.toThrow();
  });
});
