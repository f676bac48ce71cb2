import * as v from 'valibot';
import { UsageSchema } from '../../objects';

// What a workflow run reports the same way whether run, resumed or read back from history.

/** Link to the run's trace in the Coze console. */
export const WorkflowDebugUrlSchema = v.pipe(
  v.string(),
  v.description('Link to the visual trace of this workflow run (valid for 7 days).'),
);

/** Tokens the run used. */
export const WorkflowRunUsageSchema = v.pipe(
  UsageSchema,
  v.description('Token usage of the call (for reference; billing is authoritative).'),
  v.examples([{ input_count: 50, token_count: 150, output_count: 100 }]),
);

/** Where and why a run stopped to wait for input; each endpoint says when it is present. */
export const WorkflowInterruptDataSchema = v.object({
  data: v.optional(
    v.pipe(v.string(), v.description('Interrupt payload (JSON string), e.g. the question text for a question node.')),
  ),
  type: v.optional(
    v.pipe(
      v.picklist([2, 5, 6, 7]),
      v.description('Interrupt type: 2 = question node, 5 = input node, 6 = local plugin, 7 = OAuth plugin.'),
      v.examples([2]),
    ),
  ),
  event_id: v.optional(v.pipe(v.string(), v.description('Interrupt event ID; pass it to the resume API.'))),
  required_parameters: v.optional(
    v.pipe(
      v.record(v.string(), v.unknown()),
      v.description('Parameters the node needs: map name -> definition.'),
      v.examples([{ img: { required: true, type: 'image' } }]),
    ),
  ),
});
