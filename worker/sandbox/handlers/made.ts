import type { FieldDoc } from '../../../lib/schema-fields';
import { shape } from '../generate';
import { responseFields, shapeContext, shaped } from '../shape-call';
import { copyBot } from './bots';
import { checkReferences } from './generic';
import type { Call, Handler } from '../call';

/**
 * Objects whose create call and read calls the sandbox otherwise answers from the schema alone
 * (export tasks, quota rules, organizations, copy tasks): what a create call made is kept, and the
 * matching list or retrieve answers it beside the generated ones, so a caller finds what it made.
 */
interface Kept {
  /** Which kind of object, and under what it is listed (a parent id, or '' for the account). */
  readonly kind: string;
  readonly scope: string;
  /** The object as its list or retrieve call describes it; generated fields fill the rest. */
  readonly value: Record<string, unknown>;
}

type Path = readonly string[];

const at = (value: unknown, path: Path): unknown =>
  path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    value,
  );

/** The documented fields of the items of the array at `path` in an endpoint's response. */
function itemFields(call: Call, path: Path): FieldDoc[] {
  let fields: FieldDoc[] | undefined = responseFields(call.endpoint);
  let field: FieldDoc | undefined;
  for (const key of path) {
    field = fields?.find((candidate) => candidate.name === key);
    fields = field?.children;
  }
  return field?.children ?? [];
}

async function keep(
  call: Call,
  kind: string,
  scope: string,
  id: string,
  value: Record<string, unknown>,
): Promise<void> {
  await call.store.putItem('made', `${kind}:${scope}:${id}`, { kind, scope, value });
}

async function kept(call: Call, kind: string, scope: string): Promise<Kept[]> {
  return (await call.store.items('made')).filter((item) => item.kind === kind && item.scope === scope).reverse();
}

/** An overlay holding a fresh session id at each path: a new object gets a new id every time. */
async function freshIds(call: Call, paths: readonly Path[]): Promise<Record<string, unknown>> {
  const overlay: Record<string, unknown> = {};
  for (const path of paths) {
    let node = overlay;
    for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[path.at(-1)!] = await call.store.nextId();
  }
  return overlay;
}

/** A create call: the generated answer with fresh ids at `ids`, and the object it describes kept under `kind`. */
function creating(
  kind: string,
  scopeOf: (call: Call) => string,
  ids: readonly Path[],
  made: (call: Call, answer: Record<string, unknown>) => { id: string; value: Record<string, unknown> },
): Handler {
  return async (call) => {
    await checkReferences(call);
    const answer = shaped(call, await freshIds(call, ids));
    const { id, value } = made(call, answer);
    await keep(call, kind, scopeOf(call), id, value);
    return answer;
  };
}

/**
 * A list call: the objects kept under `kind` first (those whose fields equal the query's filters
 * named in `filters`), then the generated ones; `total` counts both.
 */
function listing(
  kind: string,
  scopeOf: (call: Call) => string,
  list: Path,
  total?: Path,
  filters: readonly string[] = [],
  /** The items' id field: a generated item with the id of a kept one gives way to it. */
  idField?: string,
): Handler {
  return async (call) => {
    await checkReferences(call);
    const answer = shaped(call, {});
    const items = at(answer, list);
    const mine = (await kept(call, kind, scopeOf(call))).filter((item) =>
      filters.every((name) => call.query[name] === undefined || item.value[name] === call.query[name]),
    );
    if (!Array.isArray(items) || mine.length === 0) return answer;
    const fields = itemFields(call, list);
    const ids = new Set(mine.map((item) => item.value[idField ?? '']));
    const generated = idField ? items.filter((item) => !ids.has((item as Record<string, unknown>)[idField])) : items;
    items.splice(
      0,
      items.length,
      ...mine.map((item) => shape(fields, item.value, shapeContext(call), [])),
      ...generated,
    );
    const holder = total && (at(answer, total.slice(0, -1)) as Record<string, unknown> | undefined);
    const count = total?.at(-1);
    if (holder && count && typeof holder[count] === 'number') holder[count] = (holder[count] as number) + mine.length;
    return answer;
  };
}

const account = () => '';
const data = (answer: Record<string, unknown>) => (answer['data'] ?? {}) as Record<string, unknown>;

/** POST /v1/commerce/benefit/bill_tasks and its list. */
export const createBillTask = creating('bill-task', account, [['data', 'task_id']], (_, answer) => ({
  id: String(data(answer)['task_id']),
  value: data(answer),
}));
export const listBillTasks = listing('bill-task', account, ['data', 'task_infos'], ['data', 'total']);

/** POST /v1/commerce/benefit/limitations (the rule as sent, with a new id), its list, and its update. */
export const createBenefitLimitation: Handler = async (call) => {
  await checkReferences(call);
  const sent = (call.body['benefit_info'] ?? {}) as Record<string, unknown>;
  const rule = {
    ...sent,
    benefit_id: await call.store.nextId(),
    ...(call.body['entity_type'] !== undefined && { entity_type: call.body['entity_type'] }),
    ...(call.body['entity_id'] !== undefined && { entity_id: call.body['entity_id'] }),
  };
  const answer = shaped(call, { data: { benefit_info: rule } });
  const made = (data(answer)['benefit_info'] ?? rule) as Record<string, unknown>;
  await keep(call, 'benefit-limitation', '', rule.benefit_id, made);
  return answer;
};
export const listBenefitLimitations = listing('benefit-limitation', account, ['data', 'benefit_infos'], undefined, [
  'entity_type',
  'entity_id',
  'benefit_type',
  'status',
]);
export const updateBenefitLimitation: Handler = async (call) => {
  const id = String(call.path['benefit_id']);
  const rule = await call.store.item('made', `benefit-limitation::${id}`);
  if (rule) await keep(call, 'benefit-limitation', '', id, { ...rule.value, ...call.body });
  return shaped(call, {});
};

/** POST /v1/enterprises/:enterprise_id/organizations and its list. */
const enterprise = (call: Call) => String(call.path['enterprise_id']);
export const createOrganization = creating(
  'organization',
  enterprise,
  [['data', 'organization_id']],
  (call, answer) => {
    const id = String(data(answer)['organization_id']);
    return {
      id,
      value: {
        organization_id: id,
        organization_name: call.body['name'],
        ...(call.body['description'] !== undefined && { description: call.body['description'] }),
        is_default_organization: false,
      },
    };
  },
);
export const listOrganizations = listing('organization', enterprise, ['data', 'items'], ['data', 'total_count']);

/**
 * POST /v1/entities/copy_tasks: the copy task is kept, and retrieve-copy-task answers it as done;
 * a copied agent is a new draft agent that retrieve-bot and list-bots find.
 */
const copyTask = creating(
  'copy-task',
  account,
  [
    ['data', 'task_id'],
    ['data', 'copied_entity_id'],
  ],
  (call, answer) => {
    const id = String(data(answer)['task_id']);
    return {
      id,
      value: {
        task_id: id,
        entity_type: call.body['entity_type'],
        task_status: 'successful',
        failed_reasons: [],
        source_entity_id: call.body['entity_id'],
        target_entity_id: data(answer)['copied_entity_id'],
        ...(call.body['to_workspace_id'] !== undefined && { target_workspace_id: call.body['to_workspace_id'] }),
      },
    };
  },
);
export const copyResource: Handler = async (call) => {
  const answer = (await copyTask(call)) as Record<string, unknown>;
  if (call.body['entity_type'] === 'bot')
    await copyBot(call, String(call.body['entity_id']), String(data(answer)['copied_entity_id']));
  return answer;
};
export const retrieveCopyTask: Handler = async (call) => {
  const task = await call.store.item('made', `copy-task::${String(call.path['task_id'])}`);
  return shaped(call, task ? { data: task.value } : {});
};

/** POST /v1/organizations/:organization_id/members, and the calls that list, change and remove them. */
const organization = (call: Call) => String(call.path['organization_id']);
export const addOrganizationMembers: Handler = async (call) => {
  await checkReferences(call);
  const people = (call.body['organization_people'] ?? []) as { user_id: string; organization_role_type: string }[];
  for (const person of people)
    await keep(call, 'organization-member', organization(call), person.user_id, {
      user_id: person.user_id,
      organization_role_type: person.organization_role_type,
      is_valid: true,
    });
  return shaped(call, {});
};
export const listOrganizationMembers = listing(
  'organization-member',
  organization,
  ['data', 'items'],
  ['data', 'total_count'],
  [],
  'user_id',
);
export const updateOrganizationMemberRole: Handler = async (call) => {
  await checkReferences(call);
  const key = `organization-member:${organization(call)}:${String(call.path['user_id'])}`;
  const member = await call.store.item('made', key);
  if (member)
    await call.store.putItem('made', key, {
      ...member,
      value: { ...member.value, organization_role_type: call.body['organization_role_type'] },
    });
  return shaped(call, {});
};
export const removeOrganizationMember: Handler = async (call) => {
  await checkReferences(call);
  await call.store.deleteItems('made', [`organization-member:${organization(call)}:${String(call.path['user_id'])}`]);
  return shaped(call, {});
};
