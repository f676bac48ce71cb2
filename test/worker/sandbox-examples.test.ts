import { env } from 'cloudflare:workers';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../catalog/index';
import type { Endpoint } from '../../catalog/types';
import { streamsWith } from '../../lib/request-model';
import { fieldsOf, type FieldDoc } from '../../lib/schema-fields';
import { parseWav } from '../../worker/sandbox/audio/wav';
import { HANDLERS } from '../../worker/sandbox/handler-table';
import { exampleRequest as requestOf } from './sandbox-helpers';

/** Every endpoint the relay and the sandbox serve: all but WebSockets and browser redirects. */
const CALLABLE = ENDPOINTS.filter((e) => e.responseKind !== 'websocket' && e.responseKind !== 'redirect');

// Fields Coze only sends in some states: a chat's completion or failure fields, a message's chat
// fields, interrupt data, the schemas retrieve-workflow adds on request, and OAuth's error fields.
const CONDITIONAL = [
  /(^|\.)completed_at$/,
  /(^|\.)failed_at$/,
  /(^|\.)required_action$/,
  /^data\.usage$/,
  /\.(bot_id|chat_id)$/,
  /(^|\.)interrupt_data$/,
  /^data(\.items\[\])?\.(input|output)$/,
  /prefix_prompt_info$/,
  /^error(_description)?$/,
];

// Fields of one endpoint that its docs say come only in some cases: a database record call answers
// `affected_rows` when it ran at once and `task_id` when it runs as a task; a task reports what a
// query found only for a query task (the seeded task is an insert).
const CONDITIONAL_BY_ENDPOINT: Readonly<Record<string, RegExp>> = {
  'database-records-insert': /^data\.task_id$/,
  'database-records-update': /^data\.task_id$/,
  'database-records-query': /^data\.task_id$/,
  'database-records-delete': /^data\.affected_rows$/,
  'database-tasks-retrieve': /^data\.select_(total_count|items_file_url)$/,
};

/** Documented response fields missing from a body, nested objects and first array items included. */
function missingFields(fields: readonly FieldDoc[], value: unknown, at = ''): string[] {
  const missing: string[] = [];
  for (const field of fields) {
    const here = at ? `${at}.${field.name}` : field.name;
    const holder = value as Record<string, unknown> | null;
    if (!holder || typeof holder !== 'object' || !(field.name in holder)) {
      if (!CONDITIONAL.some((pattern) => pattern.test(here))) missing.push(here);
      continue;
    }
    const child = holder[field.name];
    if (field.type === 'object' && field.children) missing.push(...missingFields(field.children, child, here));
    if (field.type === 'array' && field.children && Array.isArray(child) && child.length > 0) {
      missing.push(...missingFields(field.children, child[0], `${here}[]`));
    }
  }
  return missing;
}

function framesOf(text: string): { event: string; data: string }[] {
  return text
    .split('\n\n')
    .filter(Boolean)
    .map((block) => {
      const frame: Record<string, string> = {};
      for (const line of block.split('\n'))
        frame[line.slice(0, line.indexOf(':'))] = line.slice(line.indexOf(':') + 1).trimStart();
      return frame as { event: string; data: string };
    });
}

const streams = (endpoint: Endpoint) => streamsWith(endpoint, endpoint.example.body as Record<string, unknown>);
const fresh = (id: string) => env.SANDBOX.get(env.SANDBOX.idFromName(`example-${id}-${crypto.randomUUID()}`));
const table = (endpoints: readonly Endpoint[]) => endpoints.map((endpoint) => [endpoint.id, endpoint] as const);

describe('every catalog example runs in a fresh sandbox session', () => {
  it.each(table(CALLABLE.filter((e) => e.responseKind === 'json' && !streams(e))))(
    '%s answers success with every documented field',
    async (id, endpoint) => {
      const res = await fresh(id).fetch(await requestOf(endpoint));
      expect(res.headers.get('content-type')).toContain('application/json');
      const body = (await res.json()) as Record<string, unknown>;
      if (endpoint.auth === 'none') {
        expect(res.status).toBe(200);
        expect(body).not.toHaveProperty('error_code');
      } else {
        expect({ code: body.code, msg: body.msg }).toEqual({ code: 0, msg: '' });
        expect(res.headers.get('x-tt-logid')).toBe((body.detail as { logid: string }).logid);
      }
      const result = v.safeParse(endpoint.response, body);
      expect(result.issues?.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`) ?? []).toEqual([]);
      const conditional = CONDITIONAL_BY_ENDPOINT[id];
      const missing = missingFields(fieldsOf(endpoint.response), body).filter((path) => !conditional?.test(path));
      expect(missing).toEqual([]);
    },
  );

  it.each(table(CALLABLE.filter((e) => e.responseKind === 'binary')))(
    '%s answers playable audio',
    async (id, endpoint) => {
      const res = await fresh(id).fetch(await requestOf(endpoint));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^audio\//);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(bytes.length).toBeGreaterThan(1000);
      if (res.headers.get('content-type') === 'audio/wav') expect(parseWav(bytes)?.dataLength).toBeGreaterThan(0);
    },
  );

  it.each(table(CALLABLE.filter(streams)))('%s streams valid events to the end', async (id, endpoint) => {
    const res = await fresh(id).fetch(await requestOf(endpoint));
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const frames = framesOf(await res.text());
    expect(frames.length).toBeGreaterThan(1);
    for (const frame of frames) {
      const event = endpoint.streaming!.events.find((e) => e.name === frame.event);
      expect(event, `unknown event ${frame.event}`).toBeDefined();
      expect(['error', 'Error']).not.toContain(frame.event);
      if (event!.data) expect(v.safeParse(event!.data, JSON.parse(frame.data)).success, frame.event).toBe(true);
    }
    expect(['done', 'Done']).toContain(frames.at(-1)!.event);
  });

  it('has a dedicated handler only for endpoints the catalog has', () => {
    const ids = new Set(ENDPOINTS.map((endpoint) => endpoint.id));
    expect(Object.keys(HANDLERS).filter((id) => !ids.has(id))).toEqual([]);
  });
});
