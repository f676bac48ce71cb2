import * as v from 'valibot';

/** Who a quota rule applies to. */
export const QuotaEntityTypeSchema = v.pipe(
  v.picklist(['enterprise_all_devices', 'enterprise_all_custom_consumers', 'single_device', 'single_custom_consumer']),
  v.description(
    'Whom the rule covers: `enterprise_all_devices`, `enterprise_all_custom_consumers`, one device (`single_device`) or one custom consumer (`single_custom_consumer`).',
  ),
  v.examples(['single_device']),
);

/** The device or custom consumer of a `single_*` rule. */
export const QuotaEntityIdSchema = v.pipe(
  v.string(),
  v.description(
    'Device id for `single_device`, custom consumer id for `single_custom_consumer`; omit for the enterprise-wide scopes.',
  ),
);

/** What a quota rule counts. */
export const QuotaBenefitTypeSchema = v.pipe(
  v.picklist(['resource_point', 'voice_unified_duration_system', 'voice_unified_duration_custom']),
  v.description(
    'What the rule counts: `resource_point` (resource points), or seconds of voice calls with system voices (`voice_unified_duration_system`) or cloned voices (`voice_unified_duration_custom`). The voice types need the AI call licence.',
  ),
  v.examples(['resource_point']),
);

/** How a rule's validity is given; only absolute start and end times. */
export const QuotaActiveModeSchema = v.pipe(
  v.picklist(['absolute_time']),
  v.description('Always `absolute_time`: the rule holds from `started_at` to `ended_at`.'),
  v.examples(['absolute_time']),
);

/** Start of a rule's validity. */
export const QuotaStartedAtSchema = v.pipe(
  v.number(),
  v.integer(),
  v.description('When the rule starts to apply, Unix seconds.'),
  v.examples([1735689600]),
);

/** End of a rule's validity. */
export const QuotaEndedAtSchema = v.pipe(
  v.number(),
  v.integer(),
  v.description('When the rule stops applying, Unix seconds; 253402300799 means never.'),
  v.examples([253402300799]),
);

/** The amount a rule allows. */
export const QuotaLimitSchema = v.pipe(
  v.number(),
  v.integer(),
  v.description('Amount allowed: resource points, or seconds for the voice types.'),
  v.examples([1000]),
);

/** Whether a rule is in force. */
export const QuotaStatusSchema = v.pipe(
  v.picklist(['valid', 'frozen']),
  v.description('`valid` (in force) or `frozen` (suspended).'),
  v.examples(['valid']),
);

/** The period after which a rule's usage resets. */
export const QuotaTriggerUnitSchema = v.pipe(
  v.picklist(['never', 'minute', 'hour', 'day']),
  v.description('Reset period: `never` (the default; a cumulative cap), `minute`, `hour` or `day`.'),
  v.examples(['day']),
);

/** How many periods pass between resets. */
export const QuotaTriggerTimeSchema = v.pipe(
  v.number(),
  v.integer(),
  v.description(
    'Reset every this many `trigger_unit`s (`day` with 1 resets daily); 1 for `never`, where it has no effect.',
  ),
  v.examples([1]),
);

/** A quota rule as the quota endpoints return it. */
export const BenefitLimitationSchema = v.object({
  benefit_id: v.optional(v.pipe(v.string(), v.description('Quota rule id, for benefit-limitations-update.'))),
  benefit_type: v.optional(QuotaBenefitTypeSchema),
  active_mode: v.optional(QuotaActiveModeSchema),
  started_at: v.optional(QuotaStartedAtSchema),
  ended_at: v.optional(QuotaEndedAtSchema),
  limit: v.optional(QuotaLimitSchema),
  status: v.optional(QuotaStatusSchema),
  trigger_unit: v.optional(QuotaTriggerUnitSchema),
  trigger_time: v.optional(QuotaTriggerTimeSchema),
  entity_type: v.optional(QuotaEntityTypeSchema),
  entity_id: v.optional(QuotaEntityIdSchema),
});
