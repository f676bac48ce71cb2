import type { DocPage } from '../../types';

/** Identity with a type check: each event or reference page file default-exports `defineDocPage({...})`. */
export function defineDocPage<const T extends DocPage>(page: T): T {
  return page;
}
