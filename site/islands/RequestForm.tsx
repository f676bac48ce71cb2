import { For, Show } from 'solid-js';
import type { Endpoint, ParamLocation } from '../../catalog/types';
import { fieldsOf } from '../../lib/schema-fields';
import Field from './Field';
import JsonInput from './JsonInput';
import { useForm } from './form-context';

const TITLES: Record<ParamLocation, string> = { path: 'Path', query: 'Query', headers: 'Headers', body: 'Body' };
const LOCATIONS: readonly ParamLocation[] = ['path', 'query', 'headers', 'body'];

function objectOnly(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? undefined
    : 'The body must be a JSON object';
}

/** The request form, generated from the endpoint's parameter schemas, with a raw JSON view of the body. */
export default function RequestForm(props: { endpoint: Endpoint }) {
  const form = useForm();
  const sections = () =>
    LOCATIONS.map((location) => ({ location, fields: fieldsOf(props.endpoint.params[location]) })).filter(
      (section) => section.fields.length > 0,
    );
  return (
    <div class="pg-form" data-testid="request-form">
      <Show when={sections().length > 0} fallback={<p class="pg-muted">This endpoint takes no parameters.</p>}>
        <For each={sections()}>
          {(section) => (
            <fieldset class="pg-location" data-testid={`form-${section.location}`}>
              <legend>{TITLES[section.location]}</legend>
              <For each={section.fields}>
                {(field) => <Field field={field} segments={[section.location, field.name]} />}
              </For>
              <Show when={section.location === 'body' && props.endpoint.bodyKind === 'json'}>
                <details class="pg-raw" data-testid="body-json">
                  <summary>Body as JSON</summary>
                  <label class="sr-only" for="pg-body-json">
                    Body as JSON
                  </label>
                  <JsonInput
                    id="pg-body-json"
                    name="body-json"
                    required={false}
                    aria-invalid={false}
                    aria-describedby="pg-body-json-help"
                    rows={10}
                    value={form.value(['body'])}
                    check={objectOnly}
                    onChange={(value) => form.set(['body'], value ?? {})}
                  />
                  <p class="pg-muted" id="pg-body-json-help">
                    Edits here fill the fields above and the other way round; text that is not a JSON object leaves the
                    fields as they are.
                  </p>
                </details>
              </Show>
            </fieldset>
          )}
        </For>
      </Show>
    </div>
  );
}
