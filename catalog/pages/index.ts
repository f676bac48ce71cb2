import type { DocPage } from '../types';

/** Every page that is not a callable endpoint: event lists, references and guides. */
export const DOC_PAGES: readonly DocPage[] = [];
