import { render } from 'solid-js/web';
import { documentLang, LangContext } from '../lang-context';
import { loadEndpoint } from '../load-endpoint';
import SessionPanel from './SessionPanel';
import type { UpstreamEvent } from './upstream-events';

/** Replaces the static live-session shell in `root` with the live panel for its endpoint and its events. */
export async function mountSession(root: HTMLElement): Promise<void> {
  const endpoint = await loadEndpoint(root.dataset.realtime ?? '');
  if (!endpoint) throw new Error(`No endpoint ${root.dataset.realtime} in the catalog.`);
  const events = JSON.parse(root.dataset.events ?? '[]') as UpstreamEvent[];
  root.replaceChildren();
  // The panel and the history inside it speak the page's language.
  render(
    () => (
      <LangContext.Provider value={documentLang()}>
        <SessionPanel endpoint={endpoint} events={events} />
      </LangContext.Provider>
    ),
    root,
  );
}
