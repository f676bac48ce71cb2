import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { envelope } from '../../catalog/objects';
import { fieldsOf } from '../../lib/schema-fields';
import { hexFrom, idFrom, shape, type ShapeContext } from '../../worker/sandbox/generate';

const NOW = 1_790_000_000;
const ctx = (over: Partial<ShapeContext> = {}): ShapeContext => ({
  seed: 'seed',
  nowSec: NOW,
  echo: {},
  noun: 'folder',
  ...over,
});

const ListSchema = envelope({
  data: v.object({
    items: v.array(
      v.object({
        id: v.string(),
        name: v.string(),
        folder_type: v.picklist(['development', 'library']),
        creator_user_id: v.string(),
        created_at: v.pipe(v.number(), v.integer()),
        updated_at: v.pipe(v.number(), v.integer()),
        expire_time: v.pipe(v.number(), v.integer()),
        icon_url: v.string(),
        is_enabled: v.boolean(),
        tags: v.array(v.string()),
        creator: v.object({ name: v.string() }),
        failed_ids: v.array(v.string()),
        extra: v.record(v.string(), v.unknown()),
      }),
    ),
    total_count: v.pipe(v.number(), v.integer()),
    has_more: v.pipe(v.boolean(), v.examples([true])),
    next_page_token: v.string(),
  }),
});

describe('shape', () => {
  const body = shape(fieldsOf(ListSchema), {}, ctx()) as { data: Record<string, any> };

  it('fills every documented field with a value of its type, valid against the schema', () => {
    expect(v.safeParse(ListSchema, { code: 0, ...body }).success).toBe(true);
    expect(Object.keys(body.data.items[0]).sort()).toEqual(
      Object.keys(ListSchema.entries.data.entries.items.item.entries).sort(),
    );
  });

  it('leaves the envelope to the reply', () => {
    expect(body).not.toHaveProperty('code');
    expect(body).not.toHaveProperty('detail');
  });

  it('writes ids as distinct 19-digit strings', () => {
    const [first, second] = body.data.items;
    expect(first.id).toMatch(/^7352\d{15}$/);
    expect(second.id).toMatch(/^7352\d{15}$/);
    expect(first.id).not.toBe(second.id);
  });

  it('writes recent Unix seconds, created before updated, expiries ahead', () => {
    const item = body.data.items[0];
    expect(item.created_at).toBeLessThanOrEqual(NOW);
    expect(item.created_at).toBeGreaterThan(NOW - 40 * 86_400);
    expect(item.updated_at).toBeGreaterThanOrEqual(item.created_at);
    expect(item.expire_time).toBeGreaterThan(NOW);
  });

  it('takes enum values from the schema and names from the noun', () => {
    expect(body.data.items[0].folder_type).toBe('development');
    expect(body.data.items.map((item: { name: string }) => item.name)).toEqual(['Folder 1', 'Folder 2']);
  });

  it('answers a complete page: the count follows the list, nothing more to fetch, no failures', () => {
    expect(body.data.total_count).toBe(body.data.items.length);
    expect(body.data.has_more).toBe(false);
    expect(body.data.next_page_token).toBe('');
    expect(body.data.items[0].failed_ids).toEqual([]);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(shape(fieldsOf(ListSchema), {}, ctx())).toEqual(body);
    expect(shape(fieldsOf(ListSchema), {}, ctx({ seed: 'other' }))).not.toEqual(body);
  });

  it('copies request values into same-named fields of the answer, not of nested objects', () => {
    const Schema = envelope({
      data: v.object({ id: v.string(), name: v.string(), owner: v.object({ name: v.string() }) }),
    });
    const out = shape(fieldsOf(Schema), {}, ctx({ echo: { name: 'Renamed', id: '42' } })) as {
      data: Record<string, any>;
    };
    expect(out.data).toMatchObject({ id: '42', name: 'Renamed' });
    expect(out.data.owner.name).not.toBe('Renamed');
  });

  it('keeps what the overlay knows and fills the rest', () => {
    const Schema = envelope({
      data: v.object({ items: v.array(v.object({ id: v.string(), size: v.number(), note: v.string() })) }),
    });
    const out = shape(fieldsOf(Schema), { data: { items: [{ id: 'a', size: 3 }] } }, ctx()) as {
      data: Record<string, any>;
    };
    expect(out.data.items).toHaveLength(1);
    expect(out.data.items[0]).toMatchObject({ id: 'a', size: 3 });
    expect(typeof out.data.items[0].note).toBe('string');
  });
});

describe('ids and tokens', () => {
  it('derive from their key', () => {
    expect(idFrom('a')).toBe(idFrom('a'));
    expect(idFrom('a')).not.toBe(idFrom('b'));
    expect(hexFrom('a', 40)).toMatch(/^[0-9a-f]{40}$/);
  });
});
