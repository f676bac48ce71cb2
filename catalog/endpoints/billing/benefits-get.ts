import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';

/** Benefits benefits-get can report besides the plan. */
const BenefitTypeSchema = v.picklist(['api_run_qps', 'call_tool_limit']);

/** One grant of a benefit: whether it holds, and how much of it is used. */
const BenefitGrantSchema = v.object({
  status: v.optional(
    v.pipe(
      v.picklist(['valid', 'frozen', 'cancel', 'pending', 'invalid', 'auditing', 'expired']),
      v.description('State of the grant: `valid`, `frozen`, `cancel`, `pending`, `invalid`, `auditing` or `expired`.'),
      v.examples(['valid']),
    ),
  ),
  item_info: v.optional(
    v.pipe(
      v.object({
        start_at: v.optional(
          v.pipe(v.number(), v.integer(), v.description('Start of validity, Unix seconds.'), v.examples([1735689600])),
        ),
        end_at: v.optional(
          v.pipe(v.number(), v.integer(), v.description('End of validity, Unix seconds.'), v.examples([1767225599])),
        ),
        strategy: v.optional(
          v.pipe(
            v.picklist(['unlimit', 'forbidden', 'by_quota']),
            v.description('`unlimit` (no cap), `forbidden` (not allowed) or `by_quota` (capped at `total`).'),
            v.examples(['by_quota']),
          ),
        ),
        total: v.optional(
          v.pipe(
            v.number(),
            v.description('The cap under `by_quota`; 1 for `unlimit` and `forbidden`, where it means nothing.'),
            v.examples([1000]),
          ),
        ),
        used: v.optional(v.pipe(v.number(), v.description('Amount used so far.'), v.examples([120]))),
      }),
      v.description('Validity, strategy and amounts of the grant.'),
    ),
  ),
});

/** Query plan benefits: GET /v1/commerce/benefit/benefits/get */
export default defineEndpoint({
  id: 'benefits-get',
  group: 'billing',
  titleZh: '查询套餐权益',
  titleEn: 'Query plan benefits',
  description:
    "Tells which Coze plan the account has and, on request, its API QPS limits and its quota of paid-plugin calls: the plan's default, what is in force, and any expansions bought.",
  notes: [
    '`benefit_type_list` travels as one comma-joined query value; leave it out to get only the plan.',
    '`api_run_qps` needs `resource_id` to say which API family (`plugin`, `chat` or `workflow`) to report.',
    '`call_tool_limit` is the quota plugins-tools-call draws on.',
  ],
  method: 'GET',
  path: '/v1/commerce/benefit/benefits/get',
  params: {
    query: v.object({
      benefit_type_list: v.optional(
        v.pipe(
          v.array(BenefitTypeSchema),
          v.description(
            'Benefits to report, sent comma-joined in one value: `api_run_qps` (API QPS, with its expansions) and `call_tool_limit` (paid-plugin calls). Omit for the plan alone.',
          ),
          v.examples([['call_tool_limit']]),
        ),
      ),
      resource_id: v.optional(
        v.pipe(
          v.picklist(['plugin', 'chat', 'workflow']),
          v.description('API family whose `api_run_qps` to report: `plugin`, `chat` or `workflow`.'),
          v.examples(['chat']),
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
          basic_info: v.optional(
            v.pipe(
              v.object({
                user_level: v.optional(
                  v.pipe(
                    v.picklist(['free', 'pro_personal', 'team', 'enterprise']),
                    v.description('Plan subscribed: `free`, `pro_personal`, `team` or `enterprise`.'),
                    v.examples(['enterprise']),
                  ),
                ),
              }),
              v.description('The subscribed plan.'),
            ),
          ),
          benefit_info: v.optional(
            v.pipe(
              v.array(
                v.object({
                  benefit_type: v.optional(
                    v.pipe(BenefitTypeSchema, v.description('Benefit reported.'), v.examples(['call_tool_limit'])),
                  ),
                  resource_id: v.optional(
                    v.pipe(
                      v.string(),
                      v.description('API family of an `api_run_qps` entry: `plugin`, `chat` or `workflow`.'),
                    ),
                  ),
                  basic: v.optional(v.pipe(BenefitGrantSchema, v.description('What the plan grants by default.'))),
                  effective: v.optional(
                    v.pipe(BenefitGrantSchema, v.description('What is in force now, expansions included.')),
                  ),
                  extra: v.optional(
                    v.pipe(v.array(BenefitGrantSchema), v.description('Expansions bought; empty when there are none.')),
                  ),
                }),
              ),
              v.description('One entry per benefit asked for.'),
            ),
          ),
        }),
        v.description('Plan and benefits.'),
      ),
    ),
  }),
  permission: 'getBenefit',
  destructive: false,
  billable: false,
  sdks: ['python'],
  example: { query: { benefit_type_list: ['call_tool_limit'] } },
});
