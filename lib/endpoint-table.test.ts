import { describe, expect, it } from 'vitest';
import { findEndpoint } from '../catalog';
import { entryFor, isEndpoint, sdkCallId, type EndpointTable } from './endpoint-table';

const TABLE: EndpointTable<string> = { 'create-chat': 'chat' };

describe('entryFor', () => {
  it('returns the entry of an id the table has', () => {
    expect(entryFor(TABLE, 'create-chat')).toBe('chat');
  });

  it('returns undefined for an id the table lacks, inherited member names included', () => {
    expect(entryFor(TABLE, 'retrieve-chat')).toBeUndefined();
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__'])
      expect(entryFor(TABLE, name), name).toBeUndefined();
  });
});

describe('sdkCallId', () => {
  it('gives the id when the catalog lists the SDK for the endpoint, else undefined', () => {
    // benefit-limitations-create: sdks python and java.
    const endpoint = findEndpoint('benefit-limitations-create')!;
    expect(sdkCallId(endpoint, 'java')).toBe('benefit-limitations-create');
    expect(sdkCallId(endpoint, 'node')).toBeUndefined();
  });

  it('gives undefined for an endpoint that is no HTTP call, though the SDK has it', () => {
    // ws-chat: every SDK has it, and it is a WebSocket.
    expect(sdkCallId(findEndpoint('ws-chat')!, 'python')).toBeUndefined();
  });
});

describe('isEndpoint', () => {
  it('tells whether the endpoint has that id', () => {
    expect(isEndpoint(findEndpoint('create-chat')!, 'create-chat')).toBe(true);
    expect(isEndpoint(findEndpoint('retrieve-chat')!, 'create-chat')).toBe(false);
  });
});
