import { Hono, type Context } from 'hono';
import { findEndpoint } from '../../catalog/endpoint-list';
import { ApiError } from '../../lib/api-error';
import { bearerToken, ownerOf } from '../owner';
import { getRun, listRuns } from './store';

type HistoryContext = Context<{ Bindings: Env }>;

// History is per token: the caller's owner id is all that names their runs.
async function ownerOfCaller(c: HistoryContext): Promise<string> {
  const token = bearerToken(c.req.header('authorization'));
  if (!token)
    throw new ApiError(401, 'unauthorized', 'Send Authorization: Bearer <token> to read the history of that token');
  if (!c.env.HISTORY_SECRET)
    throw new ApiError(500, 'history_unavailable', 'Run history is not configured (HISTORY_SECRET is missing)');
  return ownerOf(token, c.env.HISTORY_SECRET);
}

/**
 * Run history, mounted at `/api/history`: `GET /?endpoint=<id>` lists the caller's last five runs
 * of an endpoint, newest first; `GET /:runId` returns one run. Both answer only for the token's owner.
 * @example app.route('/api/history', history)
 */
export const history = new Hono<{ Bindings: Env }>();

history.get('/', async (c) => {
  const ownerId = await ownerOfCaller(c);
  const endpointId = c.req.query('endpoint');
  if (!endpointId) throw new ApiError(400, 'invalid_request', 'Name the endpoint: /api/history?endpoint=<endpoint id>');
  if (!findEndpoint(endpointId))
    throw new ApiError(400, 'invalid_request', `Unknown endpoint ${JSON.stringify(endpointId)}`);
  const runs = await listRuns(c.env.HISTORY, ownerId, endpointId);
  // Private to the token: no cache may keep it.
  c.header('cache-control', 'no-store');
  return c.json({ runs });
});

history.get('/:runId', async (c) => {
  const ownerId = await ownerOfCaller(c);
  const run = await getRun(c.env.HISTORY, ownerId, c.req.param('runId'));
  if (!run) throw new ApiError(404, 'not_found', 'No such run in this token’s history (runs are kept for 7 days)');
  c.header('cache-control', 'no-store');
  return c.json({ run });
});
