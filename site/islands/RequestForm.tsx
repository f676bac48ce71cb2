import { For, Show } from 'solid-js';
import type { RequestSide, ParamLocation } from '../../catalog/types';
import { fieldsOf } from '../../lib/schema-fields';
import Field from './Field';
import JsonInput from './JsonInput';
import { useForm } from './form-context';
import type { Texts } from '../../lib/i18n/lang';
import { useTexts } from './lang-context';

const TEXTS: Texts<{
  titles: Record<ParamLocation, string>;
  notObject: string;
  none: string;
  bodyJson: string;
  bodyJsonHelp: string;
}> = {
  en: {
    titles: { path: 'Path', query: 'Query', headers: 'Headers', body: 'Body' },
    notObject: 'The body must be a JSON object',
    none: 'This endpoint takes no parameters.',
    bodyJson: 'Body as JSON',
    bodyJsonHelp:
      'Edits here fill the fields above and the other way round; text that is not a JSON object leaves the fields as they are.',
  },
  zh: {
    titles: { path: '路径参数', query: '查询参数', headers: '请求头', body: '请求体' },
    notObject: '请求体必须是 JSON 对象',
    none: '该接口没有参数。',
    bodyJson: '以 JSON 编辑请求体',
    bodyJsonHelp: '在这里编辑会同步填入上方字段，反之亦然；不是 JSON 对象的文本不会改动字段。',
  },
};
const LOCATIONS: readonly ParamLocation[] = ['path', 'query', 'headers', 'body'];

function objectOnly(value: unknown, message: string): string | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? undefined : message;
}

/** The request form, generated from the endpoint's parameter schemas, with a raw JSON view of the body. */
export default function RequestForm(props: { endpoint: RequestSide }) {
  const form = useForm();
  const t = useTexts(TEXTS);
  const sections = () =>
    LOCATIONS.map((location) => ({ location, fields: fieldsOf(props.endpoint.params[location]) })).filter(
      (section) => section.fields.length > 0,
    );
  return (
    <div class="pg-form" data-testid="request-form">
      <Show when={sections().length > 0} fallback={<p class="pg-muted">{t.none}</p>}>
        <For each={sections()}>
          {(section) => (
            <fieldset class="pg-location" data-testid={`form-${section.location}`}>
              <legend>{t.titles[section.location]}</legend>
              <For each={section.fields}>
                {(field) => <Field field={field} segments={[section.location, field.name]} />}
              </For>
              <Show when={section.location === 'body' && props.endpoint.bodyKind === 'json'}>
                <details class="pg-raw" data-testid="body-json">
                  <summary>{t.bodyJson}</summary>
                  <label class="sr-only" for="pg-body-json">
                    {t.bodyJson}
                  </label>
                  <JsonInput
                    id="pg-body-json"
                    name="body-json"
                    required={false}
                    aria-invalid={false}
                    aria-describedby="pg-body-json-help"
                    rows={10}
                    value={form.value(['body'])}
                    check={(value) => objectOnly(value, t.notObject)}
                    onChange={(value) => form.set(['body'], value ?? {})}
                  />
                  <p class="pg-muted" id="pg-body-json-help">
                    {t.bodyJsonHelp}
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
