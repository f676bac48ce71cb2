import { describe, expect, it } from 'vitest';
import { buildSamples } from './index';
import { loadWriter, SAMPLE_TABS, sdkTabOf } from './registry';
import { inputOf } from './shared';
import { findEndpoint } from '../../catalog';
import { buildRequest, exampleValues } from '../request-model';

describe('the sample tab registry', () => {
  it.each(SAMPLE_TABS.map((tab) => [tab.language, tab] as const))(
    '%s: its folder exports a writer, with SDK code exactly when the tab is an SDK’s',
    async (language, tab) => {
      const writer = (await tab.load()).writer;
      expect(typeof writer.http).toBe('function');
      expect(writer.sdk !== undefined, language).toBe(sdkTabOf(language) !== undefined);
    },
  );

  it('is what buildSamples writes with, tab by tab', async () => {
    const endpoint = findEndpoint('retrieve-file')!;
    const values = exampleValues(endpoint);
    const model = buildRequest(endpoint, values, { region: 'cn', origin: 'https://playground.example' });
    const samples = buildSamples(endpoint, model, values);
    const input = inputOf(endpoint, model, values, 'non-streaming');
    expect(samples.map((sample) => sample.label)).toEqual(SAMPLE_TABS.map((tab) => tab.label));
    for (const sample of samples) {
      const writer = await loadWriter(sample.language);
      const expected = sample.kind === 'sdk' ? writer.sdk!.write(input) : writer.http(input);
      expect(sample.code, sample.language).toBe(expected);
    }
  });
});
