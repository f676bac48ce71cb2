import { For, Match, Show, Switch } from 'solid-js';
import { idFieldOf } from './use-in';
import UseIn from './UseIn';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Containers deeper than this start closed, so a large body opens to its outline. */
const OPEN_DEPTH = 2;

function entriesOf(value: Json[] | { [key: string]: Json }): [string, Json][] {
  return Array.isArray(value) ? value.map((item, index) => [String(index), item]) : Object.entries(value);
}

function Scalar(props: { value: Json }) {
  return (
    <span class={`pg-json-${props.value === null ? 'null' : typeof props.value}`}>{JSON.stringify(props.value)}</span>
  );
}

/** One JSON value, pretty-printed; objects and arrays fold with <details>. */
export default function JsonTree(props: { value: unknown; name?: string; depth?: number }) {
  const depth = () => props.depth ?? 0;
  const label = () => (props.name === undefined ? '' : `${props.name}: `);
  return (
    <Switch
      fallback={
        <div class="pg-json-line">
          {label()}
          <Scalar value={props.value as Json} />
          <Show
            when={
              idFieldOf(props.name) &&
              (typeof props.value === 'string' || typeof props.value === 'number') &&
              String(props.value) !== '' &&
              String(props.value) !== '0'
            }
          >
            <UseIn field={idFieldOf(props.name)!} value={String(props.value)} />
          </Show>
        </div>
      }
    >
      <Match when={typeof props.value === 'object' && props.value !== null && (props.value as object)}>
        {(container) => {
          const open = Array.isArray(container()) ? '[' : '{';
          const close = Array.isArray(container()) ? ']' : '}';
          const entries = () => entriesOf(container() as Json[]);
          return (
            <details class="pg-json" open={depth() < OPEN_DEPTH}>
              <summary>
                {label()}
                {open}
                <span class="pg-muted">
                  {' '}
                  {entries().length} {Array.isArray(container()) ? 'items' : 'keys'}{' '}
                </span>
                {close}
              </summary>
              <div class="pg-json-body">
                <For each={entries()}>
                  {([key, value]) => (
                    <JsonTree
                      value={value}
                      name={Array.isArray(container()) ? key : JSON.stringify(key)}
                      depth={depth() + 1}
                    />
                  )}
                </For>
              </div>
            </details>
          );
        }}
      </Match>
    </Switch>
  );
}
