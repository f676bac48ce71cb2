import * as v from 'valibot';

/** The header the four `/open_api/knowledge/document/*` calls need. */
export const AgwJsConvHeadersSchema = v.object({
  'Agw-Js-Conv': v.pipe(
    v.literal('str'),
    v.description(
      'Must be `str`: the gateway then returns int64 ids as strings, so JavaScript reads them without losing precision.',
    ),
    v.examples(['str']),
  ),
});

/** The knowledge base in a `/v1/datasets/:dataset_id` path. */
export const DatasetIdSchema = v.pipe(
  v.string(),
  v.nonEmpty('dataset_id is required'),
  v.description(
    'Coze knowledge base id, from datasets-list or the number after `knowledge/` in the console URL. Volcano knowledge bases are not supported.',
  ),
);

/** Processing state of a knowledge base file. */
export const FileStatusSchema = v.pipe(
  v.picklist([0, 1, 9]),
  v.description('`0` processing, `1` done, `9` failed (upload it again).'),
  v.examples([1]),
);

/** How a knowledge base cuts files into segments, as sent on upload and reported back. */
export const ChunkStrategySchema = v.object({
  chunk_type: v.optional(
    v.pipe(
      v.picklist([0, 1]),
      v.description('`0` segments and cleans automatically; `1` applies the custom rules below.'),
      v.examples([0]),
    ),
  ),
  separator: v.optional(
    v.pipe(
      v.string(),
      v.description('Separator between segments; required when `chunk_type` is 1.'),
      v.examples(['\n\n']),
    ),
  ),
  max_tokens: v.optional(
    v.pipe(
      v.number(),
      v.integer(),
      v.minValue(100),
      v.maxValue(2000),
      v.description('Longest segment in tokens, 100-2000; required when `chunk_type` is 1.'),
      v.examples([800]),
    ),
  ),
  remove_extra_spaces: v.optional(
    v.pipe(
      v.boolean(),
      v.description('Collapse runs of spaces, line breaks and tabs (custom rules only; default false).'),
    ),
  ),
  remove_urls_emails: v.optional(
    v.pipe(v.boolean(), v.description('Strip URLs and e-mail addresses (custom rules only; default false).')),
  ),
  caption_type: v.optional(
    v.pipe(
      v.picklist([0, 1]),
      v.description(
        'Image knowledge bases: `0` captions images automatically (default), `1` leaves captions to datasets-images-update. Set it explicitly on the first upload to an empty image knowledge base.',
      ),
    ),
  ),
});

/** When a web page in a knowledge base is fetched again. */
export const UpdateRuleSchema = v.object({
  update_type: v.optional(
    v.pipe(
      v.picklist([0, 1]),
      v.description('`0` never refreshes the page (default), `1` refreshes it automatically.'),
      v.examples([1]),
    ),
    0,
  ),
  update_interval: v.optional(
    v.pipe(
      v.number(),
      v.integer(),
      v.minValue(24),
      v.description('Hours between refreshes, at least 24.'),
      v.examples([24]),
    ),
  ),
});

/** A file of a knowledge base: a document, a table or an image. */
export const DocumentInfoSchema = v.object({
  document_id: v.optional(v.pipe(v.string(), v.description('File id.'))),
  name: v.optional(v.pipe(v.string(), v.description('File name.'))),
  char_count: v.optional(v.pipe(v.number(), v.integer(), v.description('Characters in the file.'))),
  size: v.optional(v.pipe(v.number(), v.integer(), v.description('Size in bytes.'))),
  type: v.optional(v.pipe(v.string(), v.description('File extension.'), v.examples(['pdf']))),
  format_type: v.optional(v.pipe(v.picklist([0, 1, 2]), v.description('`0` document, `1` table, `2` image.'))),
  source_type: v.optional(v.pipe(v.picklist([0, 1]), v.description('`0` uploaded file, `1` web page.'))),
  status: v.optional(FileStatusSchema),
  slice_count: v.optional(v.pipe(v.number(), v.integer(), v.description('Segments the file was cut into.'))),
  hit_count: v.optional(v.pipe(v.number(), v.integer(), v.description('Times the file was recalled in chats.'))),
  chunk_strategy: v.optional(v.pipe(ChunkStrategySchema, v.description('Segmentation rules applied to the file.'))),
  update_type: v.optional(v.pipe(v.picklist([0, 1]), v.description('Web pages: `1` when refreshed automatically.'))),
  update_interval: v.optional(v.pipe(v.number(), v.integer(), v.description('Web pages: hours between refreshes.'))),
  create_time: v.optional(
    v.pipe(v.number(), v.integer(), v.description('Upload time, Unix seconds.'), v.examples([1719907964])),
  ),
  update_time: v.optional(v.pipe(v.number(), v.integer(), v.description('Last change, Unix seconds.'))),
  tos_uri: v.optional(v.pipe(v.string(), v.description('Storage URI of an uploaded file.'))),
});
