import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../catalog';
import { endpointModuleUrl } from '../../site/islands/load-endpoint';

const dist = join(import.meta.dirname, '..', '..', 'dist');

describe('endpointModuleUrl', () => {
  it('names a module for every catalog id, and nothing for ids that could escape /endpoints/', () => {
    for (const endpoint of ENDPOINTS) expect(endpointModuleUrl(endpoint.id)).toBe(`/endpoints/${endpoint.id}.js`);
    for (const bad of ['../index', 'a/b', 'A', '', 'x.js', '-x']) expect(endpointModuleUrl(bad), bad).toBeUndefined();
  });
});

describe.skipIf(!existsSync(join(dist, 'endpoints')))(
  'the published endpoint modules (dist/endpoints, from npm run build)',
  () => {
    it('export each catalog endpoint with the same id, path and example', async () => {
      for (const endpoint of ENDPOINTS) {
        const file = join(dist, endpointModuleUrl(endpoint.id)!);
        expect(existsSync(file), file).toBe(true);
        const published = ((await import(pathToFileURL(file).href)) as { default: typeof endpoint }).default;
        expect(published.id).toBe(endpoint.id);
        expect(published.path).toBe(endpoint.path);
        expect(published.example).toEqual(endpoint.example);
      }
    });
  },
);
