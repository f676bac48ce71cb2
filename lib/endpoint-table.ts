import type { EndpointId, EndpointIdWithSdk, SdkId } from '../catalog/types';

/**
 * Facts about some catalog endpoints, keyed by endpoint id: an id that is misspelled, or whose
 * endpoint was removed, fails to compile.
 * @example const HANDLERS: EndpointTable<Handler> = { 'create-chat': createChat };
 */
export type EndpointTable<T> = { readonly [Id in EndpointId]?: T };

/**
 * Entries only for endpoints the catalog says one SDK implements (`Endpoint.sdks`): an id the SDK
 * lacks fails to compile, as a misspelled one does.
 */
export type SdkTable<S extends SdkId, T> = { readonly [Id in EndpointIdWithSdk<S>]?: T };

/** One entry for each endpoint the catalog says one SDK implements: a missing or extra one fails to compile. */
export type FullSdkTable<S extends SdkId, T> = { readonly [Id in EndpointIdWithSdk<S>]: T };

/**
 * The ids a set of SDK tables leaves out: `never` when every endpoint the SDK implements has an
 * entry in one of them. Assign `true` to `Covers<...>` to have the compiler check it.
 * @example const covered: Covers<'go', keyof typeof CHAT | keyof typeof API> = true;
 */
export type Covers<S extends SdkId, Keys> = [Exclude<EndpointIdWithSdk<S>, Keys>] extends [never]
  ? true
  : { readonly missing: Exclude<EndpointIdWithSdk<S>, Keys> };

/**
 * The table's entry for an endpoint id, or undefined. Only own entries count, so no id reads an
 * object's inherited members (`constructor`, `toString`).
 */
export function entryFor<T>(table: EndpointTable<T>, id: string): T | undefined {
  return Object.hasOwn(table, id) ? (table as Readonly<Record<string, T>>)[id] : undefined;
}
