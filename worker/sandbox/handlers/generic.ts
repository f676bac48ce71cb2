import { SANDBOX_IDS } from '../../../catalog/sandbox-ids';
import { CozeCode, CozeError, plainReply } from '../envelope';
import { hasEnvelope, shaped } from '../shape-call';
import { requireWorkspace } from './workspaces';
import type { Call, Handler } from '../call';

// Objects only the fixtures provide (the catalog has no call that creates them): a path naming
// another one answers 4200, as Coze does for an id it does not know.
const FIXTURE_ONLY: Readonly<Record<string, { readonly noun: string; readonly ids: readonly string[] }>> = {
  folder_id: { noun: 'Folder', ids: [SANDBOX_IDS.folder] },
  enterprise_id: { noun: 'Enterprise', ids: [SANDBOX_IDS.enterprise] },
  plugin_id: { noun: 'Plugin', ids: [SANDBOX_IDS.plugin] },
  connector_id: { noun: 'Channel', ids: [SANDBOX_IDS.connector, SANDBOX_IDS.apiConnector] },
};

/** Answers 4200 for a path id the sandbox cannot know, or a workspace it does not have. */
export async function checkReferences(call: Call): Promise<void> {
  for (const [name, value] of Object.entries(call.path)) {
    const known = FIXTURE_ONLY[name];
    if (known && !known.ids.includes(value))
      throw new CozeError(
        CozeCode.notFound,
        `${known.noun} ${value} not found: the sandbox has ${known.ids.join(', ')}`,
      );
  }
  for (const values of [call.path, call.query, call.body]) {
    for (const name of ['workspace_id', 'space_id']) {
      if (typeof values[name] === 'string') await requireWorkspace(call.store, values[name]);
    }
  }
}

/**
 * The sandbox's answer for every endpoint without a dedicated handler: the documented response,
 * each field filled from the schema (examples and enums first, ids as digit strings, timestamps
 * around the session's start), request values copied into same-named fields. The same request
 * always gets the same answer in a session.
 */
export const generic: Handler = async (call) => {
  await checkReferences(call);
  const body = shaped(call, {});
  return hasEnvelope(call.endpoint) ? body : plainReply(body, call.logid);
};
