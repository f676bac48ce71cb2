import { For } from 'solid-js';
import type { FieldIssue } from '../../lib/api-error';

/**
 * What the catalog's schema found wrong with a request the relay sent anyway: the schema is our
 * reading of the docs, and the answer shown is Coze's (or the sandbox's) judgement.
 */
export default function ValidationNote(props: { issues: readonly FieldIssue[]; omitted?: number }) {
  return (
    <div class="pg-status pg-status-incomplete" data-testid="validation-note">
      <p>
        The playground's reading of the docs finds problems with this request. It was sent anyway: the answer is the
        upstream's judgement.
      </p>
      <ul>
        <For each={props.issues}>
          {(issue) => (
            <li>
              <code>
                {issue.location}
                {issue.path ? `.${issue.path}` : ''}
              </code>
              : {issue.message}
            </li>
          )}
        </For>
      </ul>
      {props.omitted ? <p class="pg-muted">…and {props.omitted} more.</p> : null}
    </div>
  );
}
