import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import {
  BenefitLimitationSchema,
  QuotaBenefitTypeSchema,
  QuotaEntityIdSchema,
  QuotaEntityTypeSchema,
  QuotaStatusSchema,
} from './benefit-limitation';

/** List end-user quotas: GET /v1/commerce/benefit/limitations */
export default defineEndpoint({
  id: 'benefit-limitations-list',
  group: 'end-user-quota',
  titleZh: '查询终端用户的权益配额',
  titleEn: 'List end-user quotas',
  description:
    'Lists the quota rules of one scope and quota type, such as the resource-point rules of one device. Use it to find the benefit_id of a rule to change.',
  notes: [
    'Enterprise flagship plan only, and only for its super admins and admins.',
    'Pages by cursor: pass the `page_token` of the answer back as `page_token` until `has_more` is false.',
    'Lists `valid` rules unless you ask for `frozen` ones.',
  ],
  method: 'GET',
  path: '/v1/commerce/benefit/limitations',
  params: {
    query: v.object({
      entity_type: QuotaEntityTypeSchema,
      entity_id: v.optional(QuotaEntityIdSchema),
      benefit_type: QuotaBenefitTypeSchema,
      status: v.optional(QuotaStatusSchema),
      page_token: v.optional(
        v.pipe(v.string(), v.description('Cursor: `page_token` from the previous answer; omit for the first page.')),
      ),
      page_size: v.optional(
        v.pipe(
          v.number(),
          v.integer(),
          v.minValue(1),
          v.maxValue(200),
          v.description('Rules per page, 1 to 200 (default 20).'),
          v.examples([20]),
        ),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          benefit_infos: v.optional(v.pipe(v.array(BenefitLimitationSchema), v.description('Rules on this page.'))),
          has_more: v.optional(
            v.pipe(v.boolean(), v.description('Whether another page follows.'), v.examples([false])),
          ),
          page_token: v.optional(v.pipe(v.string(), v.description('Cursor to send for the next page.'))),
        }),
        v.description('Page of quota rules.'),
      ),
    ),
  }),
  pagination: { style: 'cursor', cursor: 'page_token', size: 'page_size', next: 'page_token' },
  permission: 'listBenefitLimitation',
  destructive: false,
  billable: false,
  sdks: ['java'],
  example: {
    query: {
      entity_type: 'single_device',
      entity_id: SANDBOX_IDS.device,
      benefit_type: 'resource_point',
      status: 'valid',
      page_size: 20,
    },
  },
});
