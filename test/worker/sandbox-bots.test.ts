import { describe, expect, it } from 'vitest';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import { sandboxSession } from './sandbox-helpers';

const workspace = SANDBOX_IDS.workspace;

describe('agents made with create-bot are kept like the seeded ones', { timeout: 20_000 }, () => {
  it('retrieves a created agent’s draft with its settings, and lists it as an unpublished draft', async () => {
    const { json } = sandboxSession('bots');
    const created = await json('POST', '/v1/bot/create', {
      space_id: workspace,
      name: 'Translation Master',
      description: 'Translates between English and Chinese',
      prompt_info: { prompt: 'You are a translator.' },
      suggest_reply_info: { reply_mode: 'customized', customized_prompt: 'Suggest a next sentence' },
    });
    expect(created.code).toBe(0);
    const id = created.data.bot_id as string;
    expect((await json('GET', `/v1/bots/${id}`)).code).toBe(4200);
    const info = await json('GET', `/v1/bots/${id}?is_published=false`);
    expect(info.code).toBe(0);
    expect(info.data).toMatchObject({
      bot_id: id,
      name: 'Translation Master',
      description: 'Translates between English and Chinese',
      prompt_info: { prompt: 'You are a translator.' },
      suggest_reply_info: { reply_mode: 'customized', customized_prompt: 'Suggest a next sentence' },
    });
    const drafts = await json('GET', `/v1/bots?workspace_id=${workspace}&publish_status=unpublished_draft`);
    expect(drafts.data.items.map((bot: { id: string }) => bot.id)).toEqual([id]);
    const online = await json('GET', `/v1/bots?workspace_id=${workspace}`);
    expect(online.data.items.map((bot: { id: string }) => bot.id)).not.toContain(id);
  });

  it('publishes the updated draft: listNew shows it online, retrieveNew answers the new settings', async () => {
    const { json } = sandboxSession('bots');
    const id = (await json('POST', '/v1/bot/create', { space_id: workspace, name: 'First' })).data.bot_id as string;
    expect((await json('POST', '/v1/bot/update', { bot_id: id, name: 'test2', description: 'test2' })).code).toBe(0);
    const published = await json('POST', '/v1/bot/publish', { bot_id: id, connector_ids: ['1024'] });
    expect(published.data.bot_id).toBe(id);
    const list = await json('GET', `/v1/bots?workspace_id=${workspace}&page_num=1&page_size=10`);
    const listed = list.data.items.find((bot: { id: string }) => bot.id === id);
    expect(listed).toMatchObject({ name: 'test2', description: 'test2', is_published: true });
    expect(list.data.total).toBe(3);
    expect((await json('GET', `/v1/bots/${id}`)).data).toMatchObject({
      name: 'test2',
      version: published.data.version,
    });
    // A later edit stays a draft until the next publish.
    await json('POST', '/v1/bot/update', { bot_id: id, name: 'test3' });
    expect((await json('GET', `/v1/bots/${id}`)).data.name).toBe('test2');
    expect((await json('GET', `/v1/bots/${id}?is_published=false`)).data.name).toBe('test3');
    const changed = await json('GET', `/v1/bots?workspace_id=${workspace}&publish_status=published_draft`);
    expect(changed.data.items.map((bot: { id: string }) => bot.id)).toEqual([id]);
  });

  it('keeps an update of a seeded agent, and chats with a created one', async () => {
    const { json } = sandboxSession('bots');
    await json('POST', '/v1/bot/update', { bot_id: SANDBOX_IDS.bot, name: 'Renamed Helper' });
    expect((await json('GET', `/v1/bots/${SANDBOX_IDS.bot}?is_published=false`)).data.name).toBe('Renamed Helper');
    const id = (await json('POST', '/v1/bot/create', { space_id: workspace, name: 'Chatty' })).data.bot_id as string;
    await json('POST', '/v1/bot/publish', { bot_id: id, connector_ids: ['1024'] });
    const chat = await json('POST', '/v3/chat', {
      bot_id: id,
      user_id: 'u1',
      additional_messages: [{ role: 'user', content: 'hi', content_type: 'text' }],
    });
    expect(chat.code).toBe(0);
    expect(chat.data.bot_id).toBe(id);
  });

  it('answers 4200 for an agent that does not exist', async () => {
    const { json } = sandboxSession('bots');
    expect((await json('GET', '/v1/bots/7351000000000009999')).code).toBe(4200);
    expect((await json('POST', '/v1/bot/update', { bot_id: '7351000000000009999', name: 'x' })).code).toBe(4200);
  });
});
