import { createSignal, onMount, Show } from 'solid-js';
import type { Endpoint } from '../../catalog/types';
import Workbench from './Workbench';
import './playground.css';

// One lazily loaded chunk per endpoint: a page ships only its own endpoint's schemas, not the catalog.
const ENDPOINT_MODULES = import.meta.glob<Endpoint>('../../catalog/endpoints/*/*.ts', { import: 'default' });

/** Loads the catalog entry for an endpoint id from its own module. */
function loadEndpoint(id: string): Promise<Endpoint> | undefined {
  const path = Object.keys(ENDPOINT_MODULES).find((key) => key.endsWith(`/${id}.ts`));
  return path ? ENDPOINT_MODULES[path]!() : undefined;
}

/**
 * The interactive part of an endpoint page: token and region, the request form, Run, the response,
 * history and samples. The page passes only the endpoint id; the schemas load in the browser.
 */
export default function Playground(props: { endpointId: string }) {
  const [endpoint, setEndpoint] = createSignal<Endpoint>();
  const [failure, setFailure] = createSignal('');
  onMount(() => {
    const loading = loadEndpoint(props.endpointId);
    if (!loading) {
      setFailure(`No endpoint ${props.endpointId} in the catalog.`);
      return;
    }
    loading.then(setEndpoint, (error: Error) => setFailure(`The playground could not load: ${error.message}`));
  });
  return (
    <div class="pg" data-testid="playground" data-ready={endpoint() ? 'true' : 'false'}>
      <Show when={endpoint()} fallback={<p class="pg-muted">{failure() || 'Loading the playground…'}</p>}>
        {(loaded) => <Workbench endpoint={loaded()} />}
      </Show>
    </div>
  );
}
