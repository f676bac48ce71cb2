import { createResource, Show } from 'solid-js';

/**
 * What a Coze code means, after a dash, once the error-code table has loaded: the table is loaded
 * only when there is a code to explain, not with the playground.
 */
export default function CodeMeaning(props: { code: number }) {
  const [meaning] = createResource(
    () => props.code,
    async (code) => (await import('../../lib/coze-error-meaning')).cozeErrorMeaning(code),
  );
  return <Show when={meaning()}>{(text) => <span data-testid="code-meaning"> — {text()}</span>}</Show>;
}
