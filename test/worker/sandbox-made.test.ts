import { describe, expect, it } from 'vitest';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import { sandboxSession } from './sandbox-helpers';

describe('what a create call makes, its read call finds', { timeout: 20_000 }, () => {
  it('lists a new bill export task first, and counts it', async () => {
    const { json } = sandboxSession('made');
    const before = await json('GET', '/v1/commerce/benefit/bill_tasks');
    const task = (
      await json('POST', '/v1/commerce/benefit/bill_tasks', { started_at: 1746028800, ended_at: 1748707199 })
    ).data;
    const again = (
      await json('POST', '/v1/commerce/benefit/bill_tasks', { started_at: 1746028800, ended_at: 1748707199 })
    ).data;
    expect(again.task_id).not.toBe(task.task_id);
    const after = await json('GET', '/v1/commerce/benefit/bill_tasks');
    expect(after.data.task_infos.slice(0, 2).map((t: { task_id: string }) => t.task_id)).toEqual([
      again.task_id,
      task.task_id,
    ]);
    expect(after.data.task_infos[1]).toMatchObject({ started_at: 1746028800, ended_at: 1748707199 });
    expect(after.data.total).toBe(before.data.total + 2);
  });

  it('keeps a quota rule as sent, lists it, and applies an update to it', async () => {
    const { json } = sandboxSession('made');
    const created = await json('POST', '/v1/commerce/benefit/limitations', {
      entity_type: 'single_device',
      entity_id: SANDBOX_IDS.device,
      benefit_info: {
        benefit_type: 'resource_point',
        active_mode: 'absolute_time',
        started_at: 1735689600,
        ended_at: 253402300799,
        limit: 77,
      },
    });
    const id = created.data.benefit_info.benefit_id;
    expect(created.data.benefit_info.limit).toBe(77);
    await json('PUT', `/v1/commerce/benefit/limitations/${id}`, { limit: 88 });
    const query = `entity_type=single_device&entity_id=${SANDBOX_IDS.device}&benefit_type=resource_point`;
    const list = await json('GET', `/v1/commerce/benefit/limitations?${query}`);
    const other = await json(
      'GET',
      `/v1/commerce/benefit/limitations?entity_type=single_device&benefit_type=voice_unified_duration_system`,
    );
    expect(other.data.benefit_infos.map((rule: { benefit_id: string }) => rule.benefit_id)).not.toContain(id);
    expect(list.data.benefit_infos[0]).toMatchObject({ benefit_id: id, limit: 88, benefit_type: 'resource_point' });
  });

  it('lists a new organization in its enterprise', async () => {
    const { json } = sandboxSession('made');
    const path = `/v1/enterprises/${SANDBOX_IDS.enterprise}/organizations`;
    const made = await json('POST', path, { name: 'Research', super_admin_user_id: SANDBOX_IDS.user });
    const list = await json('GET', path);
    expect(list.data.items[0]).toMatchObject({
      organization_id: made.data.organization_id,
      organization_name: 'Research',
    });
  });

  it('answers a copy task as done, and the copied agent is a draft retrieve-bot finds', async () => {
    const { json } = sandboxSession('made');
    const copy = (await json('POST', '/v1/entities/copy_tasks', { entity_id: SANDBOX_IDS.bot, entity_type: 'bot' }))
      .data;
    const task = (await json('GET', `/v1/entities/copy_tasks/${copy.task_id}`)).data;
    expect(task).toMatchObject({
      task_id: copy.task_id,
      task_status: 'successful',
      target_entity_id: copy.copied_entity_id,
    });
    const bot = await json('GET', `/v1/bots/${copy.copied_entity_id}?is_published=false`);
    expect(bot.data.name).toBe('Sandbox Helper');
  });

  it('lists the people added to an organization with their role, changed and removed as asked', async () => {
    const { json, send } = sandboxSession('made');
    const path = `/v1/organizations/${SANDBOX_IDS.organization}/members`;
    const newcomer = '7351000000000000699';
    await json('POST', path, {
      organization_people: [{ user_id: newcomer, organization_role_type: 'organization_member' }],
    });
    const listed = await json('GET', path);
    expect(listed.data.items[0]).toMatchObject({ user_id: newcomer, organization_role_type: 'organization_member' });
    await json('PUT', `${path}/${newcomer}`, { organization_role_type: 'organization_admin' });
    expect((await json('GET', path)).data.items[0]).toMatchObject({
      user_id: newcomer,
      organization_role_type: 'organization_admin',
    });
    await send('DELETE', `${path}/${newcomer}`, { receiver_user_id: SANDBOX_IDS.user });
    const after = (await json('GET', path)).data.items.map((member: { user_id: string }) => member.user_id);
    expect(after).not.toContain(newcomer);
  });
});
