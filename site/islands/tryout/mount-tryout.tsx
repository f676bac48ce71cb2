import { render } from 'solid-js/web';
import type { TryoutSdk } from '../../../catalog/types';
import { langOfPath } from '../../../lib/i18n/lang';
import { LangContext } from '../lang-context';
import RealtimeTryout from './RealtimeTryout';
import TryoutPanel from './TryoutPanel';

/** Replaces the static try-out shell in `root` with the live panel of its SDK, in the page's language. */
export function mountTryout(root: HTMLElement): void {
  const sdk = root.dataset.tryout as TryoutSdk;
  // By the path (English at the root, Chinese under /zh/), which every page of the site follows.
  const lang = langOfPath(window.location.pathname);
  root.replaceChildren();
  render(
    () => (
      <LangContext.Provider value={lang}>
        {sdk === 'realtime' ? <RealtimeTryout /> : <TryoutPanel sdk={sdk} />}
      </LangContext.Provider>
    ),
    root,
  );
}
