// The keyboard shortcuts of every page, in one table: the top bar's listener matches keys with it,
// and the `?` sheet lists it. Letters go with Alt+Shift (matched by physical key, since Alt changes
// the character on a Mac), so typing never fires one; `/` and `?` act only outside a text field.

/** What a shortcut does. */
export type ShortcutAction = 'search' | 'run' | 'stop' | 'copy-curl' | 'focus-form' | 'open-history' | 'help';

/** The actions only the live playground can carry out, sent to it as a `playground:command` event. */
export const PLAYGROUND_COMMAND = 'playground:command';

/** Whether the key event is typing into a field, where plain keys must type. */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  // A field in a dialog that has just closed still has focus until the close event moves it.
  return (
    !!target &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) &&
    !target.closest('dialog:not([open])')
  );
}

/** The action a key event asks for, or undefined. */
export function shortcutOf(event: KeyboardEvent): ShortcutAction | undefined {
  const mod = event.ctrlKey || event.metaKey;
  if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') return 'search';
  if (mod && event.key === 'Enter') return 'run';
  if (event.altKey && event.shiftKey && !mod) {
    if (event.code === 'KeyC') return 'copy-curl';
    if (event.code === 'KeyF') return 'focus-form';
    if (event.code === 'KeyH') return 'open-history';
  }
  if (event.key === 'Escape') return 'stop';
  if (mod || event.altKey || isTyping(event)) return undefined;
  if (event.key === '/') return 'search';
  if (event.key === '?') return 'help';
  return undefined;
}
