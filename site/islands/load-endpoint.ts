import type { Endpoint } from '../../catalog/types';

// One lazily loaded chunk per endpoint: a page ships only its own endpoint's schemas, not the
// catalog. Keys are `./<group>/<id>.ts`; each file's name is its endpoint id.
const MODULES = import.meta.glob<Endpoint>(['./*/*.ts', '!./*/index.ts'], {
  base: '../../catalog/endpoints',
  import: 'default',
});

/** Loads the catalog entry of an endpoint from its own module, or undefined for an unknown id. */
export function loadEndpoint(id: string): Promise<Endpoint> | undefined {
  const key = Object.keys(MODULES).find((path) => path.endsWith(`/${id}.ts`));
  return key ? MODULES[key]!() : undefined;
}
