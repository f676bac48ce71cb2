import { describe, expect, it } from 'vitest';
import { ENDPOINTS, findEndpoint } from '../../catalog';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import { exampleValues, pruneValues, setIn, type FormValues, type Segment } from '../../lib/request-model';
import { validateRequest } from '../../lib/validate-request';
import { pageHints, sandboxHintsFor } from '../../site/islands/sandbox-hints';
import { hintsAttribute, readPageHints } from '../../site/islands/page-hints';

describe('sandboxHintsFor', () => {
  it('points the flows that need a particular sandbox object to it', () => {
    expect(sandboxHintsFor('create-chat')[0]!.fills).toContainEqual({
      path: ['body', 'bot_id'],
      value: SANDBOX_IDS.pluginBot,
    });
    expect(sandboxHintsFor('stream-run-workflow')[0]!.fills).toEqual([
      { path: ['body', 'workflow_id'], value: SANDBOX_IDS.questionWorkflow },
    ]);
    expect(sandboxHintsFor('list-bots')).toEqual([]);
    expect(sandboxHintsFor('constructor')).toEqual([]);
  });

  it('fills only fields the endpoint has, with values its schema accepts', () => {
    const hinted = ENDPOINTS.filter((endpoint) => sandboxHintsFor(endpoint.id).length > 0);
    expect(hinted.length).toBeGreaterThanOrEqual(8);
    for (const endpoint of hinted) {
      for (const hint of sandboxHintsFor(endpoint.id)) {
        const values = hint.fills.reduce<FormValues>(
          (current, fill) => setIn(current, fill.path as Segment[], fill.value) as FormValues,
          exampleValues(endpoint),
        );
        expect(validateRequest(endpoint, pruneValues(endpoint, values)), `${endpoint.id}: ${hint.button.en}`).toEqual(
          [],
        );
        for (const fill of hint.fills) {
          const sent = pruneValues(endpoint, values) as unknown as Record<string, Record<string, unknown>>;
          expect(
            sent[fill.path[0] as string]![fill.path[1] as string],
            `${endpoint.id} keeps ${fill.path.join('.')}`,
          ).toBeDefined();
        }
      }
    }
    expect(findEndpoint('stream-resume-workflow')).toBeDefined();
  });
});

describe('pageHints', () => {
  it("gives a page only its own endpoint's hints, in the page's language", () => {
    const zh = pageHints('create-chat', 'zh');
    expect(zh).toHaveLength(sandboxHintsFor('create-chat').length);
    expect(zh[0]).toEqual({
      text: sandboxHintsFor('create-chat')[0]!.text.zh,
      button: sandboxHintsFor('create-chat')[0]!.button.zh,
      fills: sandboxHintsFor('create-chat')[0]!.fills,
    });
    expect(pageHints('create-chat', 'en')[0]!.button).toBe(sandboxHintsFor('create-chat')[0]!.button.en);
    expect(pageHints('list-bots', 'en')).toEqual([]);
  });

  it('survives the trip through the page as data (written by the page, read by the live playground)', () => {
    const hints = pageHints('stream-resume-workflow', 'zh');
    expect(readPageHints(hintsAttribute(hints))).toEqual(hints);
    expect(hintsAttribute([])).toBeUndefined();
    expect(readPageHints(undefined)).toEqual([]);
    expect(readPageHints('not json')).toEqual([]);
  });
});
