import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../catalog';
import { loadEndpoint } from '../../site/islands/load-endpoint';

describe('loadEndpoint', () => {
  it('loads every catalog endpoint from its own module', async () => {
    for (const endpoint of ENDPOINTS) {
      const loading = loadEndpoint(endpoint.id);
      expect(loading, endpoint.id).toBeDefined();
      expect(await loading).toBe(endpoint);
    }
  });

  it('knows no endpoint that is not in the catalog', () => {
    expect(loadEndpoint('no-such-endpoint')).toBeUndefined();
    expect(loadEndpoint('index')).toBeUndefined();
  });
});
