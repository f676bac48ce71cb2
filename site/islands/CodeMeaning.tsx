import { createResource, Show } from 'solid-js';
import { useLang } from './lang-context';

/** The error-code table's Chinese, loaded with it on a Chinese page only (the reference pages' bucket). */
async function chineseProse(): Promise<(english: string) => string> {
  const { PAGES_REFERENCE } = await import('../../catalog/zh/pages-reference');
  const texts = new Map(PAGES_REFERENCE);
  return (english) => texts.get(english) ?? english;
}

/**
 * What a Coze code means, after a dash, once the error-code table has loaded: the table is loaded
 * only when there is a code to explain, not with the playground. The code and Coze's `msg` stay as
 * Coze sent them; this explanation is the page's own, so it reads in the page's language.
 */
export default function CodeMeaning(props: { code: number }) {
  const lang = useLang();
  const [meaning] = createResource(
    () => props.code,
    async (code) => {
      const [table, prose] = await Promise.all([
        import('../../lib/coze-error-meaning'),
        lang === 'zh' ? chineseProse() : undefined,
      ]);
      return table.cozeErrorMeaning(code, prose);
    },
  );
  return <Show when={meaning()}>{(text) => <span data-testid="code-meaning"> — {text()}</span>}</Show>;
}
