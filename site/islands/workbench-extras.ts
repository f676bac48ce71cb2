// What the playground loads only when it is asked for: a share link opened (#share=…), the Share
// button and the shortcuts that need the form (both arrive as the top bar's command event), and the
// ids of a run Coze accepted. One module behind one import(), so the form's start stays as it was.
import type { RequestSide } from '../../catalog/types';
import { langOfPath } from '../../lib/i18n/lang';
import type { BuildOptions, FormValues, Region } from '../../lib/request-model';
import type { ShareSource } from './share/ShareResult';

/** What the extras need from the live form. */
export interface WorkbenchHooks {
  readonly endpoint: RequestSide;
  values(): FormValues;
  options(): BuildOptions;
  /** The form as a share link's source: values, region and every token the page holds. */
  share(): ShareSource;
  /** Loads values (and a region) into the form, as loading a past run does. */
  load(loaded: { region?: Region; values: FormValues }): void;
  /** Where the Share result and a share link's banner show. */
  slot(name: 'share' | 'banner'): HTMLElement;
}

const lang = () => langOfPath(window.location.pathname);

/** Carries out a command of the top bar (site/islands/shortcuts/keys.ts) or of the Share button. */
export async function command(name: string, hooks: WorkbenchHooks): Promise<void> {
  if (name === 'copy-curl') {
    const { copyCurl } = await import('./shortcuts/copy-curl');
    await copyCurl(hooks.endpoint, hooks.values(), hooks.options());
  } else if (name === 'share') {
    const { showShare } = await import('./share/share-ui');
    showShare(hooks.slot('share'), () => hooks.share(), lang());
  }
}

/** Fills the form from the page's share link and says what it filled (share-ui.tsx). */
export async function openShared(hooks: WorkbenchHooks): Promise<void> {
  const { openShared } = await import('./share/share-ui');
  await openShared(hooks.endpoint.id, (loaded) => hooks.load(loaded), hooks.slot('banner'), lang());
}

export { rememberRun } from './saved-run';
