import { createContext, useContext } from 'solid-js';
import type { Region, Segment } from '../../lib/request-model';

/** What every form control needs: read and write values by path, and its field's message. */
export interface FormApi {
  /** The value at `segments` (location first), read reactively. */
  value(segments: readonly Segment[]): unknown;
  /** Sets a value and, unless `touch` is false (a new empty item), shows its field's message; `undefined` removes it. */
  set(segments: readonly Segment[], value: unknown, touch?: boolean): void;
  /** Removes an array item or map key. */
  remove(segments: readonly Segment[]): void;
  /** The validation message of a field, once it is touched or a run was attempted. */
  message(segments: readonly Segment[]): string | undefined;
  /** Where list calls for picking ids go: the relay, the user's region and token (absent in static HTML). */
  connection?(): { readonly region: Region; readonly origin: string; readonly token?: string };
}

export const FormContext = createContext<FormApi>();

/** The form of the enclosing RequestForm. */
export function useForm(): FormApi {
  const form = useContext(FormContext);
  if (!form) throw new Error('useForm() outside a RequestForm');
  return form;
}

/** The dotted key of a field, as validation issues name it: `body.additional_messages.0.content`. */
export function fieldKey(segments: readonly Segment[]): string {
  return segments.join('.');
}

/** A DOM id for a field's control. */
export function fieldId(segments: readonly Segment[]): string {
  return `pg-${fieldKey(segments).replace(/[^\w-]/g, '-')}`;
}
