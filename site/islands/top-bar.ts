// The top bar's behaviour on every page, kept small because every page runs it at load: the theme
// switch, the Search button, and the keyboard shortcuts (keys.ts). The palette, the shortcut sheet
// and the playground's commands load only when asked for.
import { PLAYGROUND_COMMAND, shortcutOf, type ShortcutAction } from './shortcuts/keys';
import { THEME_KEY, applyTheme, type Theme } from './theme';

const openPalette = () => import('./palette/palette').then((palette) => palette.openPalette());

/** Runs `act` once the live playground is in place, starting it (as focus would) if it is still static. */
function whenLive(act: () => void): void {
  const root = document.querySelector<HTMLElement>('[data-playground]');
  if (!root) return;
  if (root.querySelector('[data-ready="true"]')) return act();
  root.dispatchEvent(new FocusEvent('focusin'));
  const observer = new MutationObserver(() => {
    if (!root.querySelector('[data-ready="true"]')) return;
    observer.disconnect();
    act();
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true });
}

const command = (name: string) => () => window.dispatchEvent(new CustomEvent(PLAYGROUND_COMMAND, { detail: name }));

const ACTIONS: Record<ShortcutAction, (event: KeyboardEvent) => boolean> = {
  search: () => (void openPalette(), true),
  help: () => (void import('./shortcuts/sheet').then((sheet) => sheet.openShortcutSheet()), true),
  // Inside the playground its own handler runs the form; from elsewhere on the page, the same Run.
  run: (event) => {
    const run = document.querySelector<HTMLButtonElement>('[data-testid="run"]');
    if (!run || (event.target as Element).closest?.('[data-playground]')) return false;
    run.click();
    return true;
  },
  stop: () => {
    const stop = document.querySelector<HTMLButtonElement>('[data-testid="stop"]');
    if (!stop || document.querySelector('dialog[open]')) return false;
    stop.click();
    return true;
  },
  'copy-curl': () => (whenLive(command('copy-curl')), true),
  'focus-form': () => {
    whenLive(() =>
      document
        .querySelector<HTMLElement>('#pg-form-title ~ * :is(input, select, textarea):not([type="hidden"])')
        ?.focus(),
    );
    return true;
  },
  'open-history': () => {
    whenLive(() => {
      const panel = document.querySelector<HTMLElement>('[data-testid="history"], [data-testid="history-placeholder"]');
      panel?.scrollIntoView({ block: 'start' });
      panel?.dispatchEvent(new Event('click'));
      panel?.querySelector<HTMLElement>('h3')?.setAttribute('tabindex', '-1');
      (panel?.querySelector<HTMLElement>('h3') ?? panel)?.focus();
    });
    return true;
  },
};

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented) return;
  const action = shortcutOf(event);
  if (action && ACTIONS[action](event)) event.preventDefault();
});

// A control that names a playground command (the Share button) sends it, as a shortcut does.
document.addEventListener('click', (event) => {
  const control = (event.target as Element).closest?.<HTMLElement>('[data-command]');
  if (control?.dataset.command && !event.defaultPrevented) command(control.dataset.command)();
});

// An id field offers the ids used before (saved-ids.ts) from the moment it is focused.
document.addEventListener('focusin', (event) => {
  const input = event.target;
  if (input instanceof HTMLInputElement && input.list?.id.endsWith('-saved'))
    void import('./saved-id-offer').then((offer) => offer.offerSavedIds(input));
});

const search = document.querySelector<HTMLButtonElement>('[data-testid="search-button"]');
if (search) {
  search.hidden = false;
  search.addEventListener('click', () => void openPalette());
  // Pointing at the button or focusing it fetches the palette and its index ahead of the click.
  const warm = () => void import('./palette/palette').then((palette) => palette.loadIndex().catch(() => {}));
  search.addEventListener('pointerenter', warm, { once: true });
  search.addEventListener('focus', warm, { once: true });
}

const themeSelect = document.querySelector<HTMLSelectElement>('[data-testid="theme-select"]');
if (themeSelect) {
  themeSelect.parentElement!.hidden = false;
  themeSelect.value = document.documentElement.dataset.theme ?? 'system';
  themeSelect.addEventListener('change', () => {
    const theme = themeSelect.value as Theme;
    applyTheme(theme);
    try {
      if (theme === 'system') localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, theme);
    } catch {
      // Storage off: the choice holds for this page.
    }
  });
}
