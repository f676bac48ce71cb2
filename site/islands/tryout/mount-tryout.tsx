import { render } from 'solid-js/web';
import type { TryoutSdk } from '../../../catalog/types';
import { langOfPath } from '../../../lib/i18n/lang';
import { LangContext } from '../lang-context';
import { loadEndpoint } from '../load-endpoint';
import { loadTryoutOptions } from './load-options';

/**
 * Replaces the static try-out shell in `root` with the live panel of its SDK, in the page's language.
 * Each panel is its own chunk: the realtime page does not load the widget try-out's code, nor the
 * other way round.
 */
export async function mountTryout(root: HTMLElement): Promise<void> {
  const sdk = root.dataset.tryout as TryoutSdk;
  // By the path (English at the root, Chinese under /zh/), which every page of the site follows.
  const lang = langOfPath(window.location.pathname);
  if (sdk === 'realtime') {
    // The room is created with the endpoint's catalog entry, from its own module, as on its page.
    const [endpoint, { default: RealtimeTryout }] = await Promise.all([
      loadEndpoint('audio-rooms-create'),
      import('./RealtimeTryout'),
    ]);
    if (!endpoint) throw new Error('No audio-rooms-create endpoint in the catalog.');
    root.replaceChildren();
    render(
      () => <LangContext.Provider value={lang}>{<RealtimeTryout endpoint={endpoint} />}</LangContext.Provider>,
      root,
    );
    return;
  }
  const which = sdk === 'web-sdk' ? 'web-sdk' : 'chat-sdk';
  const [options, { default: TryoutPanel }] = await Promise.all([loadTryoutOptions(which), import('./TryoutPanel')]);
  root.replaceChildren();
  render(
    () => <LangContext.Provider value={lang}>{<TryoutPanel sdk={which} options={options} />}</LangContext.Provider>,
    root,
  );
}
