import { SANDBOX_IDS } from '../../../catalog/sandbox-ids';
import { CozeCode, CozeError } from '../envelope';
import { hexFrom } from '../generate';
import { intParam, seconds } from '../params';
import { EVENT_TYPES } from '../platform-fixtures';
import { shaped } from '../shape-call';
import type { Call, Handler } from '../call';
import type { ApiAppRecord } from '../records';

async function requireApp(call: Call): Promise<ApiAppRecord> {
  const id = call.path['api_app_id']!;
  const app = await call.store.item('api-app', id);
  if (!app) throw new CozeError(CozeCode.notFound, `Callback app ${id} not found`);
  return app;
}

/** One page of a list by an offset cursor: `page_token` is where the page starts, as text. */
function cursorPage<T>(call: Call, items: readonly T[]): { items: T[]; has_more: boolean; next_page_token: string } {
  const token = call.query['page_token'];
  if (token !== undefined && token !== '' && !/^\d+$/.test(String(token)))
    throw new CozeError(
      CozeCode.badRequest,
      'Invalid parameter page_token: pass the next_page_token of the previous page',
    );
  const start = token ? Number(token) : 0;
  const size = intParam(call.query['page_size'], 'page_size', 50, 1, 50);
  const page = items.slice(start, start + size);
  const more = start + size < items.length;
  return { items: page, has_more: more, next_page_token: more ? String(start + size) : '' };
}

function checkEventTypes(value: unknown): string[] {
  const types = (value ?? []) as string[];
  const unknown = types.filter((type) => !(type in EVENT_TYPES));
  if (types.length === 0 || unknown.length > 0)
    throw new CozeError(
      CozeCode.badRequest,
      `Invalid parameter event_types: ${unknown.length ? `unknown ${unknown.join(', ')}; ` : ''}use ${Object.keys(EVENT_TYPES).join(', ')}`,
    );
  return types;
}

function checkCallbackUrl(value: unknown): string {
  const url = String(value);
  // Coze posts a challenge to the URL and needs it echoed; the sandbox cannot reach out, so it checks the form only.
  if (!/^https?:\/\/[^\s/]+\S*$/.test(url))
    throw new CozeError(
      CozeCode.badRequest,
      'Invalid parameter callback_url: an http(s) URL that answers Coze’s challenge',
    );
  return url;
}

function appView(app: ApiAppRecord): Record<string, unknown> {
  return {
    id: app.id,
    name: app.name,
    app_type: app.app_type,
    connector_id: app.connector_id,
    callback_url: app.callback_url,
    verify_token: app.verify_token,
  };
}

/** POST /v1/api_apps: a `normal` app needs a name, a `connector` app a channel. */
export const createApiApp: Handler = async (call) => {
  const type = call.body['app_type'] as ApiAppRecord['app_type'];
  const name = call.body['name'] === undefined ? '' : String(call.body['name']);
  const connector = call.body['connector_id'] === undefined ? '' : String(call.body['connector_id']);
  if (type === 'normal' && (!name.trim() || name.length > 128))
    throw new CozeError(CozeCode.badRequest, 'Invalid parameter name: a normal app needs a name of 1-128 characters');
  if (type === 'connector' && connector !== SANDBOX_IDS.connector)
    throw new CozeError(
      CozeCode.badRequest,
      `Invalid parameter connector_id: a connector app needs its channel (the sandbox's is ${SANDBOX_IDS.connector})`,
    );
  const id = await call.store.nextId();
  const app: ApiAppRecord = {
    id,
    name: name || `Channel ${connector} callbacks`,
    app_type: type,
    connector_id: type === 'connector' ? connector : '',
    callback_url: '',
    verify_token: hexFrom(`verify:${id}`, 24),
    event_types: [],
    created_at: seconds(call.nowMs),
  };
  await call.store.putItem('api-app', id, app);
  return shaped(call, { data: appView(app) });
};

/** GET /v1/api_apps: oldest first, by cursor. */
export const listApiApps: Handler = async (call) => {
  const type = call.query['app_type'];
  const apps = (await call.store.items('api-app')).filter((app) => type === undefined || app.app_type === type);
  const page = cursorPage(call, apps);
  return shaped(call, { data: { ...page, items: page.items.map(appView) } });
};

/** PUT /v1/api_apps/:api_app_id: name and callback URL; Coze answers no data. */
export const updateApiApp: Handler = async (call) => {
  const app = await requireApp(call);
  const updated: ApiAppRecord = {
    ...app,
    ...(call.body['name'] !== undefined && { name: String(call.body['name']) }),
    ...(call.body['callback_url'] !== undefined && { callback_url: checkCallbackUrl(call.body['callback_url']) }),
  };
  await call.store.putItem('api-app', app.id, updated);
  return shaped(call, {});
};

/** DELETE /v1/api_apps/:api_app_id: the app and its subscriptions. */
export const deleteApiApp: Handler = async (call) => {
  const app = await requireApp(call);
  await call.store.deleteItems('api-app', [app.id]);
  return shaped(call, {});
};

/** POST /v1/api_apps/:api_app_id/events: adds event types to the subscription. */
export const subscribeEvents: Handler = async (call) => {
  const app = await requireApp(call);
  const types = checkEventTypes(call.body['event_types']);
  const event_types = [...new Set([...app.event_types, ...types])];
  await call.store.putItem('api-app', app.id, { ...app, event_types });
  return shaped(call, {});
};

/** DELETE /v1/api_apps/:api_app_id/events: drops event types (a JSON body on DELETE, as Coze has it). */
export const unsubscribeEvents: Handler = async (call) => {
  const app = await requireApp(call);
  const types = checkEventTypes(call.body['event_types']);
  await call.store.putItem('api-app', app.id, {
    ...app,
    event_types: app.event_types.filter((type) => !types.includes(type)),
  });
  return shaped(call, {});
};

/** GET /v1/api_apps/:api_app_id/events: the subscribed event types, by cursor. */
export const listSubscribedEvents: Handler = async (call) => {
  const app = await requireApp(call);
  const page = cursorPage(call, app.event_types);
  const items = page.items.map((type) => ({
    api_app_id: app.id,
    name: EVENT_TYPES[type]?.name ?? type,
    description: EVENT_TYPES[type]?.description ?? '',
    event_type: type,
  }));
  return shaped(call, { data: { ...page, items } });
};
