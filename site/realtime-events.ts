import { findDocPage, type Endpoint } from '../catalog';
import type { UpstreamEvent } from './islands/realtime/upstream-events';

/**
 * The events a client may send on an endpoint's WebSocket, read from its event pages (`related`) at
 * build time, as the relay checks them: the live session panel gets them as serializable props, so
 * it ships no schema code.
 */
export function upstreamEventsOf(endpoint: Endpoint): UpstreamEvent[] {
  const events = new Map<string, UpstreamEvent>();
  for (const id of endpoint.related ?? []) {
    for (const section of findDocPage(id)?.sections ?? []) {
      if (section.kind !== 'events') continue;
      for (const event of section.events) {
        if (event.direction === 'upstream' && !events.has(event.name)) {
          events.set(event.name, { name: event.name, description: event.description, example: event.example });
        }
      }
    }
  }
  return [...events.values()];
}
