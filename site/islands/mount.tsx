import { render } from 'solid-js/web';
import { documentLang } from './lang-context';
import { loadForPage } from './load-endpoint';
import { readPageHints } from './page-hints';
import { buttonsOf, type Pending } from './pending';
import Playground from './Playground';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const controlsOf = (root: HTMLElement) => Array.from(root.querySelectorAll<Control>('input, select, textarea'));

function edited(control: Control): boolean {
  if (control instanceof HTMLSelectElement)
    return Array.from(control.options).some((o) => o.selected !== o.defaultSelected);
  if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio'))
    return control.checked !== control.defaultChecked;
  if (control instanceof HTMLInputElement && control.type === 'file') return (control.files?.length ?? 0) > 0;
  return control.value !== control.defaultValue;
}

/** Puts one captured edit into the live control and lets its handlers see it, as typing would. */
function replay(target: Control, source: Control): void {
  if (target instanceof HTMLInputElement && source instanceof HTMLInputElement) {
    if (source.type === 'file') target.files = source.files;
    else if (source.type === 'checkbox' || source.type === 'radio') target.checked = source.checked;
    else target.value = source.value;
  } else target.value = source.value;
  target.dispatchEvent(new Event('input', { bubbles: true }));
  target.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Replaces the static playground in `root` with the live one. The endpoint's module loads first, so
 * the swap and the replay of what the user already typed happen in one task: nothing flickers, no
 * keystroke is lost, and the focused field keeps focus and caret. Both copies are rendered by the
 * same components from the same state, so controls correspond by position (or id).
 */
export async function mount(root: HTMLElement, endpointId: string, pending: Pending): Promise<void> {
  const lang = documentLang();
  const loading = loadForPage(endpointId, lang);
  if (!loading) throw new Error(`No endpoint ${endpointId} in the catalog.`);
  const { endpoint, prose } = await loading;
  const before = controlsOf(root);
  const edits = before.flatMap((control, index) => (edited(control) ? [{ control, index }] : []));
  const active = document.activeElement as Control | null;
  const focused = active && root.contains(active) ? before.indexOf(active) : -1;
  const caret =
    active && 'selectionStart' in active && typeof active.selectionStart === 'number'
      ? [active.selectionStart, active.selectionEnd ?? active.selectionStart]
      : undefined;
  const opened = Array.from(root.querySelectorAll('details'), (details) => details.open);
  root.replaceChildren();
  const hints = readPageHints(root.dataset.sandboxHints);
  render(() => <Playground endpoint={endpoint} lang={lang} prose={prose} hints={hints} />, root);
  const after = controlsOf(root);
  const find = (source: Control, index: number) =>
    (source.id ? (document.getElementById(source.id) as Control | null) : null) ?? after[index];
  for (const { control, index } of edits) {
    const target = find(control, index);
    if (target) replay(target, control);
  }
  root.querySelectorAll('details').forEach((details, index) => (details.open = opened[index] ?? details.open));
  if (focused >= 0) {
    const target = find(before[focused]!, focused);
    target?.focus();
    if (caret && target && 'setSelectionRange' in target) {
      try {
        target.setSelectionRange(caret[0]!, caret[1]!);
      } catch {
        // Inputs such as number and email have no caret to restore.
      }
    }
  }
  if (pending.click !== undefined) buttonsOf(root)[pending.click]?.click();
}
