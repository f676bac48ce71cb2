import { Show, createResource } from 'solid-js';
import { findEndpoint } from '../../catalog/index';

/** The interactive part of an endpoint page: form, run, response, history and samples. */
export default function Playground(props: { endpointId: string }) {
  const [endpoint] = createResource(() => props.endpointId, async (id) => findEndpoint(id));
  return (
    <section class="playground" data-testid="playground">
      <Show when={endpoint()} fallback={<p>Loading playground…</p>}>
        {(e) => (
          <p>
            {e().method} {e().path}
          </p>
        )}
      </Show>
    </section>
  );
}
