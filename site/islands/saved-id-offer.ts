// Offers saved ids in an id field: when one is focused (the top bar's script watches focus on
// every page), its datalist is filled with the ids of its kind used before in the chosen region.
import type { IdKind } from '../../lib/id-kinds';
import { savedIds } from './saved-ids';

/** Fills `input`'s datalist (`list`, which names its kind in `data-kind`) from the region the form is set to. */
export function offerSavedIds(input: HTMLInputElement): void {
  const list = input.list;
  const kind = list?.dataset.kind as IdKind | undefined;
  const region = document.querySelector<HTMLSelectElement>('#pg-region')?.value;
  if (!list || !kind) return;
  const ids = region === 'sandbox' || region === 'cn' || region === 'com' ? (savedIds(region)[kind] ?? []) : [];
  list.replaceChildren(...ids.map((id) => Object.assign(document.createElement('option'), { value: id })));
}
