import { describe, expect, it } from 'vitest';
import { findEndpoint } from '../../catalog';
import { fieldsOf, type FieldDoc } from '../../lib/schema-fields';

/** Every field below `root`, by its path under it, with what the docs show of it. */
function flatten(fields: readonly FieldDoc[] | undefined, into = new Map<string, FieldDoc>(), prefix = '') {
  for (const field of fields ?? []) {
    const path = `${prefix}${field.name}`;
    into.set(path, field);
    flatten(field.children, into, `${path}.`);
  }
  return into;
}

function fieldAt(fields: readonly FieldDoc[], path: string): FieldDoc | undefined {
  return flatten(fields).get(path);
}

// An object the API sends one way and returns the other is declared once in the catalog, so its fields
// read the same on both pages.
describe('objects the catalog shares between endpoints', () => {
  it('describes the bot model settings once: create-bot and update-bot send them, retrieve-bot returns them', () => {
    const sent = ['create-bot', 'update-bot'].map((id) =>
      fieldAt(fieldsOf(findEndpoint(id)!.params.body), 'model_info_config')!,
    );
    const returned = fieldAt(fieldsOf(findEndpoint('retrieve-bot')!.response), 'data.model_info')!;
    expect(sent[0]).toEqual(sent[1]);
    const shared = flatten(returned.children);
    const settings = flatten(sent[0]!.children);
    expect([...shared.keys()].filter((key) => !settings.has(key))).toEqual(['model_name']);
    for (const [key, field] of shared) {
      if (key === 'model_name') continue;
      const counterpart = settings.get(key)!;
      expect({ key, description: field.description, examples: field.examples }).toEqual({
        key,
        description: counterpart.description,
        examples: counterpart.examples,
      });
    }
  });
});
