import type { EndpointId, EndpointIdWhere, EndpointIdWithSdk } from '../catalog/endpoints';
import type { RequestSide, SdkId } from '../catalog/types';

/**
 * Facts about some catalog endpoints, keyed by endpoint id: an id that is misspelled, or whose
 * endpoint was removed, fails to compile.
 * @example const HANDLERS: EndpointTable<Handler> = { 'create-chat': createChat };
 */
export type EndpointTable<T> = { readonly [Id in EndpointId]?: T };

/**
 * The endpoints an SDK's samples write its call for: those the catalog says it implements
 * (`Endpoint.sdks`) that are plain HTTP calls (a WebSocket or a browser redirect has no samples).
 */
export type SdkCallId<S extends SdkId> = Exclude<
  EndpointIdWithSdk<S>,
  EndpointIdWhere<{ readonly responseKind: 'websocket' | 'redirect' }>
>;

/** Entries for some of an SDK's calls: an id the SDK lacks fails to compile, as a misspelled one does. */
export type SdkCallTable<S extends SdkId, T> = { readonly [Id in SdkCallId<S>]?: T };

/** One entry for each of an SDK's calls: a missing or extra one fails to compile. */
export type FullSdkCallTable<S extends SdkId, T> = { readonly [Id in SdkCallId<S>]: T };

/**
 * The endpoint's id, typed as one of the SDK's calls, when the catalog says the SDK implements it:
 * a `switch` over it has each `case` checked, as a table's keys are.
 * @example switch (sdkCallId(input.endpoint, 'java')) { case 'create-chat': … }
 */
export function sdkCallId<S extends SdkId>(endpoint: RequestSide, sdk: S): SdkCallId<S> | undefined {
  const callable = endpoint.responseKind !== 'websocket' && endpoint.responseKind !== 'redirect';
  return callable && endpoint.sdks.includes(sdk) ? (endpoint.id as SdkCallId<S>) : undefined;
}

/** Whether this is the endpoint with that id: the id is checked against the catalog's when compiled. */
export function isEndpoint(endpoint: RequestSide, id: EndpointId): boolean {
  return endpoint.id === id;
}

/**
 * The table's entry for an endpoint id, or undefined. Only own entries count, so no id reads an
 * object's inherited members (`constructor`, `toString`).
 */
export function entryFor<T>(table: EndpointTable<T>, id: string): T | undefined {
  return Object.hasOwn(table, id) ? (table as Readonly<Record<string, T>>)[id] : undefined;
}
