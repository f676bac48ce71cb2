import * as v from 'valibot';
import { WS_EVENT_PAGES } from '../../catalog/ws-event-pages';
import type { DocEvent, Endpoint } from '../../catalog/types';

/** The largest frame the relay passes on, either way: a Worker's WebSocket message cap. */
export const MAX_FRAME_BYTES = 1024 * 1024;

/**
 * Events of a WebSocket endpoint in one direction, read from its event pages (`related`), so the
 * catalog stays the only list of what a client may send.
 */
export function wsEventsOf(endpoint: Endpoint, direction: 'upstream' | 'downstream'): readonly DocEvent[] {
  const events = new Map<string, DocEvent>();
  for (const pageId of endpoint.related ?? []) {
    const page = WS_EVENT_PAGES.find((candidate) => candidate.id === pageId);
    for (const section of page?.sections ?? []) {
      if (section.kind !== 'events') continue;
      for (const event of section.events) {
        if (event.direction === direction && !events.has(event.name)) events.set(event.name, event);
      }
    }
  }
  return [...events.values()];
}

// Every frame is `{id, event_type, data, detail}`; `data` is checked against the event's own schema.
const FrameSchema = v.object({
  id: v.optional(v.string('id must be a string')),
  event_type: v.string('event_type must be a string'),
  data: v.optional(v.unknown()),
  detail: v.optional(v.record(v.string(), v.unknown(), 'detail must be an object')),
});

/** A client frame the relay may pass on, or why not. */
export type FrameCheck =
  { readonly ok: true; readonly eventType: string } | { readonly ok: false; readonly message: string };

const cache = new WeakMap<Endpoint, ReadonlyMap<string, DocEvent>>();

function upstreamEventMap(endpoint: Endpoint): ReadonlyMap<string, DocEvent> {
  let map = cache.get(endpoint);
  if (!map) {
    map = new Map(wsEventsOf(endpoint, 'upstream').map((event) => [event.name, event]));
    cache.set(endpoint, map);
  }
  return map;
}

/**
 * Checks one frame a client sent on an endpoint's WebSocket against the catalog: JSON text, a
 * known upstream `event_type`, and `data` that fits that event's schema. Fields the catalog does
 * not know pass (Coze adds fields before the docs do); the frame goes on exactly as it came.
 * @example checkClientFrame(wsChat, '{"event_type":"chat.update","data":{}}') // → { ok: true, eventType: 'chat.update' }
 */
export function checkClientFrame(endpoint: Endpoint, frame: string | ArrayBuffer): FrameCheck {
  if (typeof frame !== 'string') {
    return { ok: false, message: 'Binary frames are not part of this API: send JSON text frames' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(frame);
  } catch {
    return { ok: false, message: 'The frame is not JSON: send {"id", "event_type", "data"}' };
  }
  const shape = v.safeParse(FrameSchema, parsed);
  if (!shape.success) return { ok: false, message: describe(shape.issues) };
  const events = upstreamEventMap(endpoint);
  const event = events.get(shape.output.event_type);
  if (!event) {
    return {
      ok: false,
      message: `Unknown event_type ${JSON.stringify(shape.output.event_type.slice(0, 80))} for ${endpoint.path}: send one of ${[...events.keys()].join(', ')}`,
    };
  }
  if (event.data) {
    const data = v.safeParse(event.data, shape.output.data ?? {});
    if (!data.success) return { ok: false, message: `${event.name}: ${describe(data.issues, 'data')}` };
  }
  return { ok: true, eventType: event.name };
}

function describe(issues: readonly v.BaseIssue<unknown>[], prefix?: string): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const path = [prefix, v.getDotPath(issue)].filter(Boolean).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
