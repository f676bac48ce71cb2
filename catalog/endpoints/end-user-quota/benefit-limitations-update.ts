import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import {
  QuotaActiveModeSchema,
  QuotaEndedAtSchema,
  QuotaLimitSchema,
  QuotaStartedAtSchema,
  QuotaStatusSchema,
  QuotaTriggerTimeSchema,
  QuotaTriggerUnitSchema,
} from './benefit-limitation';

/** Update end-user quota: PUT /v1/commerce/benefit/limitations/:benefit_id */
export default defineEndpoint({
  id: 'benefit-limitations-update',
  group: 'end-user-quota',
  titleZh: '更新终端用户的权益额度',
  titleEn: 'Update end-user quota',
  description:
    'Changes the amount, validity or reset period of an existing quota rule, or freezes it. Send only the fields to change.',
  notes: [
    'Enterprise flagship plan only, and only for its super admins and admins.',
    'Setting `status` to `frozen` suspends the rule; `valid` puts it back in force.',
    'Who the rule covers and what it counts cannot change; create a new rule for that.',
    'The answer carries no `data`.',
  ],
  method: 'PUT',
  path: '/v1/commerce/benefit/limitations/:benefit_id',
  params: {
    path: v.object({
      benefit_id: v.pipe(
        v.string(),
        v.nonEmpty('benefit_id is required'),
        v.description('Rule to change: `benefit_id` from benefit-limitations-create or -list.'),
      ),
    }),
    body: v.object({
      active_mode: v.optional(QuotaActiveModeSchema),
      started_at: v.optional(QuotaStartedAtSchema),
      ended_at: v.optional(QuotaEndedAtSchema),
      limit: v.optional(QuotaLimitSchema),
      status: v.optional(QuotaStatusSchema),
      trigger_unit: v.optional(QuotaTriggerUnitSchema),
      trigger_time: v.optional(QuotaTriggerTimeSchema),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'updateBenefitLimitation',
  destructive: false,
  billable: false,
  sdks: ['java'],
  example: { path: { benefit_id: SANDBOX_IDS.benefit }, body: { limit: 2000, status: 'valid' } },
});
