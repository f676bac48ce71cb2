import * as v from 'valibot';

/** A bill export task: its state and, once done, the files to download. */
export const BillTaskSchema = v.object({
  task_id: v.optional(v.pipe(v.string(), v.description('Export task id.'))),
  status: v.optional(
    v.pipe(
      v.picklist(['init', 'running', 'succeed', 'failed']),
      v.description('`init`, `running`, `succeed` (files ready) or `failed`.'),
      v.examples(['succeed']),
    ),
  ),
  file_urls: v.optional(
    v.pipe(
      v.array(v.string()),
      v.description('Download links once the task succeeded; a bill is split into files of at most 500,000 rows.'),
    ),
  ),
  started_at: v.optional(
    v.pipe(
      v.number(),
      v.integer(),
      v.description('Start of the billed period, Unix seconds.'),
      v.examples([1746028800]),
    ),
  ),
  ended_at: v.optional(
    v.pipe(v.number(), v.integer(), v.description('End of the billed period, Unix seconds.'), v.examples([1748707199])),
  ),
  created_at: v.optional(
    v.pipe(
      v.number(),
      v.integer(),
      v.description('When the task was created, Unix seconds.'),
      v.examples([1748750400]),
    ),
  ),
  expires_at: v.optional(
    v.pipe(
      v.number(),
      v.integer(),
      v.description('When the files stop being downloadable (7 days after creation), Unix seconds.'),
      v.examples([1749355200]),
    ),
  ),
});
