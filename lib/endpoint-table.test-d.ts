// Type-level tests: `npm run check` (tsc for the worker, astro check for the site) compiles this file,
// and each `@ts-expect-error` fails the check unless the line under it is a compile error. So a
// misspelled id, an orphan or an SDK table out of step with the catalog cannot compile.
import type { Endpoint } from '../catalog/types';
import { isEndpoint, sdkCallId, type EndpointTable, type FullSdkCallTable, type SdkCallTable } from './endpoint-table';

/** A table keyed by endpoint id takes catalog ids. */
export const known: EndpointTable<number> = { 'create-chat': 1, 'retrieve-chat': 2 };

// Unused here would mean EndpointId widened to string: a group's list annotated `readonly Endpoint[]`
// instead of `[...] as const satisfies readonly Endpoint[]` loses its endpoints' literal ids.
export const misspelled: EndpointTable<number> = {
  // @ts-expect-error no catalog endpoint has the id create-chats
  'create-chats': 1,
};

/** An SDK's table takes only the endpoints the catalog says the SDK implements. */
export const nodeCalls: SdkCallTable<'node', number> = { 'create-chat': 1 };

export const notInNode: SdkCallTable<'node', number> = {
  // @ts-expect-error benefit-limitations-create lists python and java in its sdks, not node
  'benefit-limitations-create': 1,
};

export const noSamples: SdkCallTable<'python', number> = {
  // @ts-expect-error ws-chat is a WebSocket: cozepy has it, but samples write no call for it
  'ws-chat': 1,
};

// @ts-expect-error a full SDK table needs every call the SDK has, not create-chat alone
export const incomplete: FullSdkCallTable<'python', number> = { 'create-chat': 1 };

/** A switch over an SDK call id has each case checked. */
export function javaCase(endpoint: Endpoint): string {
  switch (sdkCallId(endpoint, 'java')) {
    case 'create-chat':
      return 'chat';
    // @ts-expect-error no catalog endpoint has the id run-workflows
    case 'run-workflows':
      return 'workflow';
    default:
      return 'other';
  }
}

/** Comparing an endpoint with an id checks the id. */
export function isChat(endpoint: Endpoint): boolean {
  // @ts-expect-error no catalog endpoint has the id create_chat
  return isEndpoint(endpoint, 'create_chat') || isEndpoint(endpoint, 'create-chat');
}
