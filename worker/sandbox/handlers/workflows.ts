import { SANDBOX_IDS } from '../../../catalog/sandbox-ids';
import { CozeCode, CozeError } from '../envelope';
import {
  FIXTURE_CREATED_AT,
  FIXTURE_UPDATED_AT,
  SANDBOX_USER,
  WORKFLOWS,
  WORKFLOW_VERSIONS,
  workflowById,
  type WorkflowFixture,
} from '../fixtures';
import { intParam, pageOf } from '../params';
import { requireWorkspace } from './workspaces';
import type { Handler } from '../call';

/** The workflow with this id, or 4200 (Coze says the same for unpublished ones). */
export function requireWorkflow(id: unknown): WorkflowFixture {
  const workflow = workflowById(String(id));
  if (!workflow) throw new CozeError(CozeCode.notFound, `Workflow ${String(id)} not found or not published`);
  return workflow;
}

const creator = { id: SANDBOX_USER.id, name: SANDBOX_USER.name };

function detailOf(workflow: WorkflowFixture): Record<string, unknown> {
  return {
    workflow_id: workflow.id,
    workflow_name: workflow.name,
    description: workflow.description,
    icon_url: workflow.icon_url,
    app_id: workflow.app_id,
    creator,
    created_at: String(FIXTURE_CREATED_AT),
    updated_at: String(FIXTURE_UPDATED_AT),
  };
}

function schemasOf(workflow: WorkflowFixture): Record<string, unknown> {
  return { input: { parameters: workflow.input }, output: workflow.output };
}

/** GET /v1/workflows: resource-library workflows, or an app's when `app_id` is given. */
export const listWorkflows: Handler = async ({ query, store }) => {
  const workspace = await requireWorkspace(store, query['workspace_id']);
  const pageNum = intParam(query['page_num'], 'page_num', 1, 1, 10_000);
  const pageSize = intParam(query['page_size'], 'page_size', 10, 1, 30);
  const appId = query['app_id'];
  if (appId !== undefined && appId !== SANDBOX_IDS.app)
    throw new CozeError(CozeCode.notFound, `App ${String(appId)} not found`);
  const mode = query['workflow_mode'];
  const matching = WORKFLOWS.filter((w) => workspace.id === SANDBOX_IDS.workspace && w.app_id === (appId ?? '0'))
    .filter((w) => mode === undefined || (mode === 'chatflow') === (w.kind === 'chatflow'))
    .filter(() => query['publish_status'] !== 'unpublished_draft');
  const page = pageOf(matching, pageNum, pageSize);
  return { data: { items: page.items.map(detailOf), has_more: page.hasMore } };
};

/** GET /v1/workflows/:workflow_id: details, with input and output schemas on request. */
export const retrieveWorkflow: Handler = async ({ path, query }) => {
  const workflow = requireWorkflow(path['workflow_id']);
  return {
    data: { workflow_detail: detailOf(workflow), ...(query['include_input_output'] === true && schemasOf(workflow)) },
  };
};

/** GET /v1/workflows/:workflow_id/versions: newest first; the page token is the last item's time in ms. */
export const listWorkflowVersions: Handler = async ({ path, query }) => {
  const workflow = requireWorkflow(path['workflow_id']);
  const pageSize = intParam(query['page_size'], 'page_size', 10, 1, 30);
  const token = query['page_token'];
  if (token !== undefined && token !== '' && !/^\d+$/.test(String(token))) {
    throw new CozeError(
      CozeCode.badRequest,
      'Invalid parameter page_token: pass the next_page_token of the previous page',
    );
  }
  const after = token ? Number(token) : Infinity;
  const published = query['publish_status'] === 'unpublished_draft' ? [] : WORKFLOW_VERSIONS;
  const remaining = published.filter((v) => v.created_at * 1000 < after);
  const page = remaining.slice(0, pageSize);
  const hasMore = remaining.length > pageSize;
  return {
    data: {
      items: page.map((v) => ({
        version: v.version,
        description: v.description,
        workflow_id: workflow.id,
        creator,
        created_at: String(v.created_at),
        updated_at: String(v.created_at),
        ...(query['include_input_output'] === true && schemasOf(workflow)),
      })),
      has_more: hasMore,
      next_page_token: hasMore ? String(page.at(-1)!.created_at * 1000) : '',
    },
  };
};

function requireLibraryWorkflow(id: unknown): WorkflowFixture {
  const workflow = requireWorkflow(id);
  if (workflow.app_id !== '0') {
    throw new CozeError(
      CozeCode.badRequest,
      `Workflow ${workflow.id} belongs to an app: collaboration is for resource-library workflows only`,
    );
  }
  return workflow;
}

/** POST /v1/workflows/:workflow_id/collaboration_mode: `single` only once the collaborators are gone. */
export const switchWorkflowCollaborationMode: Handler = async ({ store, path, body }) => {
  const workflow = requireLibraryWorkflow(path['workflow_id']);
  const current = await store.collaboration(workflow.id);
  const mode = (body['collaboration_mode'] as 'single' | 'collaboration' | undefined) ?? current.mode;
  if (mode === 'single' && current.user_ids.length > 0) {
    throw new CozeError(
      CozeCode.badRequest,
      `Remove the ${current.user_ids.length} collaborator(s) of workflow ${workflow.id} before switching to single mode`,
    );
  }
  await store.putCollaboration(workflow.id, { ...current, mode });
  return {};
};

/** POST /v1/workflows/:workflow_id/collaborators: one user per call, in collaboration mode. */
export const addWorkflowCollaborator: Handler = async ({ store, path, body }) => {
  const workflow = requireLibraryWorkflow(path['workflow_id']);
  const users = body['collaborators'] as { user_id: string }[];
  if (users.length !== 1)
    throw new CozeError(CozeCode.badRequest, 'Invalid parameter collaborators: add exactly one collaborator per call');
  const userId = users[0]!.user_id;
  if (!/^\d+$/.test(userId))
    throw new CozeError(
      CozeCode.badRequest,
      `Invalid parameter collaborators.0.user_id: ${userId} is not a Coze user id`,
    );
  const current = await store.collaboration(workflow.id);
  if (current.mode !== 'collaboration') {
    throw new CozeError(
      CozeCode.badRequest,
      `Workflow ${workflow.id} is in single mode: switch it to collaboration mode first`,
    );
  }
  if (!current.user_ids.includes(userId))
    await store.putCollaboration(workflow.id, { ...current, user_ids: [...current.user_ids, userId] });
  return {};
};

/** DELETE /v1/workflows/:workflow_id/collaborators/:user_id. */
export const removeWorkflowCollaborator: Handler = async ({ store, path }) => {
  const workflow = requireLibraryWorkflow(path['workflow_id']);
  const userId = String(path['user_id']);
  const current = await store.collaboration(workflow.id);
  if (!current.user_ids.includes(userId)) {
    throw new CozeError(CozeCode.notFound, `User ${userId} is not a collaborator of workflow ${workflow.id}`);
  }
  await store.putCollaboration(workflow.id, { ...current, user_ids: current.user_ids.filter((id) => id !== userId) });
  return {};
};
