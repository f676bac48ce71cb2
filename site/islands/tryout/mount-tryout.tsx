import { render } from 'solid-js/web';
import type { TryoutSdk } from '../../../catalog/types';
import { langOfPath } from '../../../lib/i18n/lang';
import { LangContext } from '../lang-context';
import { loadEndpoint } from '../load-endpoint';
import { loadTryoutOptions } from './load-options';
import RealtimeTryout from './RealtimeTryout';
import TryoutPanel from './TryoutPanel';

/** Replaces the static try-out shell in `root` with the live panel of its SDK, in the page's language. */
export async function mountTryout(root: HTMLElement): Promise<void> {
  const sdk = root.dataset.tryout as TryoutSdk;
  // The realtime try-out creates a room: the endpoint's catalog entry comes from its own module, as on its page.
  const endpoint = sdk === 'realtime' ? await loadEndpoint('audio-rooms-create') : undefined;
  const options = sdk === 'realtime' ? undefined : await loadTryoutOptions(sdk);
  // By the path (English at the root, Chinese under /zh/), which every page of the site follows.
  const lang = langOfPath(window.location.pathname);
  root.replaceChildren();
  render(
    () => (
      <LangContext.Provider value={lang}>
        {endpoint ? (
          <RealtimeTryout endpoint={endpoint} />
        ) : (
          options && <TryoutPanel sdk={sdk === 'web-sdk' ? 'web-sdk' : 'chat-sdk'} options={options} />
        )}
      </LangContext.Provider>
    ),
    root,
  );
}
