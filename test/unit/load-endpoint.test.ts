import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../catalog';
import type { Endpoint, RequestSide } from '../../catalog/types';
import { ZH_TEXTS } from '../../catalog/zh';
import { catalogTexts } from '../../lib/i18n/catalog-texts';
import { exampleValues } from '../../lib/request-model';
import { validateRequest } from '../../lib/validate-request';
import { endpointModuleUrl } from '../../site/islands/load-endpoint';

const dist = join(import.meta.dirname, '..', '..', 'dist');

describe('endpointModuleUrl', () => {
  it('names a module for every catalog id, and nothing for ids that could escape /endpoints/', () => {
    for (const endpoint of ENDPOINTS) expect(endpointModuleUrl(endpoint.id)).toBe(`/endpoints/${endpoint.id}.js`);
    for (const bad of ['../index', 'a/b', 'A', '', 'x.js', '-x']) expect(endpointModuleUrl(bad), bad).toBeUndefined();
  });

  it('names the Chinese copy for a Chinese page', () => {
    expect(endpointModuleUrl('create-chat', 'zh')).toBe('/endpoints/zh/create-chat.js');
    expect(endpointModuleUrl('../x', 'zh')).toBeUndefined();
  });
});

/** The texts a live form shows (its parameters'), as catalog-texts reads them, shown through `prose`. */
function formTexts(endpoint: RequestSide, prose: (text: string) => string = (text) => text): string[] {
  const side = { ...endpoint, description: '', notes: [], response: undefined, streaming: undefined };
  return catalogTexts([side as unknown as Endpoint], []).map(({ en }) => prose(en));
}

type Published = { default: RequestSide; prose?: [string, string][] };
const load = async (id: string, lang: 'en' | 'zh') =>
  (await import(pathToFileURL(join(dist, endpointModuleUrl(id, lang)!)).href)) as Published;

describe.skipIf(!existsSync(join(dist, 'endpoints')))(
  'the published endpoint modules (dist/endpoints, from npm run build)',
  () => {
    it('export the request side of each catalog endpoint: its request as the catalog has it, no response', async () => {
      for (const endpoint of ENDPOINTS) {
        const published = (await load(endpoint.id, 'en')).default;
        expect(published.id).toBe(endpoint.id);
        expect(published.path).toBe(endpoint.path);
        expect(published.example).toEqual(endpoint.example);
        expect(formTexts(published), endpoint.id).toEqual(formTexts(endpoint));
        expect(validateRequest(published, exampleValues(published)), endpoint.id).toEqual(
          validateRequest(endpoint, exampleValues(endpoint)),
        );
        expect(published.streaming?.assemble).toBe(endpoint.streaming?.assemble);
        expect(Object.keys(published), endpoint.id).not.toEqual(
          expect.arrayContaining([expect.stringMatching(/^(response|description|notes)$/)]),
        );
        expect(published.streaming && 'events' in published.streaming, endpoint.id).toBeFalsy();
      }
    });

    it('have Chinese copies that show every form text with a translation in Chinese, and only one set of texts', async () => {
      for (const endpoint of ENDPOINTS) {
        const { default: published, prose = [] } = await load(endpoint.id, 'zh');
        expect(published.example).toEqual(endpoint.example);
        const pairs = new Map(prose);
        const expected = formTexts(endpoint).map((english) => ZH_TEXTS.get(english) ?? english);
        expect(
          formTexts(published, (text) => pairs.get(text) ?? text),
          endpoint.id,
        ).toEqual(expected);
        // The pairs are only what could not be put in place: never the whole form's texts again.
        expect(prose.length, endpoint.id).toBeLessThanOrEqual(1);
      }
    });
  },
);
