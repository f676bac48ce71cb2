import type * as v from 'valibot';

/** HTTP methods the Coze OpenAPI uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** How a request body is encoded (the response side is `ResponseKind`). */
export type RequestBodyKind = 'json' | 'multipart' | 'none';

/**
 * What a successful call answers with. `sse` means always streamed (`json` endpoints may still
 * stream, see `streaming`); `websocket` and `redirect` (a browser page, like OAuth's authorize) are
 * documented but not relayed.
 */
export type ResponseKind = 'json' | 'sse' | 'binary' | 'websocket' | 'redirect';

/** Any valibot schema; docs, forms and validation all read from these. */
export type AnySchema = v.GenericSchema;

/** The object schema every parameter location uses: one entry per field. */
export type ParamsSchema = v.ObjectSchema<v.ObjectEntries, undefined>;

/** Where a request parameter lives. */
export type ParamLocation = 'path' | 'query' | 'headers' | 'body';

/** One named event of a server-sent event stream, with the schema of its `data`. */
export interface StreamEvent {
  readonly name: string;
  readonly description: string;
  /** Schema of the parsed `data` line; absent when the data is not JSON (`[DONE]`, heartbeats). */
  readonly data?: AnySchema;
}

/** How and when an endpoint streams. */
export interface Streaming {
  /** `always`, or the boolean body field that turns streaming on. */
  readonly enabledBy: 'always' | { readonly bodyField: string };
  /** Whether frames carry an `id:` line (workflow streams do). */
  readonly framedWithIds: boolean;
  readonly events: readonly StreamEvent[];
  /** What the UI assembles into one answer text: chat deltas or workflow messages. */
  readonly assemble: 'chat' | 'workflow';
}

/** How a list endpoint pages, as Coze documents it. */
export type Pagination =
  | { readonly style: 'page'; readonly page: string; readonly size: string }
  | { readonly style: 'cursor'; readonly cursor: string; readonly size: string; readonly next: string }
  | { readonly style: 'before-after'; readonly before: string; readonly after: string; readonly size: string };

/** One callable endpoint of the Coze OpenAPI. */
export interface Endpoint {
  /** Stable kebab-case id, also the page slug. */
  readonly id: string;
  readonly group: GroupId;
  readonly subgroup?: SubgroupId;
  /** Title exactly as the Coze docs' navigation. */
  readonly titleZh: string;
  readonly titleEn: string;
  /** What the endpoint does, in our own words. */
  readonly description: string;
  /** Quirks and limits a caller must know. */
  readonly notes: readonly string[];
  readonly method: HttpMethod;
  /**
   * Other methods the official SDKs send for this call (coze-js and coze-py POST to
   * retrieve-chat, documented as GET); accepted so those SDKs work through the relay unchanged.
   */
  readonly alsoAccepts?: readonly HttpMethod[];
  /** Path template with `:name` placeholders, e.g. `/v1/bots/:bot_id`. */
  readonly path: string;
  readonly params: {
    readonly path?: ParamsSchema;
    readonly query?: ParamsSchema;
    readonly headers?: ParamsSchema;
    readonly body?: ParamsSchema;
  };
  readonly bodyKind: RequestBodyKind;
  readonly responseKind: ResponseKind;
  readonly streaming?: Streaming;
  /** The JSON response body on success, envelope included. */
  readonly response: AnySchema;
  readonly pagination?: Pagination;
  /** The permission the token needs, as the Coze console names it. */
  readonly permission?: string;
  readonly destructive: boolean;
  readonly billable: boolean;
  /** The official SDKs that implement this call (coze-py, coze-js, coze-go, coze-java). */
  readonly sdks: readonly SdkId[];
  readonly deprecated?: { readonly replacement: string };
  /** A request that validates and runs in the sandbox; pages prefill forms with it. */
  readonly example: ExampleRequest;
  /**
   * How the caller authenticates: a bearer token (the default), or nothing at the relay's level
   * (OAuth token endpoints, which carry client credentials or a JWT of their own).
   */
  readonly auth?: 'bearer' | 'none';
  /**
   * Endpoints that share a method and path (the OAuth token flows all POST to one path) are told
   * apart by the value of one JSON body field.
   */
  readonly discriminator?: { readonly bodyField: string; readonly value: string };
  /** Ids of pages that belong with this one: the event pages of a WebSocket endpoint, say. */
  readonly related?: readonly string[];
}

/**
 * An endpoint's request side: all the browser's live playground reads (building, validating and
 * sending a request, its samples). The docs and the relay also read the response schema, the
 * stream's event list, the description and the notes; the browser module leaves them out
 * (scripts/build-endpoint-modules.mjs).
 */
export type RequestSide = Omit<Endpoint, 'response' | 'description' | 'notes' | 'streaming'> & {
  readonly streaming?: Omit<Streaming, 'events'>;
};

/** The official SDKs: cozepy, @coze/api, coze-go and coze-java. */
export type SdkId = 'python' | 'node' | 'go' | 'java';

/** Parameter values for one request, by location. */
export interface ExampleRequest {
  readonly path?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: Readonly<Record<string, unknown>>;
}

/** Groups of the API reference, as the Coze docs' navigation has them. */
export type GroupId =
  | 'auth'
  | 'bot'
  | 'workspace'
  | 'folder'
  | 'enterprise'
  | 'conversation'
  | 'chat'
  | 'workflow'
  | 'file'
  | 'audio'
  | 'knowledge'
  | 'database'
  | 'plugins'
  | 'variables'
  | 'channels'
  | 'end-user-quota'
  | 'billing'
  | 'callbacks'
  | 'deprecated'
  | 'errors'
  | 'faq'
  | 'models'
  | 'best-practices'
  | 'sdk';

/** Subgroups of 智能音视频, the one group the Coze docs split further. */
export type SubgroupId = 'tts' | 'rtc' | 'websocket' | 'voiceprint';

/** A group (or subgroup) of the API reference. */
export interface Group {
  readonly id: GroupId;
  readonly titleZh: string;
  readonly titleEn: string;
}

/** A subgroup of a group. */
export interface Subgroup {
  readonly id: SubgroupId;
  readonly titleZh: string;
  readonly titleEn: string;
}

/** One event of an event page: a WebSocket or Realtime frame, or a callback Coze sends. */
export interface DocEvent {
  readonly name: string;
  readonly direction: 'upstream' | 'downstream' | 'callback';
  readonly titleZh?: string;
  readonly description: string;
  /** Schema of the payload; its fields are described inside it. */
  readonly data?: AnySchema;
  /** A complete example frame or payload, as sent on the wire. */
  readonly example: unknown;
}

/** The SDKs the playground lets you try, as Coze's own playground does (体验 SDK). */
export type TryoutSdk = 'chat-sdk' | 'web-sdk' | 'realtime';

/** An SDK's options as its try-out loads them: the schema, and the values the form starts with. */
export interface TryoutOptions<T = Record<string, unknown>> {
  readonly schema: AnySchema;
  readonly example: T;
}

/** A block of a documentation page. */
export type DocSection =
  | { readonly kind: 'text'; readonly heading?: string; readonly paragraphs: readonly string[] }
  | { readonly kind: 'steps'; readonly heading?: string; readonly steps: readonly string[] }
  | { readonly kind: 'events'; readonly heading?: string; readonly events: readonly DocEvent[] }
  | {
      readonly kind: 'error-codes';
      readonly heading?: string;
      readonly codes: readonly { readonly code: number; readonly meaning: string; readonly fix?: string }[];
    }
  | {
      readonly kind: 'table';
      readonly heading?: string;
      readonly columns: readonly string[];
      readonly rows: readonly (readonly string[])[];
    }
  | { readonly kind: 'code'; readonly heading?: string; readonly language: string; readonly code: string }
  | {
      /** An SDK try-out: the site renders a form from `options`, the embed code it makes, and Run. */
      readonly kind: 'tryout';
      readonly heading?: string;
      readonly sdk: TryoutSdk;
      /** The options the form edits; their docs and validation are read from here too. */
      readonly options: AnySchema;
    }
  | {
      readonly kind: 'links';
      readonly heading?: string;
      readonly links: readonly { readonly pageId: string; readonly note?: string }[];
    };

/** A page of the reference that is not a callable endpoint: event lists, references, guides. */
export interface DocPage {
  readonly id: string;
  readonly group: GroupId;
  readonly subgroup?: SubgroupId;
  /** Title exactly as the Coze docs' navigation. */
  readonly titleZh: string;
  readonly titleEn: string;
  readonly kind: 'events' | 'reference' | 'guide';
  /** One or two sentences: what the page is for. */
  readonly summary: string;
  readonly sections: readonly DocSection[];
}
