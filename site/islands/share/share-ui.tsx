// The share UI that loads on demand: the result of a Share click, and the banner of a page opened
// from a share link. Each renders into a slot its caller keeps in the page, so the playground's
// start carries only a button and an empty slot.
import { render } from 'solid-js/web';
import type { Lang } from '../../../lib/i18n/lang';
import type { FormValues, Region } from '../../../lib/request-model';
import { LangContext } from '../lang-context';
import ShareBanner from './ShareBanner';
import ShareResult, { type ShareSource } from './ShareResult';
import { decodeShared, filledFields, SHARE_PREFIX } from './share-link';
import type { ShareOutcome } from './ShareBanner';

const disposers = new WeakMap<HTMLElement, () => void>();

function show(slot: HTMLElement, lang: Lang, view: () => import('solid-js').JSX.Element): void {
  disposers.get(slot)?.();
  slot.replaceChildren();
  disposers.set(
    slot,
    render(() => <LangContext.Provider value={lang}>{view()}</LangContext.Provider>, slot),
  );
}

/** Makes a share link of `source` now, copies it and shows it in `slot` (again on each click). */
export function showShare(slot: HTMLElement, source: () => Promise<ShareSource> | ShareSource, lang: Lang): void {
  show(slot, lang, () => <ShareResult source={source} />);
}

/**
 * Reads the page's `#share=` fragment: loads its values into the form when the link is whole and
 * for this endpoint, says in `slot` what it filled (or why not), and drops the fragment. Runs nothing.
 */
export async function openShared(
  endpointId: string,
  load: (loaded: { region?: Region; values: FormValues }) => void,
  slot: HTMLElement,
  lang: Lang,
): Promise<void> {
  const hash = window.location.hash;
  if (!hash.startsWith(SHARE_PREFIX)) return;
  const state = await decodeShared(hash);
  let outcome: ShareOutcome;
  if (!state) outcome = { kind: 'damaged' };
  else if (state.endpointId !== endpointId) outcome = { kind: 'wrong-page' };
  else {
    load({ ...(state.region ? { region: state.region } : {}), values: state.values });
    outcome = {
      kind: 'filled',
      ...(state.region ? { region: state.region } : {}),
      filled: filledFields(state.values),
      omitted: state.omitted ?? [],
    };
  }
  history.replaceState(null, '', window.location.pathname + window.location.search);
  show(slot, lang, () => <ShareBanner outcome={outcome} onDismiss={() => show(slot, lang, () => null)} />);
}
