import * as v from 'valibot';
import { REGIONS, type ResponseBodyKind } from './relay-route';

// A run as the worker's history keeps it and the site reads it back: one schema for both sides.

const HeadersSchema = v.record(v.string(), v.string());

/** Where a run went: Coze China, Coze international, or the sandbox. */
export const RunRegionSchema = v.picklist(REGIONS);

/** How a run's response body was recorded: a body kind, or a WebSocket session. */
export const RunKindSchema = v.picklist([
  ...(['json', 'sse', 'binary', 'text'] as const satisfies readonly ResponseBodyKind[]),
  'websocket',
]);

/** One recorded server-sent event, with when it arrived. */
export const RunEventSchema = v.object({
  event: v.string(),
  data: v.string(),
  id: v.optional(v.string()),
  offsetMs: v.pipe(
    v.number(),
    v.minValue(0),
    v.description('Milliseconds from the start of the run to the arrival of the chunk that completed the event.'),
  ),
});

/** The request half of a run, without credentials. */
export const RunRequestSchema = v.object({
  method: v.string(),
  url: v.string(),
  headers: HeadersSchema,
  body: v.optional(v.pipe(v.string(), v.description('The JSON body text, cut at 256 KiB.'))),
  bodyNote: v.optional(v.pipe(v.string(), v.description('What the body was when it is not recorded as text.'))),
});

/** The response half of a run, bounded in size. */
export const RunResponseSchema = v.object({
  status: v.pipe(v.number(), v.integer()),
  headers: HeadersSchema,
  kind: RunKindSchema,
  body: v.optional(v.pipe(v.string(), v.description('The body text of a JSON or text response, cut at 256 KiB.'))),
  events: v.optional(v.array(RunEventSchema)),
  bytes: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(0),
    v.description('Body bytes received, recorded or not; with `bytesAtLeast`, only those read before history stopped.'),
  ),
  bytesAtLeast: v.optional(
    v.pipe(
      v.literal(true),
      v.description(
        'Present when history stopped reading the body at its limits, so the stream could flow on at full speed: the body was at least `bytes` long, and the client received all of it.',
      ),
    ),
  ),
  truncated: v.pipe(v.boolean(), v.description('Whether the body or the events were cut at the recording limits.')),
  error: v.optional(v.pipe(v.string(), v.description('Why the body ended early, when it did.'))),
  audioBytes: v.optional(
    v.pipe(
      v.number(),
      v.integer(),
      v.minValue(0),
      v.description('WebSocket sessions: bytes of audio sent both ways, counted but not stored.'),
    ),
  ),
});

/** One problem the catalog's schema found with a request; the shape of lib/api-error.ts `FieldIssue`. */
export const RunIssueSchema = v.object({
  location: v.picklist(['path', 'query', 'headers', 'body']),
  path: v.string(),
  message: v.string(),
});

/** One relayed call as history keeps it: shaped like a HAR entry, credentials removed. */
export const RunRecordSchema = v.object({
  id: v.pipe(v.string(), v.description('`<endpointId>.<invertedTimestamp>.<random>`; unguessable.')),
  endpointId: v.string(),
  region: RunRegionSchema,
  startedAt: v.pipe(v.number(), v.integer(), v.description('Epoch milliseconds when the upstream call was sent.')),
  durationMs: v.pipe(v.number(), v.minValue(0)),
  ttfbMs: v.pipe(v.number(), v.minValue(0)),
  request: RunRequestSchema,
  validation: v.optional(
    v.pipe(
      v.array(RunIssueSchema),
      v.description(
        "Where the request failed the catalog's schema (our reading of the docs); it was sent anyway, and the response is the upstream's judgement.",
      ),
    ),
  ),
  response: RunResponseSchema,
  saveError: v.optional(
    v.pipe(v.string(), v.description('Why the full record could not be saved, when only a reduced one was.')),
  ),
});

/** What a history list shows of a run; kept as KV metadata, so listing reads no values. */
export const RunSummarySchema = v.object({
  endpointId: v.string(),
  status: v.pipe(v.number(), v.integer()),
  startedAt: v.pipe(v.number(), v.integer()),
  durationMs: v.number(),
  region: RunRegionSchema,
  method: v.string(),
  kind: RunKindSchema,
});

/** A recorded run. */
export type RunRecord = v.InferOutput<typeof RunRecordSchema>;

/** One recorded server-sent event. */
export type RunEvent = v.InferOutput<typeof RunEventSchema>;

/** The KV metadata of a run. */
export type RunMetadata = v.InferOutput<typeof RunSummarySchema>;

/** A run as a history list shows it: its metadata and the id that fetches the whole record. */
export type RunSummary = RunMetadata & { readonly id: string };
