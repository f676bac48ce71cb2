import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Update channel audit (review) result: PUT /v1/connectors/:connector_id/bots/:bot_id */
export default defineEndpoint({
  id: 'connectors-bots-update-audit',
  group: 'channels',
  titleZh: '更新审核结果',
  titleEn: 'Update channel audit (review) result',
  description:
    "Reports a custom channel's review verdict on an agent published to it. A channel whose review takes time answers the publish callback with 'in review' first, then sends the outcome here.",
  notes: [
    "The token must belong to the channel in the path; it cannot report on another channel's reviews.",
    'Send a `reason` when rejecting (`audit_status` 3).',
    "Overwrites the agent's current review state on the channel.",
    'The answer carries no `data`.',
  ],
  method: 'PUT',
  path: '/v1/connectors/:connector_id/bots/:bot_id',
  params: {
    path: v.object({
      connector_id: v.pipe(
        v.string(),
        v.nonEmpty('connector_id is required'),
        v.description('Custom channel doing the review; must be the channel the token was issued for.'),
      ),
      bot_id: v.pipe(v.string(), v.nonEmpty('bot_id is required'), v.description('Agent under review.')),
    }),
    body: v.object({
      audit_status: v.optional(
        v.pipe(
          v.picklist([1, 2, 3]),
          v.description('Review state: 1 in review, 2 approved, 3 rejected.'),
          v.examples([2]),
        ),
      ),
      reason: v.optional(
        v.pipe(
          v.string(),
          v.description('Why the agent was rejected; expected with `audit_status` 3.'),
          v.examples(['The agent description is missing.']),
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'Connector.botUpdateProfile',
  destructive: false,
  billable: false,
  sdks: ['python'],
  example: {
    path: { connector_id: SANDBOX_IDS.connector, bot_id: SANDBOX_IDS.bot },
    body: { audit_status: 2 },
  },
});
