import * as v from 'valibot';

// What the workflow read endpoints (retrieve, list, list versions) share, described once.

/** Start-node input schema, as returned with `include_input_output`. */
export const WorkflowInputSchema = v.pipe(
  v.object({
    parameters: v.optional(
      v.pipe(
        v.record(v.string(), v.unknown()),
        v.description('Start-node input parameters: map of name -> definition (type, required, description, ...).'),
      ),
    ),
  }),
  v.description('Start-node input schema.'),
);

/** End-node output schema, as returned with `include_input_output`. */
export const WorkflowOutputSchema = v.pipe(
  v.object({
    content: v.optional(
      v.pipe(
        v.string(),
        v.description('Reply template when the end node returns text (only with `use_answer_content`).'),
      ),
    ),
    parameters: v.optional(
      v.pipe(
        v.record(v.string(), v.unknown()),
        v.description('End-node output variables: map of name -> {type}.'),
        v.examples([{ output: { type: 'string' } }]),
      ),
    ),
    terminate_plan: v.optional(
      v.pipe(
        v.picklist(['return_variables', 'use_answer_content']),
        v.description('How the end node returns: `return_variables` or `use_answer_content` (text).'),
        v.examples(['return_variables']),
      ),
    ),
  }),
  v.description('End-node output schema.'),
);

/** A Coze user as the workflow endpoints name one: creator of a workflow or of a version. */
export const WorkflowCreatorSchema = v.object({
  id: v.optional(v.pipe(v.string(), v.description('Coze UID of the creator.'))),
  name: v.optional(v.pipe(v.string(), v.description('Coze username of the creator.'))),
});

/** Basic information on one workflow, as retrieve-workflow and list-workflows return it. */
export const WorkflowInfoSchema = v.object({
  app_id: v.optional(v.pipe(v.string(), v.description('App the workflow belongs to; `0` when none.'))),
  creator: v.optional(v.pipe(WorkflowCreatorSchema, v.description('Creator (id and name).'))),
  icon_url: v.optional(
    v.pipe(v.string(), v.description('Workflow icon URL.'), v.examples(['https://example.com/icon/workflow_123.png'])),
  ),
  created_at: v.optional(
    v.pipe(v.string(), v.description('Creation time, Unix seconds (string).'), v.examples(['1752060786'])),
  ),
  updated_at: v.optional(
    v.pipe(v.string(), v.description('Last update, Unix seconds (string).'), v.examples(['1752060827'])),
  ),
  description: v.optional(v.pipe(v.string(), v.description('Workflow description.'))),
  workflow_id: v.optional(v.pipe(v.string(), v.description('Workflow ID.'))),
  workflow_name: v.optional(v.pipe(v.string(), v.description('Workflow name.'), v.examples(['workflow_example']))),
});
