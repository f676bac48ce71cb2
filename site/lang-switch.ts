import type { Lang } from '../lib/i18n/lang';
import { LANG_COOKIE } from '../lib/i18n/lang-cookie';

/** Where a filled form waits while the page switches language (per tab, per endpoint). */
export const CARRY_PREFIX = 'carry-form:';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** One control's value, found again on the twin page by id, else by position. */
export interface CarriedControl {
  readonly id: string;
  readonly index: number;
  readonly value: string;
  readonly checked?: boolean;
}

/** Remembers the reader's choice for a year; an explicit choice always beats the browser's language. */
export function rememberLang(lang: Lang): void {
  document.cookie = `${LANG_COOKIE}=${lang}; path=/; max-age=31536000; samesite=lax`;
}

// The token has its own storage (connection.ts) and a file cannot be carried at all.
const carried = (control: Control) =>
  !(control instanceof HTMLInputElement && (control.type === 'password' || control.type === 'file'));

function edited(control: Control): boolean {
  if (control instanceof HTMLSelectElement)
    return Array.from(control.options).some((o) => o.selected !== o.defaultSelected);
  if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio'))
    return control.checked !== control.defaultChecked;
  return control.value !== control.defaultValue;
}

const controlsOf = (root: Element) => Array.from(root.querySelectorAll<Control>('input, select, textarea'));

/** The edited controls of a playground root, as data. */
export function snapshotForm(root: Element): CarriedControl[] {
  return controlsOf(root).flatMap((control, index) =>
    carried(control) && edited(control)
      ? [
          {
            id: control.id,
            index,
            value: control.value,
            ...(control instanceof HTMLInputElement && { checked: control.checked }),
          },
        ]
      : [],
  );
}

/** Puts a snapshot into a (static) playground root; returns how many controls took a value. */
export function applySnapshot(root: Element, snapshot: readonly CarriedControl[]): number {
  const controls = controlsOf(root);
  let applied = 0;
  for (const entry of snapshot) {
    const byId = entry.id ? root.ownerDocument.getElementById(entry.id) : null;
    const target = (byId && root.contains(byId) ? (byId as Control) : undefined) ?? controls[entry.index];
    if (!target || !carried(target)) continue;
    if (target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio'))
      target.checked = entry.checked ?? false;
    else target.value = entry.value;
    applied += 1;
  }
  return applied;
}

/** Before leaving for the twin page: keeps each playground's edits in sessionStorage by endpoint id. */
export function carryForm(doc: Document): void {
  for (const root of doc.querySelectorAll<HTMLElement>('.pg-root')) {
    const snapshot = snapshotForm(root);
    try {
      if (snapshot.length)
        sessionStorage.setItem(`${CARRY_PREFIX}${root.dataset.playground}`, JSON.stringify(snapshot));
    } catch {
      // Storage blocked: the twin page opens with an empty form, as a plain link would.
    }
  }
}

/**
 * On arrival: fills the static form with what was carried and starts the live one (a pointerover is
 * what `wake` listens for), whose mount replays every edited control as typing would.
 */
export function restoreForm(doc: Document): void {
  for (const root of doc.querySelectorAll<HTMLElement>('.pg-root')) {
    const key = `${CARRY_PREFIX}${root.dataset.playground}`;
    let raw: string | null = null;
    try {
      raw = sessionStorage.getItem(key);
      sessionStorage.removeItem(key);
    } catch {
      return;
    }
    if (!raw) continue;
    if (applySnapshot(root, JSON.parse(raw) as CarriedControl[]) > 0) root.dispatchEvent(new Event('pointerover'));
  }
}
