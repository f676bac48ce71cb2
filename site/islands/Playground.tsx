import { createSignal, onMount, Show } from 'solid-js';
import type { Endpoint } from '../../catalog/types';
import { loadEndpoint } from './load-endpoint';
import Workbench from './Workbench';
import './playground.css';

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
        {(loaded) => (
          <Show
            when={loaded().responseKind !== 'websocket'}
            fallback={
              <p class="pg-panel" data-testid="websocket-note">
                This is a WebSocket API: a client connects to <code>wss://ws.coze.cn{loaded().path}</code> (or{' '}
                <code>ws.coze.com</code>) with its token and exchanges events. The playground relays HTTP calls only, so
                it cannot run this one.
              </p>
            }
          >
            <Workbench endpoint={loaded()} />
          </Show>
        )}
      </Show>
    </div>
  );
}
