import { SANDBOX_IDS } from '../../../catalog/sandbox-ids';
import { CozeCode, CozeError } from '../envelope';
import { seconds } from '../params';
import { variablesKey } from '../seed-platform';
import { shaped } from '../shape-call';
import { requireBot } from './bots';
import type { Call, Handler } from '../call';
import type { SessionStore } from '../state';

/** The user variables the sandbox agents and app declare, with their defaults. */
const DECLARED: Readonly<Record<string, string>> = { user_name: '' };

/** Whose variables a call reads or writes: `bot:<id>` or `app:<id>`, checked to exist. */
async function ownerOf(store: SessionStore, values: Readonly<Record<string, unknown>>): Promise<string> {
  const botId = values['bot_id'];
  const appId = values['app_id'];
  if (botId === undefined && appId === undefined)
    throw new CozeError(CozeCode.badRequest, 'Invalid parameter: send bot_id or app_id');
  if (botId !== undefined) return `bot:${(await requireBot(store, botId)).id}`;
  if (appId !== SANDBOX_IDS.app) throw new CozeError(CozeCode.notFound, `App ${String(appId)} not found`);
  return `app:${SANDBOX_IDS.app}`;
}

async function keyOf(store: SessionStore, values: Readonly<Record<string, unknown>>): Promise<string> {
  const connector = String(values['connector_id'] ?? SANDBOX_IDS.apiConnector);
  return variablesKey(await ownerOf(store, values), connector, String(values['connector_uid']));
}

async function valuesOf(call: Call, key: string) {
  return (await call.store.item('variables', key))?.values ?? {};
}

/** PUT /v1/variables: sets one end user's values of declared variables; Coze answers no data. */
export const updateVariables: Handler = async (call) => {
  const key = await keyOf(call.store, call.body);
  const data = call.body['data'] as { keyword: string; value: string }[];
  if (data.length === 0) throw new CozeError(CozeCode.badRequest, 'Invalid parameter data: set at least one variable');
  const unknown = data.filter((item) => !(item.keyword in DECLARED)).map((item) => item.keyword);
  if (unknown.length > 0)
    throw new CozeError(
      CozeCode.badRequest,
      `Invalid parameter data: ${unknown.join(', ')} is not a user variable here; declared: ${Object.keys(DECLARED).join(', ')}`,
    );
  const values = { ...(await valuesOf(call, key)) };
  const at = seconds(call.nowMs);
  for (const item of data)
    values[item.keyword] = { value: item.value, create_time: values[item.keyword]?.create_time ?? at, update_time: at };
  await call.store.putItem('variables', key, { values });
  return shaped(call, {});
};

/** GET /v1/variables: one end user's values, defaults (create_time 0) where nothing was set. */
export const retrieveVariables: Handler = async (call) => {
  const values = await valuesOf(call, await keyOf(call.store, call.query));
  const wanted = call.query['keywords'] as string[] | undefined;
  const keywords = Object.keys(DECLARED).filter((keyword) => wanted === undefined || wanted.includes(keyword));
  const items = keywords.map((keyword) => {
    const set = values[keyword];
    return set
      ? { keyword, value: set.value, create_time: set.create_time, update_time: set.update_time }
      : { keyword, value: DECLARED[keyword]!, create_time: 0, update_time: 0 };
  });
  return shaped(call, { data: { items } });
};
