import { batch, createMemo, createSignal, For, Show, type Accessor, type JSX } from 'solid-js';
import * as v from 'valibot';
import type { AnySchema } from '../../../catalog/types';
import { getIn, removeIn, setIn, type Region, type Segment } from '../../../lib/request-model';
import { fieldsOf } from '../../../lib/schema-fields';
import { pruneOptions } from '../../../lib/tryout/embed-code';
import Field from '../Field';
import { FormContext, fieldKey, type FormApi } from '../form-context';

/** The root segment of every option's path: controls are named `options.config.bot_id`. */
const ROOT = 'options';

/** An SDK's options as a form edits them: the values, their problems, and whether a run was tried. */
export interface OptionsState {
  /** The options with empty fields left out, as the SDK and the embed code get them. */
  readonly options: Accessor<Record<string, unknown>>;
  /** Problems by dotted path under `options`, from the schema. */
  readonly issues: Accessor<readonly { readonly key: string; readonly message: string }[]>;
  /** Shows every problem, as a run attempt does. */
  attempt(): void;
  readonly form: FormApi;
}

/** The dotted key a valibot issue names, under the form's root. */
function issueKey(issue: v.BaseIssue<unknown>): string {
  return [ROOT, ...(issue.path ?? []).map((item) => String(item.key))].join('.');
}

/**
 * The state of an options form over `schema`, started from `initial`: one schema gives the form,
 * its validation and (through the caller) the embed code.
 */
export function createOptionsState(
  schema: AnySchema,
  initial: Record<string, unknown>,
  connection: () => { readonly region: Region; readonly origin: string; readonly token?: string },
): OptionsState {
  const [values, setValues] = createSignal<Record<string, unknown>>({ [ROOT]: initial });
  const [touched, setTouched] = createSignal<string[]>([]);
  const [attempted, setAttempted] = createSignal(false);
  const options = createMemo(() => (pruneOptions(values()[ROOT]) ?? {}) as Record<string, unknown>);
  const issues = createMemo(() => {
    const result = v.safeParse(schema, options());
    return result.success ? [] : result.issues.map((issue) => ({ key: issueKey(issue), message: issue.message }));
  });
  const shown = (key: string) =>
    attempted() || touched().some((prefix) => key === prefix || key.startsWith(`${prefix}.`));
  const form: FormApi = {
    value: (segments) => getIn(values(), segments),
    set(segments, value, touch = true) {
      batch(() => {
        setValues((current) => setIn(current, segments as Segment[], value));
        if (touch) setTouched((keys) => (keys.includes(fieldKey(segments)) ? keys : [...keys, fieldKey(segments)]));
      });
    },
    remove(segments) {
      setValues((current) => removeIn(current, segments as Segment[]));
    },
    message(segments) {
      const key = fieldKey(segments);
      const issue = issues().find((candidate) => candidate.key === key);
      return issue && shown(key) ? issue.message : undefined;
    },
    connection,
  };
  return { options, issues, attempt: () => setAttempted(true), form };
}

/** The form of an SDK's options, one field per option of the schema (nested ones in their groups). */
export function OptionsForm(props: { schema: AnySchema; state: OptionsState; legend: string; children?: JSX.Element }) {
  const fields = () => fieldsOf(props.schema);
  return (
    <FormContext.Provider value={props.state.form}>
      <fieldset class="pg-location tryout-options" data-testid="tryout-options">
        <legend>{props.legend}</legend>
        <For each={fields()}>{(field) => <Field field={field} segments={[ROOT, field.name]} />}</For>
        {props.children}
      </fieldset>
    </FormContext.Provider>
  );
}

/** What stops a Run: a problem from the run itself, then the options that fail their schema. */
export function OptionsProblems(props: {
  problem: string;
  issues: readonly { readonly key: string; readonly message: string }[];
  fix: string;
}) {
  return (
    <>
      <Show when={props.problem}>
        <p class="pg-error" role="alert" data-testid="tryout-problem">
          {props.problem}
        </p>
      </Show>
      <Show when={props.issues.length > 0}>
        <div class="pg-error" role="alert" data-testid="tryout-issues">
          {props.fix}
          <ul>
            <For each={props.issues}>
              {(issue) => (
                <li>
                  <code>{issue.key.replace(/^options\./, '')}</code>: {issue.message}
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
    </>
  );
}
