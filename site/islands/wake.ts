// The only script an endpoint page runs at load: it starts the live playground when someone reaches
// for the static one (pointer over it, focus into it, a tap or a key), or at once when stored
// settings (a token, a region) would change what the form shows. Everything else loads then.

import { langOfPath } from '../../lib/i18n/lang';
import { liveMountUrl } from './live-mount';
import { buttonsOf, type Pending } from './pending';
import { PKCE_PENDING_KEY, REGION_KEY, TOKEN_KEY } from './setting-keys';
import { readStored } from './storage';

const TRIGGERS = ['pointerover', 'focusin', 'touchstart', 'keydown'] as const;

/** Whether stored settings (a token, a region, a PKCE return to finish) make the static form out of date. */
function hasSettings(): boolean {
  return [TOKEN_KEY, REGION_KEY, PKCE_PENDING_KEY].some(
    (key) => readStored('local', key) !== null || readStored('session', key) !== null,
  );
}

/** Wires one static playground (`[data-playground="<endpoint id>"]`) to start live on first use. */
export function wake(root: HTMLElement): void {
  const endpointId = root.dataset.playground ?? '';
  const pending: Pending = {};
  let state: 'static' | 'starting' | 'live' = 'static';

  // Until the live form is in place, a click on a static button is remembered (and replayed on
  // the live one) rather than lost; Ctrl/Cmd+Enter is remembered as a click on Run.
  const hold = (event: Event) => {
    if (state === 'live') return;
    const button = (event.target as Element).closest('button');
    if (!button || !root.contains(button)) return;
    event.preventDefault();
    pending.click = buttonsOf(root).indexOf(button);
  };
  const shortcut = (event: KeyboardEvent) => {
    if (state !== 'live' && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      pending.click = buttonsOf(root).findIndex((b) => b.dataset.testid === 'run');
    }
  };
  root.addEventListener('click', hold, true);
  root.addEventListener('keydown', shortcut, true);

  const start = () => {
    if (state !== 'static') return;
    state = 'starting';
    root.setAttribute('aria-busy', 'true');
    // By URL: the live playground is a bundle of its own (scripts/build-live-playground.mjs), in the page's language.
    (import(/* @vite-ignore */ liveMountUrl(langOfPath(window.location.pathname))) as Promise<typeof import('./mount')>)
      .then((live) => live.mount(root, endpointId, pending))
      .then(
        () => {
          state = 'live';
          root.removeEventListener('click', hold, true);
          root.removeEventListener('keydown', shortcut, true);
          for (const type of TRIGGERS) root.removeEventListener(type, start);
        },
        (error: Error) => {
          // Offline, or a deploy replaced the files: say so, and try again on the next interaction.
          state = 'static';
          root.dataset.failure = `The playground could not start: ${error.message}`;
        },
      )
      .finally(() => root.removeAttribute('aria-busy'));
  };
  // A page opened from "use in…" (#use=…) or a share link (#share=…) fills its form, so it starts live at once too.
  if (hasSettings() || /^#(use|share)=/.test(window.location.hash)) start();
  else for (const type of TRIGGERS) root.addEventListener(type, start, { passive: true });
}
