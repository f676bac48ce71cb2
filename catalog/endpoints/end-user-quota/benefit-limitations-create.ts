import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import {
  BenefitLimitationSchema,
  QuotaActiveModeSchema,
  QuotaBenefitTypeSchema,
  QuotaEndedAtSchema,
  QuotaEntityIdSchema,
  QuotaEntityTypeSchema,
  QuotaLimitSchema,
  QuotaStartedAtSchema,
  QuotaStatusSchema,
  QuotaTriggerTimeSchema,
  QuotaTriggerUnitSchema,
} from './benefit-limitation';

/** Create end-user quota: POST /v1/commerce/benefit/limitations */
export default defineEndpoint({
  id: 'benefit-limitations-create',
  group: 'end-user-quota',
  titleZh: '创建终端用户权益额度',
  titleEn: 'Create end-user quota',
  description:
    "Caps what a device or custom consumer may use of the enterprise's resource points or voice-call time, in total or per period. Use it to keep one end user of a hardware product from spending the whole enterprise budget.",
  notes: [
    'Enterprise flagship plan only, and only for its super admins and admins.',
    'Quotas apply only to devices that have reported their device information; a device with no rule is unlimited.',
    'A rule for one device or consumer wins over the enterprise-wide rule.',
    'Each enterprise-wide scope holds at most one cumulative rule (`trigger_unit` `never`) and one periodic rule.',
  ],
  method: 'POST',
  path: '/v1/commerce/benefit/limitations',
  params: {
    body: v.object({
      entity_type: QuotaEntityTypeSchema,
      entity_id: v.optional(QuotaEntityIdSchema),
      benefit_info: v.pipe(
        v.object({
          benefit_type: QuotaBenefitTypeSchema,
          active_mode: QuotaActiveModeSchema,
          started_at: QuotaStartedAtSchema,
          ended_at: QuotaEndedAtSchema,
          limit: QuotaLimitSchema,
          status: v.optional(QuotaStatusSchema),
          trigger_unit: v.optional(QuotaTriggerUnitSchema),
          trigger_time: v.optional(QuotaTriggerTimeSchema),
        }),
        v.description('The rule: what it counts, how much, when, and how often it resets.'),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          benefit_info: v.optional(v.pipe(BenefitLimitationSchema, v.description('The rule created.'))),
        }),
        v.description('The new rule.'),
      ),
    ),
  }),
  permission: 'createBenefitLimitation',
  destructive: false,
  billable: false,
  sdks: ['python', 'java'],
  example: {
    body: {
      entity_type: 'single_device',
      entity_id: SANDBOX_IDS.device,
      benefit_info: {
        benefit_type: 'resource_point',
        active_mode: 'absolute_time',
        started_at: 1735689600,
        ended_at: 253402300799,
        limit: 1000,
        status: 'valid',
        trigger_unit: 'day',
        trigger_time: 1,
      },
    },
  },
});
