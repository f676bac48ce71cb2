import { CozeCode, CozeError } from '../envelope';
import { SANDBOX_USER } from '../fixtures';
import { intParam, pageOf, seconds } from '../params';
import { iconFor, memberOf } from '../platform-fixtures';
import { shaped } from '../shape-call';
import type { Handler } from '../call';
import type { WorkspaceRecord } from '../records';
import type { SessionStore } from '../state';

/** The workspace with this id (the sandbox's own, or one created in the session), or 4200. */
export async function requireWorkspace(store: SessionStore, id: unknown): Promise<WorkspaceRecord> {
  const workspace = await store.item('workspace', String(id));
  if (!workspace) throw new CozeError(CozeCode.notFound, `Workspace ${String(id)} not found`);
  return workspace;
}

function checkText(value: unknown, name: string, max: number): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (text.length > max)
    throw new CozeError(CozeCode.badRequest, `Invalid parameter ${name}: at most ${max} characters`);
  return text;
}

function view(workspace: WorkspaceRecord, viewer: string): Record<string, unknown> {
  const role = workspace.members.find((member) => member.user_id === viewer)?.role_type ?? 'member';
  return {
    id: workspace.id,
    name: workspace.name,
    icon_url: workspace.icon_url,
    owner_uid: workspace.owner_uid,
    role_type: role,
    admin_uids: workspace.members.filter((m) => m.role_type !== 'member').map((m) => m.user_id),
    description: workspace.description,
    enterprise_id: workspace.enterprise_id,
    joined_status: 'joined',
    workspace_type: workspace.workspace_type,
  };
}

/** POST /v1/workspaces: a team workspace owned by `owner_uid`, or by the sandbox user. */
export const createWorkspace: Handler = async (call) => {
  const name = checkText(call.body['name'], 'name', 50)!;
  if (!name.trim()) throw new CozeError(CozeCode.badRequest, 'Invalid parameter name: must not be empty');
  const owner = String(call.body['owner_uid'] ?? SANDBOX_USER.id);
  if (!/^\d+$/.test(owner)) throw new CozeError(CozeCode.badRequest, 'Invalid parameter owner_uid: a Coze user id');
  const at = seconds(call.nowMs);
  const workspace: WorkspaceRecord = {
    id: await call.store.nextId(),
    name,
    description: checkText(call.body['description'], 'description', 2000) ?? '',
    icon_url: iconFor(name),
    owner_uid: owner,
    workspace_type: 'team',
    enterprise_id: '',
    members: [memberOf(owner, 'owner', at)],
    created_at: at,
  };
  await call.store.putItem('workspace', workspace.id, workspace);
  return shaped(call, { data: { id: workspace.id } });
};

/** GET /v1/workspaces: the workspaces the user (the sandbox user by default) belongs to, oldest first. */
export const listWorkspaces: Handler = async (call) => {
  const pageNum = intParam(call.query['page_num'], 'page_num', 1, 1, 10_000);
  const pageSize = intParam(call.query['page_size'], 'page_size', 20, 1, 50);
  const viewer = String(call.query['user_id'] ?? SANDBOX_USER.id);
  const enterprise = call.query['enterprise_id'];
  const all = (await call.store.items('workspace'))
    .filter((w) => w.members.some((member) => member.user_id === viewer))
    .filter((w) => enterprise === undefined || w.enterprise_id === enterprise);
  const page = pageOf(all, pageNum, pageSize);
  return shaped(call, { data: { workspaces: page.items.map((w) => view(w, viewer)), total_count: all.length } });
};

/** PUT /v1/workspaces/:workspace_id: name and description; Coze answers no data. */
export const updateWorkspace: Handler = async (call) => {
  const workspace = await requireWorkspace(call.store, call.path['workspace_id']);
  const name = checkText(call.body['name'], 'name', 50);
  const updated: WorkspaceRecord = {
    ...workspace,
    ...(name !== undefined && { name }),
    ...(call.body['description'] !== undefined && {
      description: checkText(call.body['description'], 'description', 2000)!,
    }),
  };
  await call.store.putItem('workspace', updated.id, updated);
  return shaped(call, {});
};

/** GET /v1/workspaces/:workspace_id/members: owner first, then by joining time. */
export const listWorkspaceMembers: Handler = async (call) => {
  const workspace = await requireWorkspace(call.store, call.path['workspace_id']);
  const pageNum = intParam(call.query['page_num'], 'page_num', 1, 1, 10_000);
  const pageSize = intParam(call.query['page_size'], 'page_size', 20, 1, 50);
  const page = pageOf(workspace.members, pageNum, pageSize);
  const items = page.items.map(({ joined_at: _joined, ...member }) => member);
  return shaped(call, { data: { items, total_count: workspace.members.length } });
};

/** POST /v1/workspaces/:workspace_id/members: adds each user (ids are digit strings) not already in. */
export const addWorkspaceMembers: Handler = async (call) => {
  const workspace = await requireWorkspace(call.store, call.path['workspace_id']);
  const users = (call.body['users'] ?? []) as { user_id: string; role_type: 'admin' | 'member' }[];
  if (users.length > 20) throw new CozeError(CozeCode.badRequest, 'Invalid parameter users: at most 20 per request');
  const result = { not_exist: [] as string[], added: [] as string[], joined: [] as string[] };
  const members = [...workspace.members];
  for (const user of users) {
    if (!/^\d{1,19}$/.test(user.user_id)) result.not_exist.push(user.user_id);
    else if (members.some((member) => member.user_id === user.user_id)) result.joined.push(user.user_id);
    else {
      members.push(memberOf(user.user_id, user.role_type === 'admin' ? 'admin' : 'member', seconds(call.nowMs)));
      result.added.push(user.user_id);
    }
  }
  await call.store.putItem('workspace', workspace.id, { ...workspace, members });
  return shaped(call, {
    data: {
      not_exist_user_ids: result.not_exist,
      added_success_user_ids: result.added,
      already_joined_user_ids: result.joined,
      already_invited_user_ids: [],
      invited_success_user_ids: [],
    },
  });
};

/** DELETE /v1/workspaces/:workspace_id/members: removes members; the owner stays. */
export const removeWorkspaceMembers: Handler = async (call) => {
  const workspace = await requireWorkspace(call.store, call.path['workspace_id']);
  const ids = (call.body['user_ids'] ?? []) as string[];
  if (ids.length < 1 || ids.length > 5)
    throw new CozeError(CozeCode.badRequest, 'Invalid parameter user_ids: 1 to 5 users per request');
  const result = { removed: [] as string[], absent: [] as string[], owner: [] as string[] };
  for (const id of ids) {
    const member = workspace.members.find((m) => m.user_id === id);
    if (!member) result.absent.push(id);
    else if (member.role_type === 'owner') result.owner.push(id);
    else result.removed.push(id);
  }
  const members = workspace.members.filter((m) => !result.removed.includes(m.user_id));
  await call.store.putItem('workspace', workspace.id, { ...workspace, members });
  return shaped(call, {
    data: {
      removed_success_user_ids: result.removed,
      not_in_workspace_user_ids: result.absent,
      owner_not_support_remove_user_ids: result.owner,
    },
  });
};
