import * as v from 'valibot';
import { choice, fields, text } from '../../fields';

/** Who applied for a plugin capacity expansion. */
export const ApplicantInfoSchema = fields(
  {
    user_id: v.pipe(
      v.union([v.pipe(v.number(), v.integer()), v.pipe(v.string(), v.regex(/^\d+$/))]),
      v.description('Coze uid of the applicant (an integer in the docs; keep it as a string if it is large).'),
    ),
    user_name: text('User name of the applicant.'),
  },
  'The user who applied.',
);

/** The kind of capacity an expansion adds: only QPS. */
export const ExtensionTypeSchema = choice(['QPS'], 'What is expanded; only `QPS` for now.');

/** The id of the application, shared by its requested and expired events. */
export const ApplyIdSchema = text('Id of the expansion application; the expiry event repeats it.');

/** The plugin the expansion is for. */
export const PluginResourceIdSchema = text('Id of the plugin.');

/** A capacity in calls per second. */
export const capacity = (description: string) => v.pipe(v.number(), v.description(description));
