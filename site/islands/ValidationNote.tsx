import { For } from 'solid-js';
import type { FieldIssue } from '../../lib/api-error';
import type { Texts } from '../../lib/i18n/lang';
import { useTexts } from './lang-context';

const TEXTS: Texts<{ found: string; more: (n: number) => string }> = {
  en: {
    found:
      "The playground's reading of the docs finds problems with this request. It was sent anyway: the answer is the upstream's judgement.",
    more: (n) => `…and ${n} more.`,
  },
  zh: {
    found: '按调试台对文档的理解，这个请求有问题。它仍然被发送了：响应代表上游的判断。',
    more: (n) => `……另有 ${n} 项。`,
  },
};

/**
 * What the catalog's schema found wrong with a request the relay sent anyway: the schema is our
 * reading of the docs, and the answer shown is Coze's (or the sandbox's) judgement.
 */
export default function ValidationNote(props: { issues: readonly FieldIssue[]; omitted?: number }) {
  const t = useTexts(TEXTS);
  return (
    <div class="pg-status pg-status-incomplete" data-testid="validation-note">
      <p>{t.found}</p>
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
      {props.omitted ? <p class="pg-muted">{t.more(props.omitted)}</p> : null}
    </div>
  );
}
